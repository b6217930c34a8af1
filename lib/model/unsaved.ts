import { z } from 'zod';
import { AnswerSchema, FieldValueSchema } from './records';

const At = z.iso.datetime();
const FieldName = z.string().min(1).max(40);
const QuestionId = z.string().min(1).max(80);

/** A text the rep typed, with when: of two panels, the later text wins. */
const StampedTextSchema = z.object({ text: z.string().max(10000), at: At });
export type StampedText = z.infer<typeof StampedTextSchema>;

/** Fact edits of one entity: values the rep set, and fields the rep cleared (with when). */
const FactEditsSchema = z.object({
  set: z.record(FieldName, FieldValueSchema),
  cleared: z.record(FieldName, At),
});
export type FactEdits = z.infer<typeof FactEditsSchema>;

/**
 * What the rep did on one prospect and has not saved yet: stored (the `drafts` table) so
 * that re-reads, navigation, a closed panel or a restarted service worker lose nothing.
 * Its id is the prospect's id (the contact key, else the account key). Every entry keeps
 * its time, so two panels' work merges entry by entry (lib/prospect/unsaved.ts).
 */
export const UnsavedSchema = z.object({
  id: z.string().min(3).max(400),
  answers: z.record(QuestionId, AnswerSchema),
  /** Questions the rep set back to unknown, with when. */
  clearedAnswers: z.record(QuestionId, At),
  pain: StampedTextSchema.nullable(),
  notes: StampedTextSchema.nullable(),
  facts: z.object({ person: FactEditsSchema, company: FactEditsSchema }),
  updatedAt: At,
});
export type Unsaved = z.infer<typeof UnsavedSchema>;
