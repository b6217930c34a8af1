import { OutcomeSchema, ProspectSchema, type Prospect } from '../model/records';
import type { Outcome } from '../model/vocab';
import type { CribaDB } from './database';
import { guardQuota } from './errors';
import { readValid, validated } from './validate';

/**
 * The storage API the pages use. Every function takes the database first; every record
 * read is parsed with its zod schema and every record written is parsed before the
 * write. Saving lives in save-prospect.ts, erasure in suppression.ts, retention in
 * retention.ts, the prospects list in prospect-rows.ts.
 */
export { openCribaDB, CribaDB } from './database';
export { findExisting, type Existing, type Link, type PageNames } from './find-existing';
export { saveProspect, type Saved } from './save-prospect';
export type { SaveInput } from './save-input';
export { erasePerson, isSuppressed, suppressionHash, type EraseResult } from './suppression';
export { applyRetention, type RetentionResult } from './retention';
export { listProspectRows, type ProspectRow, type ProspectRows } from './prospect-rows';
export { rescoreAll, type Rescored, type RescoreFn } from './rescore';
export { InvalidRecordError, StorageFullError, SuppressedError } from './errors';

/** Reads, changes and writes back one prospect; null when it is not stored (or unreadable). */
async function updateProspect(
  db: CribaDB,
  id: string,
  change: (p: Prospect) => Prospect,
): Promise<Prospect | null> {
  return guardQuota(() =>
    db.transaction('rw', db.prospects, async () => {
      const stored = readValid(ProspectSchema, await db.prospects.get(id));
      if (!stored) return null;
      const next = validated(ProspectSchema, change(stored), 'prospect');
      await db.prospects.put(next);
      return next;
    }),
  );
}

/** Records what happened with the prospect (meeting, proposal, won, lost; 'none' clears). */
export async function setOutcome(
  db: CribaDB,
  prospectId: string,
  outcome: Outcome,
  now: Date,
): Promise<Prospect | null> {
  const value = validated(OutcomeSchema, outcome, 'outcome');
  const at = now.toISOString();
  return updateProspect(db, prospectId, (p) => ({
    ...p,
    outcome: value,
    outcomeAt: value === 'none' ? null : at,
    updatedAt: at,
  }));
}

/**
 * Deletes one prospect and its score history; true when it existed. The account and the
 * contact stay: they are facts about a company or person that the next capture of them
 * reuses. Removing a person entirely is `erasePerson`; records nothing points to any
 * more expire through `applyRetention`.
 */
export async function deleteProspect(db: CribaDB, id: string): Promise<boolean> {
  return db.transaction('rw', [db.prospects, db.scoreHistory], async () => {
    const existed = (await db.prospects.get(id)) !== undefined;
    await db.scoreHistory.where('prospectId').equals(id).delete();
    await db.prospects.delete(id);
    return existed;
  });
}
