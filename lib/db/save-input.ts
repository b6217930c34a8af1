import { z } from 'zod';
import { AccountSchema, ContactSchema, ProspectSchema } from '../model/records';
import { ScoreSchema } from '../model/score';
import { UnsavedSchema } from '../model/unsaved';

/**
 * What the side panel hands to `saveProspect`: the facts as edited, the interview and
 * the score. Identifiers may be written loosely (a URL for a slug, an email in any case,
 * a website for a domain); storage normalises them into keys.
 */
export const SaveInputSchema = z.object({
  company: z
    .object({
      fields: AccountSchema.shape.fields,
      name: AccountSchema.shape.name,
      domain: z.string().max(2048).nullable(),
      linkedinSlug: z.string().max(2048).nullable(),
    })
    .nullable(),
  person: z
    .object({
      fields: ContactSchema.shape.fields,
      name: ContactSchema.shape.name,
      linkedinSlug: z.string().max(2048).nullable(),
      email: z.string().max(320).nullable(),
    })
    .nullable(),
  status: ProspectSchema.shape.status,
  frameworkId: ProspectSchema.shape.frameworkId,
  /** The panel's answers: merged with the stored ones per question, the later winning. */
  answers: ProspectSchema.shape.answers,
  /** Questions the rep set back to unknown, with when: stored answers older than that go. */
  clearedAnswers: z.record(z.string().min(1).max(80), z.iso.datetime()).default({}),
  /** The unsaved work this save records: settled in the drafts (what it saved goes). */
  unsaved: UnsavedSchema.nullable().default(null),
  pain: z.string().max(2000),
  angle: z.string().max(4000).nullable().default(null),
  notes: ProspectSchema.shape.notes,
  score: ScoreSchema.nullable(),
  icpVersion: ProspectSchema.shape.icpVersion,
});
export type SaveInput = z.input<typeof SaveInputSchema>;
