import type { CribaDB } from './database';
import type { ListRow } from './list-row';
import { moveStageWords } from './stage-words';
import { addKeys, tallyKeys } from './tallies';

/**
 * The only writes to the `rows` table: each one moves the tallies (tallies.ts) and the
 * stage words (stage-words.ts) by what it changed, in the caller's read-write transaction,
 * which must include `rowTables` (Dexie refuses a table outside the transaction, so a
 * forgotten one fails loudly). tallies.test.ts checks that no other code writes rows.
 */

/** The tables a write of rows touches: a caller's transaction includes them all. */
export const rowTables = (db: CribaDB) => [db.rows, db.tallies, db.stageWords];

/** Applies summed changes to the counters; a counter that reaches zero is deleted. */
async function moveTallies(db: CribaDB, delta: Map<string, number>): Promise<void> {
  const keys = [...delta].filter(([, by]) => by !== 0).map(([key]) => key);
  if (keys.length === 0) return;
  const stored = await db.tallies.bulkGet(keys);
  const puts: { key: string; n: number }[] = [];
  const gone: string[] = [];
  keys.forEach((key, i) => {
    const n = (stored[i]?.n ?? 0) + (delta.get(key) ?? 0);
    if (n > 0) puts.push({ key, n });
    else gone.push(key);
  });
  await Promise.all([db.tallies.bulkPut(puts), db.tallies.bulkDelete(gone)]);
}

/**
 * Whether the stored row already says exactly this. Rows are plain data built in one
 * order (list-row.ts): a row stored by older code in another order only reads as changed,
 * and is written again.
 */
const sameRow = (stored: ListRow | undefined, row: ListRow) =>
  stored !== undefined && JSON.stringify(stored) === JSON.stringify(row);

/**
 * Writes `rows` (the last one wins when an id repeats), replacing any stored with their
 * ids. A row that has not changed is not written: saving one person rebuilds the rows of
 * everyone at the company, and each row written updates some thirty index entries.
 */
export async function putRows(db: CribaDB, rows: readonly ListRow[]): Promise<void> {
  const byId = new Map(rows.map((r) => [r.id, r]));
  if (byId.size === 0) return;
  await putRowsOver(db, [...byId.values()], await db.rows.bulkGet([...byId.keys()]));
}

/**
 * `putRows` for a caller that has read the stored rows already (`before[i]` is the one
 * stored under `given[i].id`, ids unique), in the same transaction with no row write
 * between. The writes go out together: a transaction runs its requests in order, and
 * each wait for IndexedDB is a round trip to the browser.
 */
export async function putRowsOver(
  db: CribaDB,
  given: readonly ListRow[],
  before: readonly (ListRow | undefined)[],
): Promise<void> {
  const changed: ListRow[] = [];
  const replaced: (ListRow | undefined)[] = [];
  const delta = new Map<string, number>();
  given.forEach((row, i) => {
    const old = before[i];
    if (sameRow(old, row)) return;
    changed.push(row);
    replaced.push(old);
    if (old) addKeys(delta, tallyKeys(old), -1);
    addKeys(delta, tallyKeys(row), 1);
  });
  if (changed.length === 0) return;
  await Promise.all([
    db.rows.bulkPut(changed),
    moveTallies(db, delta),
    moveStageWords(db, replaced, changed),
  ]);
}

/** Deletes the rows of `ids` (ids without a row are ignored). */
export async function deleteRows(db: CribaDB, ids: Iterable<string>): Promise<void> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return;
  const before = await db.rows.bulkGet(unique);
  const delta = new Map<string, number>();
  for (const old of before) if (old) addKeys(delta, tallyKeys(old), -1);
  await db.rows.bulkDelete(unique);
  await moveTallies(db, delta);
  await moveStageWords(db, before, []);
}

/** Empties the rows, their counters and their stage words. */
export async function clearRows(db: CribaDB): Promise<void> {
  await db.rows.clear();
  await db.tallies.clear();
  await db.stageWords.clear();
}
