import { UnsavedSchema, type Unsaved } from '../model/unsaved';
import { isEmptyUnsaved, mergeUnsaved, settleUnsaved } from '../prospect/unsaved';
import type { CribaDB } from './database';
import { guardQuota } from './errors';
import { readValid, validated } from './validate';
import { transact } from './transact';

/**
 * The rep's unsaved work, one record per prospect id (model/unsaved.ts). Writes merge
 * with what is stored, so two panels on one prospect each keep their entries; a save
 * settles it in its own transaction (save-prospect.ts).
 */

/** The stored work under any of `ids`, merged under the first; null when there is none. */
export async function readUnsaved(db: CribaDB, ids: readonly string[]): Promise<Unsaved | null> {
  const [first] = ids;
  if (first === undefined) return null;
  const found = (await db.drafts.bulkGet([...ids]))
    .map((d) => readValid(UnsavedSchema, d))
    .filter((d): d is Unsaved => d !== null);
  return found.reduce<Unsaved | null>((acc, d) => (acc ? mergeUnsaved(acc, d, first) : d), null);
}

/**
 * Stores the panel's work merged with what is stored under its id; work kept under
 * `formerIds` (the prospect's id before the rep linked it to a stored person) moves into
 * it. Returns what is stored now.
 */
export async function storeUnsaved(
  db: CribaDB,
  work: Unsaved,
  formerIds: readonly string[] = [],
): Promise<Unsaved | null> {
  const incoming = validated(UnsavedSchema, work, 'draft');
  const others = formerIds.filter((id) => id !== incoming.id);
  return guardQuota(() =>
    transact(db, 'rw', [db.drafts], async (db) => {
      const stored = await readUnsaved(db, [incoming.id, ...others]);
      const next = stored ? mergeUnsaved(stored, incoming, incoming.id) : incoming;
      await db.drafts.bulkDelete(others);
      if (isEmptyUnsaved(next)) {
        await db.drafts.delete(next.id);
        return null;
      }
      await db.drafts.put(validated(UnsavedSchema, next, 'draft'));
      return next;
    }),
  );
}

/** The rep threw their unsaved work away. */
export async function discardUnsaved(db: CribaDB, ids: readonly string[]): Promise<void> {
  await db.drafts.bulkDelete([...ids]);
}

/**
 * Inside a save's transaction: removes from the work stored under `ids` what `saved` put
 * in the prospect; another panel's newer entries stay.
 */
export async function settleDrafts(
  db: CribaDB,
  ids: readonly string[],
  saved: Unsaved,
): Promise<void> {
  for (const id of new Set(ids)) {
    const stored = readValid(UnsavedSchema, await db.drafts.get(id));
    if (!stored) continue;
    const left = settleUnsaved(stored, saved);
    if (left) await db.drafts.put(validated(UnsavedSchema, left, 'draft'));
    else await db.drafts.delete(id);
  }
}
