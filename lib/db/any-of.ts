import type { IndexableType, Table } from 'dexie';

/**
 * The records whose `index` equals any of `keys`: one getAll per key, all sent at once.
 * Dexie's `anyOf` walks a cursor instead, a round trip per step — what a save pays for
 * on every lookup of a person's one or two keys.
 */
export async function whereAnyOf<T, K>(
  table: Table<T, K>,
  index: string,
  keys: readonly IndexableType[],
): Promise<T[]> {
  const reads = [...new Set(keys)].map((key) => table.where(index).equals(key).toArray());
  return (await Promise.all(reads)).flat();
}

/** The primary keys of the records whose `index` equals any of `keys` (see `whereAnyOf`). */
export async function keysWhereAnyOf<T, K>(
  table: Table<T, K>,
  index: string,
  keys: readonly IndexableType[],
): Promise<K[]> {
  const reads = [...new Set(keys)].map((key) => table.where(index).equals(key).primaryKeys());
  return (await Promise.all(reads)).flat();
}
