import { z } from 'zod';
import { EvidenceSchema } from './score';
import { DEPARTMENTS, DISQUALIFICATION_REASONS } from './vocab';

/*
 * A recommendation as structure, stored with the prospect: what it is built from (the
 * problem, the hooks with the facts they cite, the evidence, the kind of next step), not
 * its words. renderRecommendation turns it into text in whichever language the reader
 * uses — the panel's or an export's — so a Spanish export never carries English angles.
 */

const short = z.string().max(500);
/** A label the engine wrote in both languages (an answer's option label). */
export const BothLanguagesSchema = z.object({ en: short, es: short });
export type BothLanguages = z.infer<typeof BothLanguagesSchema>;

const roles = z.array(short).min(1).max(2);
const tools = z.array(short).max(3);

/** What each hook carries: only values read from the prospect's facts or answers. */
export const HookDataSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('hiring-role'), roles }),
  z.object({ kind: z.literal('hiring-active') }),
  z.object({
    kind: z.literal('headcount-growth'),
    openRoles: z.number().int().nonnegative().nullable(),
    growthPct: z.number().finite().nullable(),
  }),
  z.object({ kind: z.literal('new-location'), event: short }),
  z.object({ kind: z.literal('recent-change'), event: short }),
  z.object({ kind: z.literal('tech-fit'), tech: short }),
  /**
   * The prospect's site shows no tool of the kind the ICP's problem is about: said in the
   * problem's words, never as a list of products they do not use.
   */
  z.object({ kind: z.literal('tech-gap'), uses: tools }),
  z.object({ kind: z.literal('competitor-switch'), tech: short }),
  /** The rep's note, by the problem it matched (the advice's problem): never its words. */
  z.object({ kind: z.literal('recorded-pain') }),
  z.object({
    kind: z.literal('role-department'),
    title: short.nullable(),
    department: z.enum(DEPARTMENTS).nullable(),
  }),
  z.object({
    kind: z.literal('size-stage'),
    min: z.number().int().nonnegative().nullable(),
    max: z.number().int().nonnegative().nullable(),
    founded: z.number().int().nullable(),
  }),
  z.object({ kind: z.literal('industry-proof'), industry: short }),
  z.object({ kind: z.literal('urgency-stated'), label: BothLanguagesSchema }),
  z.object({
    kind: z.literal('budget-stated'),
    level: z.enum(['allocated', 'path', 'amount']),
    label: BothLanguagesSchema,
  }),
]);
export type HookData = z.infer<typeof HookDataSchema>;

/** The names a text may address: only what the prospect's facts hold. */
export const AdviceContextSchema = z.object({
  company: short.nullable(),
  firstName: short.nullable(),
});

/**
 * How the problem was chosen. `pain`/`email`: the text matched it (`words` are the words
 * that did); `choice`: the rep picked it; `evidence`: the hooks and facts pointed to it.
 * `open`: the rep's note matched no problem or several (`candidates`): the panel offers
 * the choice instead of the engine guessing (and offers it again after the rep's pick).
 */
export const ProblemSourceSchema = z.object({
  source: z.enum(['pain', 'email', 'choice', 'evidence', 'none']),
  open: z.boolean(),
  candidates: z.array(z.string().max(80)).max(30),
  words: z.array(short).max(20),
});

/** The dates a prospect's email can set for what it asks for ("antes del viernes", "by end of Q1"). */
export const INBOUND_DEADLINES = [
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
  'this-week',
  'next-week',
  'month-end',
  'this-quarter',
  'q1',
  'q2',
  'q3',
  'q4',
  'asap',
] as const;
export type InboundDeadline = (typeof INBOUND_DEADLINES)[number];

/**
 * What the prospect asked for in their email, as structure: never their words (email
 * bodies are not stored). `sized`: the request already says how many people would use it.
 */
export const InboundRequestSchema = z.object({
  kind: z.enum(['quote', 'proposal']),
  deadline: z.enum(INBOUND_DEADLINES).nullable(),
  sized: z.boolean(),
});
export type InboundRequest = z.infer<typeof InboundRequestSchema>;

export const NextStepSchema = z.discriminatedUnion('kind', [
  /** Answer the prospect's request (the advice's `request`) before anything else. */
  z.object({ kind: z.literal('send-request') }),
  z.object({ kind: z.literal('stale'), days: z.number().int().positive() }),
  z.object({ kind: z.literal('book') }),
  z.object({ kind: z.literal('call') }),
  z.object({ kind: z.literal('ask-first'), questions: z.array(BothLanguagesSchema).min(1).max(2) }),
  z.object({ kind: z.literal('follow-up') }),
]);
export type NextStep = z.infer<typeof NextStepSchema>;

export const AngleAdviceSchema = z.object({
  kind: z.literal('angle'),
  ctx: AdviceContextSchema,
  /** The hooks the opener cites, in order (one or two). */
  hooks: z.array(HookDataSchema).max(2),
  problemId: z.string().max(80).nullable(),
  problem: ProblemSourceSchema,
  /** The quote or proposal the prospect's email asks for: the opener answers it. */
  request: InboundRequestSchema.nullable().optional(),
  nextStep: NextStepSchema,
  bookingUrl: z.string().max(2000).nullable(),
  evidence: z.array(EvidenceSchema).max(40),
});

export const CloseOutAdviceSchema = z.object({
  kind: z.literal('close-out'),
  ctx: AdviceContextSchema,
  reason: z.enum(DISQUALIFICATION_REASONS),
  /** The technologies at stake (competitor-or-partner, missing-technology), read "A or B". */
  tech: z.array(short).max(2),
  revisitAt: z.iso.date(),
  evidence: z.array(EvidenceSchema).max(40),
});

export const AdviceSchema = z.discriminatedUnion('kind', [AngleAdviceSchema, CloseOutAdviceSchema]);
export type Advice = z.infer<typeof AdviceSchema>;
export type AngleAdvice = z.infer<typeof AngleAdviceSchema>;
export type CloseOutAdvice = z.infer<typeof CloseOutAdviceSchema>;
export type AdviceContext = z.infer<typeof AdviceContextSchema>;
