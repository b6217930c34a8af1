import { z } from 'zod';
import { DEPARTMENTS, LOCALES, SENIORITIES } from '../model/vocab';
import { HOOK_KINDS } from './hook-kinds';
import { LocalizedTextSchema } from './localized-text';

/*
 * Strict objects throughout: an ICP is a file a team lead edits by hand and shares, so a
 * misspelt key ("wieght") must be reported, not silently ignored.
 */

const id = z
  .string()
  .trim()
  .min(1)
  .max(80)
  .regex(/^[A-Za-z0-9_.:-]+$/);
const phrase = z.string().trim().min(1).max(100);
const phrases = z.array(phrase).min(1).max(50);

/** Every criterion reads `{id, kind, weight, mustHave, params}`, in that order in files. */
function criterion<K extends string, P extends z.ZodType>(kind: K, params: P) {
  return z.strictObject({
    id,
    kind: z.literal(kind),
    /** 0 keeps a criterion for information (and as a knockout) without moving the fit. */
    weight: z.number().min(0).max(10),
    /** A known fact that fails a must-have disqualifies. */
    mustHave: z.boolean().default(false),
    params,
  });
}

/** Accent/case-insensitive phrases found at a word start of the company's industry. */
export const IndustryCriterionSchema = criterion('industry', z.strictObject({ values: phrases }));

/** Employees; `max: null` has no upper bound. A company band that overlaps matches. */
export const SizeCriterionSchema = criterion(
  'size',
  z
    .strictObject({
      min: z.number().int().min(0).max(10_000_000),
      max: z.number().int().min(1).max(10_000_000).nullable(),
    })
    .refine((p) => p.max === null || p.max >= p.min, {
      message: 'max must be at least min',
      path: ['max'],
      params: { criba: 'max-below-min' },
    }),
);

/** ISO-2 codes, country names in English or Spanish, or regions (EU, LATAM, DACH…). */
export const CountryCriterionSchema = criterion('country', z.strictObject({ values: phrases }));

/** `any`: uses at least one (an integration, a platform); `none`: uses none (competitors). */
export const TechCriterionSchema = criterion(
  'tech',
  z.strictObject({ values: phrases, mode: z.enum(['any', 'none']) }),
);

export const HiringCriterionSchema = criterion('hiring', z.strictObject({ value: z.boolean() }));

export const SeniorityCriterionSchema = criterion(
  'seniority',
  z.strictObject({ values: z.array(z.enum(SENIORITIES)).min(1).max(SENIORITIES.length) }),
);

export const DepartmentCriterionSchema = criterion(
  'department',
  z.strictObject({ values: z.array(z.enum(DEPARTMENTS)).min(1).max(DEPARTMENTS.length) }),
);

/** Searched in the company description, specialties and industry and the person's title. */
export const KeywordCriterionSchema = criterion(
  'keyword',
  z.strictObject({ values: phrases, label: LocalizedTextSchema }),
);

export const CriterionSchema = z.discriminatedUnion('kind', [
  IndustryCriterionSchema,
  SizeCriterionSchema,
  CountryCriterionSchema,
  TechCriterionSchema,
  HiringCriterionSchema,
  SeniorityCriterionSchema,
  DepartmentCriterionSchema,
  KeywordCriterionSchema,
]);
export type Criterion = z.infer<typeof CriterionSchema>;
export type CriterionKind = Criterion['kind'];
export type CriterionOf<K extends CriterionKind> = Extract<Criterion, { kind: K }>;

/**
 * A problem the team solves. `text` is a short noun phrase that reads after "how we help
 * with…" / "cómo os ayudamos con…"; `proofPoint` is one sentence of evidence (a customer
 * result). `hooks` and `keywords` steer which prospects it is offered to.
 */
export const ProblemSchema = z.strictObject({
  id,
  text: LocalizedTextSchema,
  proofPoint: LocalizedTextSchema,
  hooks: z.array(z.enum(HOOK_KINDS)).max(HOOK_KINDS.length).default([]),
  keywords: z.array(phrase).max(50).default([]),
});
export type Problem = z.infer<typeof ProblemSchema>;

export const ThresholdsSchema = z
  .strictObject({
    /** Fit at or above which (with the qualification below) a prospect is qualified. */
    qualifiedFit: z.number().min(0).max(100),
    qualifiedQualification: z.number().min(0).max(100),
    /** Known fit below this disqualifies, with the heaviest unmet criterion as reason. */
    nurtureFit: z.number().min(0).max(100),
  })
  .refine((t) => t.nurtureFit <= t.qualifiedFit, {
    message: 'nurtureFit must not exceed qualifiedFit',
    path: ['nurtureFit'],
    params: { criba: 'nurture-above-qualified' },
  });
export type Thresholds = z.infer<typeof ThresholdsSchema>;

const bookingUrl = z.union([
  z.literal(''),
  z.url({ protocol: /^https$/, hostname: z.regexes.domain }).max(2000),
]);

export const IcpSchema = z
  .strictObject({
    name: z.string().trim().min(1).max(120),
    /** The language the team wrote its texts in (single-string problems and labels). */
    locale: z.enum(LOCALES),
    criteria: z.array(CriterionSchema).max(50),
    problems: z.array(ProblemSchema).max(30).default([]),
    bookingUrl: bookingUrl.default(''),
    thresholds: ThresholdsSchema,
    /** Answers older than this count half, then a quarter… and mark the score stale. */
    answerMaxAgeDays: z.number().int().min(1).max(3650).default(90),
    /** Days until a disqualified prospect is worth another look. */
    revisitDays: z.number().int().min(1).max(3650).default(90),
    frameworkId: id.default('bant'),
  })
  .superRefine((icp, ctx) => {
    for (const [key, list] of [
      ['criteria', icp.criteria],
      ['problems', icp.problems],
    ] as const) {
      const seen = new Set<string>();
      list.forEach((item, i) => {
        if (seen.has(item.id))
          ctx.addIssue({
            code: 'custom',
            path: [key, i, 'id'],
            message: `duplicate id "${item.id}"`,
            params: { criba: 'duplicate-id', id: item.id },
          });
        seen.add(item.id);
      });
    }
  });
export type Icp = z.infer<typeof IcpSchema>;
export type IcpInput = z.input<typeof IcpSchema>;
