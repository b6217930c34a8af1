import { z } from 'zod';
import { OutcomeSchema } from './outcome';
import { PROSPECT_STATUSES } from './vocab';
import { OPEN_STAGES } from './stage';
import { SignalValueSchema, SourceSchema } from './signal';
import { ScoreSchema } from './score';
import { AdviceSchema } from './advice';

/** A stored value keeps where it came from (a page, or the rep). */
export const FieldValueSchema = z.object({
  value: SignalValueSchema,
  source: SourceSchema,
  confidence: z.number().min(0).max(1),
});
export type FieldValue = z.infer<typeof FieldValueSchema>;

const FieldMapSchema = z.record(z.string().min(1).max(40), FieldValueSchema);
export type FieldMap = z.infer<typeof FieldMapSchema>;

/**
 * A company. Keyed `domain:<registrable domain>` when the domain is known, else
 * `li:<linkedin company slug>`. Free-mail domains never become company domains.
 */
export const AccountSchema = z.object({
  key: z.string().min(3).max(300),
  domain: z.string().max(253).nullable(),
  linkedinSlug: z.string().max(200).nullable(),
  name: z.string().max(300),
  /**
   * The name folded for matching (lib/identity/company-name.ts), indexed so a person met
   * elsewhere is found at "the same company" by name. Derived on every save.
   */
  nameKey: z.string().max(300).nullable().optional(),
  fields: FieldMapSchema,
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});
export type Account = z.infer<typeof AccountSchema>;

/** A person. Keyed `li:<linkedin /in/ slug>` or `email:<lower-cased email>`. */
export const ContactSchema = z.object({
  key: z.string().min(3).max(400),
  accountKey: z.string().max(300).nullable(),
  linkedinSlug: z.string().max(200).nullable(),
  email: z.string().max(320).nullable(),
  name: z.string().max(300),
  fields: FieldMapSchema,
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});
export type Contact = z.infer<typeof ContactSchema>;

export const AnswerValueSchema = z.union([
  z.literal('yes'),
  z.literal('no'),
  z.literal('unknown'),
  z.number().finite(),
  z.string().max(200),
]);
export type AnswerValue = z.infer<typeof AnswerValueSchema>;

/** One interview answer with the time it was given (answers decay with age). */
export const AnswerSchema = z.object({
  value: AnswerValueSchema,
  answeredAt: z.iso.datetime(),
  note: z.string().max(2000).optional(),
});
export type Answer = z.infer<typeof AnswerSchema>;

/**
 * The qualification of a contact at an account (or of an account alone). Its id is the
 * contact key when there is a contact, else the account key: one prospect per person.
 * Its status is the rep's pipeline stage; the score's verdict is the engine's opinion.
 */
export const ProspectSchema = z.object({
  id: z.string().min(3).max(400),
  accountKey: z.string().max(300).nullable(),
  contactKey: z.string().max(400).nullable(),
  status: z.enum(PROSPECT_STATUSES),
  /**
   * The furthest open stage the deal reached (model/stage.ts), kept when it moves on to
   * won, lost or no decision. Absent on records from before it was kept: the status
   * alone then says how far the deal got.
   */
  reached: z.enum(OPEN_STAGES).optional(),
  frameworkId: z.string().max(80).nullable(),
  answers: z.record(z.string().min(1).max(80), AnswerSchema),
  /** The rep's recorded pain, in their words. */
  pain: z.string().max(2000).default(''),
  /**
   * The recommendation as saved: the angle's headline and opener, or the close-out note.
   * Not indexed, so records stored before it existed read as null (no schema version).
   */
  angle: z.string().max(4000).nullable().default(null),
  /**
   * The recommendation as structure (problem, hooks, evidence, next step), rendered in the
   * reader's language by renderRecommendation. Null on records saved before it existed:
   * those show `angle` as stored.
   */
  advice: AdviceSchema.nullable().default(null),
  /** The problem the rep chose when their pain note named none or several of the ICP's. */
  problemId: z.string().max(80).nullable().default(null),
  notes: z.string().max(10000),
  /** How the deal ended: set while the status is won, lost or no decision, else null. */
  outcome: OutcomeSchema.nullable(),
  /** The recommended next step as saved (an angle's), or null. */
  nextStep: z.string().max(1500).nullable().default(null),
  /** The day to look again at a closed-out prospect (YYYY-MM-DD), or null. */
  revisitAt: z.iso.date().nullable().default(null),
  score: ScoreSchema.nullable(),
  icpVersion: z.number().int().nonnegative().nullable(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});
export type Prospect = z.infer<typeof ProspectSchema>;

/** Every score a prospect has had, oldest first (DESIGN §4: history is kept). */
export const ScoreHistorySchema = z.object({
  id: z.number().int().positive().optional(),
  prospectId: z.string().min(3).max(400),
  at: z.iso.datetime(),
  score: ScoreSchema,
});
export type ScoreHistory = z.infer<typeof ScoreHistorySchema>;

/** A hashed entry that stops an erased person being captured again. */
export const SuppressionSchema = z.object({
  hash: z.string().length(64),
  createdAt: z.iso.datetime(),
});
export type Suppression = z.infer<typeof SuppressionSchema>;
export { OutcomeSchema, type Outcome } from './outcome';

/**
 * What the rep said about two of a person's keys met on different surfaces: the same
 * person (a likely match confirmed) or not ("not the same", "unlink"). `pair` is the two
 * keys, sorted; the latest word on a pair replaces the earlier one.
 */
export const PersonLinkSchema = z.object({
  pair: z.string().min(3).max(820),
  a: z.string().min(3).max(400),
  b: z.string().min(3).max(400),
  same: z.boolean(),
  createdAt: z.iso.datetime(),
});
export type PersonLink = z.infer<typeof PersonLinkSchema>;
