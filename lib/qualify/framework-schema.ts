import { z } from 'zod';
import { DISQUALIFICATION_REASONS } from '../model/vocab';

/**
 * What a question is about. Fixed so that the recommender can find "the timeline answer"
 * or "the budget answer" in any framework, a team's own included.
 */
export const QUESTION_GROUPS = [
  'need',
  'budget',
  'authority',
  'timeline',
  'metrics',
  'decision',
  'champion',
  'competition',
  'other',
] as const;
export type QuestionGroup = (typeof QUESTION_GROUPS)[number];

const text = z.string().trim().min(1).max(300);
/** Every question and option is written in both languages; a team's own too. */
export const BilingualSchema = z.strictObject({ en: text, es: text });

const id = z
  .string()
  .trim()
  .min(1)
  .max(80)
  .regex(/^[A-Za-z0-9_.:-]+$/);
const reason = z.enum(DISQUALIFICATION_REASONS);

function question<K extends string, S extends z.ZodRawShape>(kind: K, shape: S) {
  return z.strictObject({
    id,
    kind: z.literal(kind),
    text: BilingualSchema,
    help: BilingualSchema.optional(),
    group: z.enum(QUESTION_GROUPS),
    weight: z.number().min(0).max(10),
    ...shape,
  });
}

export const YesNoQuestionSchema = question('yesno', {
  /** The answer that earns the points; 'no' for questions such as "locked into a contract?". */
  positive: z.enum(['yes', 'no']).default('yes'),
  disqualifyWhen: z.strictObject({ value: z.enum(['yes', 'no']), reason }).optional(),
});

/** Answered 1–5; 1 earns nothing, 5 everything. */
export const ScaleQuestionSchema = question('scale', {
  low: BilingualSchema.optional(),
  high: BilingualSchema.optional(),
  disqualifyWhen: z.strictObject({ atMost: z.number().int().min(1).max(5), reason }).optional(),
});

export const ChoiceOptionSchema = z.strictObject({
  id,
  label: BilingualSchema,
  /** Share of the question's weight this answer earns. */
  points: z.number().min(0).max(1),
  disqualifies: reason.optional(),
});
export type ChoiceOption = z.infer<typeof ChoiceOptionSchema>;

export const ChoiceQuestionSchema = question('choice', {
  options: z.array(ChoiceOptionSchema).min(2).max(12),
});

/** A figure (a budget, the cost of the problem); reaching `target` earns full points. */
export const NumberQuestionSchema = question('number', {
  unit: z.string().trim().min(1).max(12),
  target: z.number().positive().finite(),
  disqualifyWhen: z.strictObject({ below: z.number().finite(), reason }).optional(),
});

export const QuestionSchema = z.discriminatedUnion('kind', [
  YesNoQuestionSchema,
  ScaleQuestionSchema,
  ChoiceQuestionSchema,
  NumberQuestionSchema,
]);
export type Question = z.infer<typeof QuestionSchema>;

export const FrameworkSchema = z
  .strictObject({
    id,
    name: BilingualSchema,
    questions: z.array(QuestionSchema).min(1).max(40),
  })
  .superRefine((fw, ctx) => {
    const ids = new Set<string>();
    fw.questions.forEach((q, i) => {
      if (ids.has(q.id))
        ctx.addIssue({
          code: 'custom',
          path: ['questions', i, 'id'],
          message: `duplicate id "${q.id}"`,
          params: { criba: 'duplicate-id' },
        });
      ids.add(q.id);
      if (q.kind !== 'choice') return;
      const options = new Set<string>();
      q.options.forEach((o, j) => {
        if (options.has(o.id) || o.id === 'unknown')
          ctx.addIssue({
            code: 'custom',
            path: ['questions', i, 'options', j, 'id'],
            message: `duplicate or reserved option id "${o.id}"`,
            params: { criba: 'duplicate-id' },
          });
        options.add(o.id);
      });
    });
  });
export type Framework = z.infer<typeof FrameworkSchema>;
export type FrameworkInput = z.input<typeof FrameworkSchema>;
