import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import type { Answer } from '../lib/model/records';
import { DEPARTMENTS, SENIORITIES, type Locale } from '../lib/model/vocab';
import { defaultIcp } from '../lib/icp/default-icp';
import { IcpSchema, type Icp } from '../lib/icp/icp-schema';
import { BANT } from '../lib/qualify/frameworks';
import { factsFromPlain, type Facts } from '../lib/scoring/facts';
import { scoreAndRecommend } from '../lib/recommend/recommend';

/*
 * Scores and recommends 10,000 generated prospects, five times, and reports the median.
 * The generator is seeded, so every run measures the same work. One untimed warm-up pass
 * first: the side panel scores on every edit, so the steady state is what a rep feels.
 */

const PROSPECTS = 10_000;
const RUNS = 5;
const BUDGET_MS = 300;
const NOW = new Date('2026-11-20T10:00:00Z');

/** mulberry32: a tiny seeded generator, enough for reproducible benchmark data. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const INDUSTRIES = [
  'Computer Software',
  'Desarrollo de software',
  'Retail',
  'Servicios financieros',
  'Logística',
  'Hospitality',
  'Construcción',
];
const PLACES = [
  'Madrid, Comunidad de Madrid, España',
  'Lisboa, Portugal',
  'Ciudad de México, México',
  'Austin, Texas, United States',
  'Berlin, Germany',
  'Springfield',
];
const TECH = [
  'HubSpot',
  'Salesforce',
  'Pipedrive',
  'Shopify',
  'WordPress',
  'Stripe',
  'Google Tag Manager',
];
const ROLES = [
  'SDR',
  'Account Executive',
  'Key Account Manager',
  'Backend Developer',
  'Comercial de zona',
];
const TITLES = [
  'CEO',
  'Directora Comercial',
  'Head of Operations',
  'Sales Manager',
  'Estudiante de ADE',
  'CFO',
];
const BANDS: [number, number | null][] = [
  [1, 1],
  [2, 10],
  [11, 50],
  [51, 200],
  [201, 500],
  [501, 1000],
  [10001, null],
];
const PAINS = [
  '',
  '',
  'Tardamos dos días en responder a cada lead',
  'Our forecast is a guess every quarter',
];

export interface BenchProspect {
  facts: Facts;
  answers: Record<string, Answer>;
  pain: string;
  locale: Locale;
}

/** The same 10,000 varied prospects on every call. */
export function generateProspects(count = PROSPECTS, seed = 20261120): BenchProspect[] {
  const r = rng(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(r() * list.length)] as T;
  const maybe = <T>(p: number, v: () => T): T | null => (r() < p ? v() : null);
  const out: BenchProspect[] = [];
  for (let i = 0; i < count; i++) {
    const band = maybe(0.7, () => pick(BANDS));
    const company = {
      name: maybe(0.9, () => `Empresa Demo ${i}`),
      industry: maybe(0.8, () => pick(INDUSTRIES)),
      employeesMin: band?.[0] ?? null,
      employeesMax: band?.[1] ?? null,
      location: maybe(0.7, () => pick(PLACES)),
      tech: r() < 0.5 ? [pick(TECH), pick(TECH)] : [],
      hiring: maybe(0.5, () => r() < 0.6),
      hiringRoles:
        r() < 0.3 ? [pick(ROLES), pick(ROLES), pick(ROLES)].slice(0, 1 + Math.floor(r() * 3)) : [],
      description: maybe(0.5, () => `Soluciones B2B ${pick(INDUSTRIES).toLowerCase()} para pymes`),
      events: r() < 0.1 ? ['Opens new office in Valencia'] : [],
      founded: maybe(0.4, () => 1990 + Math.floor(r() * 36)),
    };
    const person = maybe(0.8, () => ({
      name: `Persona ${i}`,
      title: pick(TITLES),
      seniority: pick(SENIORITIES),
      department: pick(DEPARTMENTS),
    }));
    const answers: Record<string, Answer> = {};
    for (const q of BANT.questions) {
      if (r() < 0.5) continue;
      const answeredAt = new Date(NOW.getTime() - Math.floor(r() * 200) * 86_400_000).toISOString();
      const value =
        q.kind === 'choice'
          ? pick(q.options).id
          : q.kind === 'yesno'
            ? pick(['yes', 'yes', 'no', 'unknown'] as const)
            : q.kind === 'scale'
              ? 1 + Math.floor(r() * 5)
              : 1000 * Math.floor(r() * 30); // reps type round figures
      answers[q.id] = { value, answeredAt };
    }
    out.push({
      facts: factsFromPlain(person, company),
      answers,
      pain: pick(PAINS),
      locale: i % 2 ? 'es' : 'en',
    });
  }
  return out;
}

function benchIcp(): Icp {
  const base = defaultIcp('es');
  return IcpSchema.parse({
    ...base,
    bookingUrl: 'https://cal.example.com/demo',
    criteria: [
      ...base.criteria,
      {
        id: 'crm',
        kind: 'tech',
        weight: 1,
        params: { values: ['HubSpot', 'Salesforce'], mode: 'any' },
      },
      { id: 'rivals', kind: 'tech', weight: 1, params: { values: ['Pipedrive'], mode: 'none' } },
    ],
  });
}

function pass(icp: Icp, prospects: readonly BenchProspect[]): number {
  let qualified = 0;
  for (const p of prospects) {
    const { score } = scoreAndRecommend({ icp, icpVersion: 1, framework: BANT, now: NOW, ...p });
    if (score.verdict === 'qualified') qualified++;
  }
  return qualified;
}

/** Median wall time of scoring and recommending 10,000 prospects (budget 300 ms). */
export async function benchScore(): Promise<
  { name: string; value: number; unit: string; budget: number }[]
> {
  const icp = benchIcp();
  const prospects = generateProspects();
  pass(icp, prospects);
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    pass(icp, prospects);
    times.push(performance.now() - start);
    await Promise.resolve();
  }
  times.sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)] ?? Number.NaN;
  return [
    {
      name: `score + recommend ${PROSPECTS.toLocaleString('en')} prospects (median of ${RUNS})`,
      value: Math.round(median * 10) / 10,
      unit: 'ms',
      budget: BUDGET_MS,
    },
  ];
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  benchScore().then((rows) => process.stdout.write(`${JSON.stringify(rows, null, 2)}\n`));
}
