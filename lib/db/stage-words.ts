import type { Transaction } from 'dexie';
import { z } from 'zod';
import type { ProspectStatus } from '../model/vocab';
import type { CribaDB } from './database';
import type { ListRow } from './list-row';

/**
 * A search within the pipeline stages a rep works in ("garcía" among the proposals) at
 * 100,000 prospects. The `words` index names every García whatever the stage, and each
 * key an index read returns costs IndexedDB a lookup of its record: reading 25,000 of them
 * to keep the 1,500 that are proposals takes most of a second. The `stageWords` table
 * (schema v7) holds each row's words behind its status, one record per word keyed
 * `<status> <word> <row id>`: a stage's words sit together in the primary key, read
 * without those lookups. Neither a status nor a folded word holds a space, so a prefix
 * `<status> <term>` finds exactly the words starting with the term. Kept by the rows'
 * only writer (row-writes.ts) in the same transaction as the rows.
 */

export const StageWordSchema = z.object({ key: z.string().min(7).max(500) });
export type StageWord = z.infer<typeof StageWordSchema>;

const prefixOf = (status: ProspectStatus, term: string) => `${status} ${term}`;
/** The keys a row's stage words are stored under. */
export const stageWordKeys = (row: ListRow): string[] =>
  row.words.map((w) => `${prefixOf(row.status, w)} ${row.id}`);
/** The row id of a key: after the status's space and the word's. */
const idOf = (key: string) => key.slice(key.indexOf(' ', key.indexOf(' ') + 1) + 1);

/** The keys to delete and to write when rows change from `before` to `after` (same order). */
export function stageWordChanges(
  before: readonly (ListRow | undefined)[],
  after: readonly (ListRow | undefined)[],
): { gone: string[]; added: string[] } {
  const gone: string[] = [];
  const added: string[] = [];
  before.forEach((old, i) => {
    const had = new Set(old ? stageWordKeys(old) : []);
    const kept = new Set(after[i] ? stageWordKeys(after[i]) : []);
    for (const key of had) if (!kept.has(key)) gone.push(key);
    for (const key of kept) if (!had.has(key)) added.push(key);
  });
  return { gone, added };
}

/** Applies a change of rows to their stage words, in the caller's read-write transaction. */
export async function moveStageWords(
  db: CribaDB,
  before: readonly (ListRow | undefined)[],
  after: readonly (ListRow | undefined)[],
): Promise<void> {
  const { gone, added } = stageWordChanges(before, after);
  // Sent together, the delete first (a transaction runs its requests in order).
  await Promise.all([
    gone.length > 0 ? db.stageWords.bulkDelete(gone) : null,
    added.length > 0 ? db.stageWords.bulkPut(added.map((key) => ({ key }))) : null,
  ]);
}

/** The ids of rows in `stage` with a word starting `term` (one may come twice), up to `limit`. */
export async function stageWordIds(
  db: CribaDB,
  stage: ProspectStatus,
  term: string,
  limit?: number,
): Promise<string[]> {
  const range = db.stageWords.where('key').startsWith(prefixOf(stage, term));
  const keys = await (limit === undefined ? range : range.limit(limit)).primaryKeys();
  return keys.map((k) => idOf(String(k)));
}

/** Rows read per step of the v7 upgrade: a page at a time, memory stays flat. */
const FILL_PAGE = 2000;

/** The stage words of every stored row (v7), written in the version-change transaction. */
export async function fillStageWordsInUpgrade(tx: Transaction): Promise<void> {
  const rows = tx.table<ListRow, string>('rows');
  const words = tx.table<StageWord>('stageWords');
  let after: string | null = null;
  for (;;) {
    const from = after === null ? rows.toCollection() : rows.where(':id').above(after);
    const page: ListRow[] = await from.limit(FILL_PAGE).toArray();
    if (page.length === 0) return;
    await words.bulkPut(page.flatMap(stageWordKeys).map((key) => ({ key })));
    after = page[page.length - 1]!.id;
  }
}
