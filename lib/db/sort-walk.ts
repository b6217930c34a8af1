import type { IndexableType } from 'dexie';
import type { CribaDB } from './database';
import type { ListRow } from './list-row';

/** A sort index and its direction. */
export interface SortOrder {
  index: keyof ListRow;
  dir: 'asc' | 'desc';
}

/** Entries one step of a walk reads. */
export const WALK_STEP = 2000;

/** The sort index in order, from `key` on (inclusive), or from its start. */
function orderFrom(db: CribaDB, { index, dir }: SortOrder, key: IndexableType | undefined) {
  const range =
    key === undefined
      ? db.rows.orderBy(index)
      : dir === 'asc'
        ? db.rows.where(index).aboveOrEqual(key)
        : db.rows.where(index).belowOrEqual(key);
  return dir === 'desc' ? range.reverse() : range;
}

type Ordered = ReturnType<typeof orderFrom>;

/**
 * Walks the sort index in its order a batch at a time, handing each batch to `visit`
 * until it answers true (enough) or the index ends. A batch is one getAll / getAllKeys
 * (Dexie asks IndexedDB for it with a direction): a cursor costs a round trip per entry,
 * seconds over 100,000 of them. The next batch starts at the last one's sort key and
 * skips the entries of that key already handed on; a key shared by more entries than a
 * batch holds doubles the batch.
 */
async function walk<T>(
  db: CribaDB,
  order: SortOrder,
  step: number,
  read: (from: Ordered, count: number) => Promise<T[]>,
  idOf: (item: T) => string,
  keyOf: (last: T) => Promise<IndexableType | undefined>,
  visit: (batch: T[]) => boolean,
): Promise<void> {
  const seen = new Set<string>();
  let key: IndexableType | undefined;
  let size = Math.max(1, step);
  for (;;) {
    const got = await read(orderFrom(db, order, key), size);
    const fresh = got.filter((item) => !seen.has(idOf(item)));
    if (fresh.length === 0 && got.length === size) {
      size *= 2;
      continue;
    }
    for (const item of fresh) seen.add(idOf(item));
    if (visit(fresh) || got.length < size) return;
    key = await keyOf(got[got.length - 1]!);
    if (key === undefined) return;
  }
}

/** The rows in the sort order, a batch at a time (see `walk`). */
export function walkRows(
  db: CribaDB,
  order: SortOrder,
  visit: (rows: ListRow[]) => boolean,
  step = WALK_STEP,
): Promise<void> {
  return walk(
    db,
    order,
    step,
    (from, count) => from.limit(count).toArray(),
    (row) => row.id,
    async (row) => row[order.index] as IndexableType,
    visit,
  );
}

/** The rows' ids in the sort order, a batch at a time, without their values (see `walk`). */
export function walkIds(
  db: CribaDB,
  order: SortOrder,
  visit: (ids: string[]) => boolean,
  step = WALK_STEP,
): Promise<void> {
  return walk(
    db,
    order,
    step,
    async (from, count) => (await from.limit(count).primaryKeys()).map(String),
    (id) => id,
    // The index holds the key, but getAllKeys gives only primary keys: one row read a batch.
    async (id) => (await db.rows.get(id))?.[order.index] as IndexableType | undefined,
    visit,
  );
}
