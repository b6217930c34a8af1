import { z } from 'zod';
import { EvidenceSchema } from '../model/score';
import { DISQUALIFICATION_REASONS } from '../model/vocab';
import { HOOK_KINDS } from '../icp/hook-kinds';

/** A proposal angle for a prospect worth pursuing (qualified or nurture). */
export const AngleSchema = z.object({
  kind: z.literal('angle'),
  headline: z.string().min(1).max(400),
  /** Two to four sentences the rep can open a message with. */
  opener: z.string().min(1).max(2000),
  nextStep: z.string().min(1).max(1500),
  /** Only for qualified prospects, and only when the ICP has a booking link. */
  bookingUrl: z.string().max(2000).nullable(),
  /** The hook kinds the text was built from, strongest first. */
  hooks: z.array(z.enum(HOOK_KINDS)).max(HOOK_KINDS.length),
  /** The ICP problem the angle offers, when one fits. */
  problemId: z.string().max(80).nullable(),
  /** When the rep's note named no problem or several: the problems to choose from. */
  problemChoice: z.array(z.object({ id: z.string().max(80), text: z.string().max(500) })).max(30),
  /** The words of the note (or email) that named the problem. */
  matchedWords: z.array(z.string().max(500)).max(20),
  evidence: z.array(EvidenceSchema).max(40),
});

/** A polite end for a disqualified prospect, with a date to look again. */
export const CloseOutSchema = z.object({
  kind: z.literal('close-out'),
  reason: z.enum(DISQUALIFICATION_REASONS),
  reasonLabel: z.string().min(1).max(200),
  note: z.string().min(1).max(2000),
  /** The day to revisit (YYYY-MM-DD): not now is not never. */
  revisitAt: z.iso.date(),
  evidence: z.array(EvidenceSchema).max(40),
});

export const RecommendationSchema = z.discriminatedUnion('kind', [AngleSchema, CloseOutSchema]);
export type Recommendation = z.infer<typeof RecommendationSchema>;
export type Angle = z.infer<typeof AngleSchema>;
export type CloseOut = z.infer<typeof CloseOutSchema>;
