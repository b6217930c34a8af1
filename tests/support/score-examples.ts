/** Shared ICP, facts and helpers for the example tests of score() (test support only). */
import { expect } from 'vitest';
import type { Answer } from '../../lib/model/records';
import { ScoreSchema, type Score } from '../../lib/model/score';
import { IcpSchema, type Icp, type IcpInput } from '../../lib/icp/icp-schema';
import { BANT } from '../../lib/qualify/frameworks';
import type { Facts } from '../../lib/scoring/facts';
import { score } from '../../lib/scoring/score';

export const NOW = new Date('2026-11-20T10:00:00Z');
export const daysAgo = (d: number) => new Date(NOW.getTime() - d * 86_400_000).toISOString();

export function icpWith(criteria: IcpInput['criteria'], extra: Partial<IcpInput> = {}): Icp {
  return IcpSchema.parse({
    name: 'Test',
    locale: 'en',
    criteria,
    thresholds: { qualifiedFit: 60, qualifiedQualification: 60, nurtureFit: 30 },
    ...extra,
  });
}

export const ICP = icpWith([
  { id: 'industry', kind: 'industry', weight: 3, params: { values: ['software', 'servicios'] } },
  { id: 'size', kind: 'size', weight: 3, params: { min: 11, max: 500 } },
  { id: 'geo', kind: 'country', weight: 2, mustHave: true, params: { values: ['ES', 'LATAM'] } },
  { id: 'crm', kind: 'tech', weight: 1, params: { values: ['HubSpot'], mode: 'any' } },
  { id: 'rival', kind: 'tech', weight: 0, params: { values: ['Pipedrive'], mode: 'none' } },
  { id: 'hiring', kind: 'hiring', weight: 1, params: { value: true } },
  { id: 'senior', kind: 'seniority', weight: 2, params: { values: ['director', 'c-level'] } },
  { id: 'dept', kind: 'department', weight: 1, params: { values: ['sales'] } },
  {
    id: 'b2b',
    kind: 'keyword',
    weight: 1,
    params: { values: ['B2B'], label: { en: 'Sells B2B', es: 'Vende B2B' } },
  },
]);

export const GOOD_COMPANY = {
  name: 'Rioja Cloud Software S.L.',
  industry: 'Desarrollo de software',
  employeesMin: 51,
  employeesMax: 200,
  country: 'España',
  tech: ['HubSpot', 'WordPress'],
  hiring: true,
  description: 'Software B2B para bodegas',
};
export const GOOD_PERSON = {
  name: 'Irene Salas',
  title: 'Directora Comercial',
  seniority: 'director',
  department: 'sales',
};

export function run(
  facts: Facts,
  answers: Record<string, Answer> = {},
  icp = ICP,
  locale: 'en' | 'es' = 'en',
): Score {
  const s = score({ icp, icpVersion: 3, framework: BANT, facts, answers, now: NOW, locale });
  expect(ScoreSchema.safeParse(s).success).toBe(true);
  return s;
}

export const line = (s: Score, id: string) => {
  const l = s.lines.find((x) => x.id === id);
  if (!l) throw new Error(`no line ${id}`);
  return l;
};

export const fresh = (value: Answer['value'], age = 1): Answer => ({
  value,
  answeredAt: daysAgo(age),
});
