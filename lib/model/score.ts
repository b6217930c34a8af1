import { z } from 'zod';
import { DISQUALIFICATION_REASONS, VERDICTS } from './vocab';

/**
 * The score contract between lib/scoring and storage/UI. lib/scoring owns the
 * computation; this schema is what is stored with a prospect and shown line by line.
 */
export const EvidenceSchema = z.object({
  /** 'signal' cites a fact (field and value as used); 'answer' cites an interview answer. */
  kind: z.enum(['signal', 'answer', 'missing']),
  field: z.string().max(80),
  value: z.string().max(500),
  /** Where the fact came from ('rep' when typed); absent for answers. */
  method: z.string().max(20).optional(),
  url: z.string().max(4096).optional(),
});
export type Evidence = z.infer<typeof EvidenceSchema>;

export const ScoreLineSchema = z.object({
  kind: z.enum(['criterion', 'answer']),
  id: z.string().max(80),
  /** Human label, already in the score's locale. */
  label: z.string().max(300),
  /** `na`: not applicable yet (a person criterion with no person); never on answers. */
  status: z.enum(['met', 'partial', 'unmet', 'unknown', 'na']),
  points: z.number().finite(),
  max: z.number().finite().nonnegative(),
  mustHave: z.boolean(),
  /** Multiplier applied for the answer's age (1 = fresh). */
  decay: z.number().min(0).max(1).optional(),
  evidence: z.array(EvidenceSchema).max(20),
});
export type ScoreLine = z.infer<typeof ScoreLineSchema>;

const LinesByIdSchema = z
  .record(z.string().max(80), ScoreLineSchema)
  .refine((m) => Object.keys(m).length <= 200, 'at most 200 lines');

/**
 * The lines by id, for the engine to read a result without scanning: criteria (the contact
 * flags under their `contact:` ids; a later line of the same id wins, so an ICP criterion
 * beats a flag it shares an id with) and questions. The entries are the lines themselves:
 * nothing is copied. Null-prototype objects: an id is data, never `__proto__`.
 */
export function linesById(lines: readonly ScoreLine[]): {
  criteria: Record<string, ScoreLine>;
  answers: Record<string, ScoreLine>;
} {
  const criteria: Record<string, ScoreLine> = Object.create(null);
  const answers: Record<string, ScoreLine> = Object.create(null);
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i] as ScoreLine;
    (l.kind === 'answer' ? answers : criteria)[l.id] = l;
  }
  return { criteria, answers };
}

/** Scores stored before the maps by id existed carry their lines only: the maps are rebuilt. */
function withLinesById(raw: unknown): unknown {
  if (!raw || typeof raw !== 'object' || 'criteria' in raw || 'answers' in raw) return raw;
  const { lines } = raw as { lines?: unknown };
  // Only the id and kind are read here; the schema then checks the lines and the maps.
  const keyed = (l: unknown) => typeof (l as { id?: unknown } | null)?.id === 'string';
  return Array.isArray(lines) && lines.every(keyed)
    ? { ...raw, ...linesById(lines as ScoreLine[]) }
    : raw;
}

export const ScoreSchema = z.preprocess(
  withLinesById,
  z.object({
    fit: z.number().min(0).max(100).nullable(),
    confidence: z.number().min(0).max(100),
    qualification: z.number().min(0).max(100).nullable(),
    grade: z
      .string()
      .regex(/^[A-D][1-3]$/)
      .nullable(),
    verdict: z.enum(VERDICTS),
    reason: z.enum(DISQUALIFICATION_REASONS).nullable(),
    stale: z.boolean(),
    lines: z.array(ScoreLineSchema).max(200),
    /** Each criterion's line (ICP criteria and contact flags) by id. */
    criteria: LinesByIdSchema,
    /** Each question's line by id. */
    answers: LinesByIdSchema,
    icpVersion: z.number().int().nonnegative(),
    frameworkId: z.string().max(80),
    locale: z.enum(['en', 'es']),
    computedAt: z.iso.datetime(),
  }),
);
export type Score = z.infer<typeof ScoreSchema>;
