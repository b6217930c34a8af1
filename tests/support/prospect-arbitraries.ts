/**
 * fast-check generators of ICPs, facts and answers for the property tests of lib/scoring
 * and lib/recommend (test support only: nothing in the extension imports this file).
 */
import fc from 'fast-check';
import type { Answer } from '../../lib/model/records';
import { DEPARTMENTS, SENIORITIES } from '../../lib/model/vocab';
import { IcpSchema, type CriterionKind, type Icp } from '../../lib/icp/icp-schema';
import type { Framework } from '../../lib/qualify/framework-schema';
import { BUILT_IN_FRAMEWORKS } from '../../lib/qualify/frameworks';
import { factsFromPlain, type Facts } from '../../lib/scoring/facts';

const INDUSTRIES = ['software', 'servicios', 'retail', 'logística', 'banca', 'consulting'];
const TERRITORIES = ['ES', 'PT', 'MX', 'LATAM', 'EU', 'US', 'España', 'France', 'DACH', 'JP'];
const TECHS = ['HubSpot', 'Salesforce', 'Pipedrive', 'Shopify', 'WordPress', 'Stripe'];
const KEYWORDS = ['b2b', 'saas', 'export', 'ecommerce'];
export const CRITERION_KINDS: readonly CriterionKind[] = [
  'industry',
  'size',
  'country',
  'tech',
  'hiring',
  'seniority',
  'department',
  'keyword',
];

const weight = fc.oneof(
  fc.integer({ min: 0, max: 10 }),
  fc.double({ min: 0, max: 10, noNaN: true }),
);
const some = <T>(items: readonly T[]) =>
  fc.uniqueArray(fc.constantFrom(...items), { minLength: 1, maxLength: 3 });

function paramsFor(kind: CriterionKind): fc.Arbitrary<unknown> {
  switch (kind) {
    case 'industry':
      return fc.record({ values: some(INDUSTRIES) });
    case 'size':
      return fc
        .tuple(fc.integer({ min: 0, max: 300 }), fc.option(fc.integer({ min: 0, max: 5000 })))
        .map(([min, extra]) => ({ min, max: extra === null ? null : Math.max(1, min + extra) }));
    case 'country':
      return fc.record({ values: some(TERRITORIES) });
    case 'tech':
      return fc.record({ values: some(TECHS), mode: fc.constantFrom('any', 'none') });
    case 'hiring':
      return fc.record({ value: fc.boolean() });
    case 'seniority':
      return fc.record({ values: some(SENIORITIES) });
    case 'department':
      return fc.record({ values: some(DEPARTMENTS) });
    case 'keyword':
      return fc.record({ values: some(KEYWORDS), label: fc.constant('Keyword') });
  }
}

/** An ICP with each criterion kind at most once, so that kinds do not share facts. */
export const icpArb: fc.Arbitrary<Icp> = fc
  .tuple(
    fc.subarray([...CRITERION_KINDS], { minLength: 1 }),
    fc.integer({ min: 0, max: 100 }),
    fc.integer({ min: 0, max: 100 }),
    fc.constantFrom('en' as const, 'es' as const),
    fc.integer({ min: 1, max: 400 }),
  )
  .chain(([kinds, a, b, locale, maxAge]) =>
    fc.tuple(...kinds.map((k) => fc.tuple(weight, fc.boolean(), paramsFor(k)))).map((specs) =>
      IcpSchema.parse({
        name: 'Property ICP',
        locale,
        criteria: specs.map(([w, mustHave, params], i) => ({
          id: `c${i}-${kinds[i]}`,
          kind: kinds[i],
          weight: w,
          mustHave,
          params,
        })),
        thresholds: {
          qualifiedFit: Math.max(a, b),
          qualifiedQualification: a,
          nurtureFit: Math.min(a, b),
        },
        answerMaxAgeDays: maxAge,
      }),
    ),
  );

const text = (pool: string[]) => fc.oneof(fc.constantFrom(...pool), fc.string({ maxLength: 30 }));
const opt = { requiredKeys: [] as never[] };

/** Any mix of known and unknown facts, including odd strings a page could yield. */
export const factsArb: fc.Arbitrary<Facts> = fc
  .tuple(
    fc.record(
      {
        name: text(['Irene Salas', 'Tomás Vidal', 'Ana Ruiz']),
        title: text(['Directora Comercial', 'CEO', 'Estudiante de ADE', 'Head of Sales']),
        seniority: fc.constantFrom(...SENIORITIES),
        department: fc.constantFrom(...DEPARTMENTS),
        email: text(['irene@riojacloud-demo.es', 'tomas.v@gmail.com']),
        location: text(['Madrid, España', 'Lisboa, Portugal', 'Springfield', 'Austin, Texas']),
        company: text(['Rioja Cloud', 'Tornos Vega']),
        unreachable: fc.boolean(),
      },
      opt,
    ),
    fc.record(
      {
        name: text(['Rioja Cloud Software', 'Tornos Vega S.A.', 'Brightpath Ltd']),
        domain: text(['riojacloud-demo.es']),
        industry: text([...INDUSTRIES, 'Computer Software', 'Hardware', 'Desarrollo de software']),
        employeesMin: fc.integer({ min: 0, max: 20000 }),
        employeesMax: fc.integer({ min: 1, max: 20000 }),
        country: text(['ES', 'España', 'US', 'Japan', 'México', 'Springfield']),
        location: text(['Bilbao, País Vasco, España', 'Tokyo, Japan']),
        tech: fc.array(fc.constantFrom(...TECHS, 'Google Tag Manager'), { maxLength: 4 }),
        hiring: fc.boolean(),
        hiringRoles: fc.array(text(['Key Account Manager', 'SDR', 'Backend Developer']), {
          maxLength: 4,
        }),
        description: text(['Software B2B para bodegas', 'Local bakery', 'SaaS for exporters']),
        specialties: fc.array(text(KEYWORDS), { maxLength: 3 }),
        events: fc.array(text(['Opens new office in Lisbon', 'Closes Series A round']), {
          maxLength: 2,
        }),
        founded: fc.integer({ min: 1900, max: 2030 }),
      },
      opt,
    ),
  )
  .map(([person, company]) => factsFromPlain(person, company));

export const NOW = new Date('2026-11-20T10:00:00Z');

export const frameworkArb: fc.Arbitrary<Framework> = fc.constantFrom(...BUILT_IN_FRAMEWORKS);

/** Answers to some of the framework's questions: valid, unknown, or values that do not fit. */
export function answersArb(framework: Framework): fc.Arbitrary<Record<string, Answer>> {
  const entries = framework.questions.map((q) => {
    const valid: fc.Arbitrary<Answer['value']> =
      q.kind === 'choice'
        ? fc.constantFrom(...q.options.map((o) => o.id))
        : q.kind === 'yesno'
          ? fc.constantFrom('yes' as const, 'no' as const)
          : q.kind === 'scale'
            ? fc.integer({ min: 1, max: 5 })
            : fc.double({ min: -1000, max: 100000, noNaN: true });
    const value = fc.oneof(
      { weight: 6, arbitrary: valid },
      { weight: 1, arbitrary: fc.constant('unknown' as const) },
      { weight: 1, arbitrary: fc.oneof(fc.string({ maxLength: 10 }), fc.integer()) },
    );
    const answeredAt = fc
      .integer({ min: -30, max: 800 })
      .map((d) => new Date(NOW.getTime() - d * 86_400_000).toISOString());
    return fc
      .option(fc.record({ value, answeredAt }), { nil: undefined })
      .map((a) => [q.id, a] as const);
  });
  return fc.tuple(...entries).map((pairs) => {
    const out: Record<string, Answer> = {};
    for (const [id, a] of pairs) if (a) out[id] = a;
    return out;
  });
}
