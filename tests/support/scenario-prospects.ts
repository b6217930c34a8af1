/**
 * Invented prospects for the recommendation scenario suite (test support only). Every
 * person and company here is made up.
 */
import type { Locale } from '../../lib/model/vocab';
import type { AnswerValue } from '../../lib/model/records';
import { defaultIcp } from '../../lib/icp/default-icp';
import { IcpSchema, type Icp } from '../../lib/icp/icp-schema';
import { ANGLE_SCENARIOS } from './scenario-angles';
import { CLOSE_OUT_SCENARIOS } from './scenario-close-outs';
import { SITUATIONS } from './scenario-situations';

export interface Scenario {
  name: string;
  locale: Locale;
  icp?: 'base' | 'strict' | 'other-language';
  frameworkId?: string;
  person: Record<string, unknown> | null;
  company: Record<string, unknown> | null;
  /** Answers by question id, with their age in days (default 3). */
  answers?: Record<string, AnswerValue | { value: AnswerValue; ageDays: number }>;
  pain?: string;
  /** The problem the rep picked in the panel (when their note named none or several). */
  problemId?: string;
  /** The prospect's own sentences in a Gmail thread (held in memory by the panel). */
  sentences?: string[];
  expect: {
    kind: 'angle' | 'close-out';
    reason?: string;
    hook?: string;
    verdict?: 'qualified' | 'nurture' | 'disqualified';
    /** The problem the angle offers (null: none fits); 'choice' when the rep must pick. */
    problem?: string | null;
    /** Facts of this prospect the text must cite, as written (Spanish lower-case allowed). */
    cites?: string[];
    /** Phrases the text must say, as written. */
    says?: string[];
    /** Phrases the text must not say. */
    never?: string[];
  };
}

/** The team's ICP for the suite: the default plus technology criteria and a booking link. */
export function scenarioIcp(locale: Locale, variant: Scenario['icp'] = 'base'): Icp {
  const own = variant === 'other-language' ? (locale === 'en' ? 'es' : 'en') : locale;
  const base = defaultIcp(own);
  const strict = variant === 'strict';
  return IcpSchema.parse({
    ...base,
    bookingUrl: 'https://cal.example.com/equipo-criba-demo',
    criteria: [
      ...base.criteria.map((c) =>
        strict && c.kind === 'seniority' ? { ...c, mustHave: true } : c,
      ),
      {
        id: 'crm',
        kind: 'tech',
        weight: 1,
        params: { values: ['HubSpot', 'Salesforce'], mode: 'any' },
      },
      {
        id: 'rivals',
        kind: 'tech',
        weight: 1,
        mustHave: strict,
        params: { values: ['Pipedrive', 'Zoho CRM'], mode: 'none' },
      },
    ],
  });
}

/** Every scenario, angles first. */
export const SCENARIOS: Scenario[] = [...ANGLE_SCENARIOS, ...CLOSE_OUT_SCENARIOS, ...SITUATIONS];
