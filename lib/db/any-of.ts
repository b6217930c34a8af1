import type { Collection, IndexableType, Table } from 'dexie';

/**
 * Reads what `read` takes of the records whose `index` equals any of `keys`: one read per
 * key, all sent at once. Dexie's `anyOf` walks a cursor instead, a round trip per step —
 * what a save pays for on every lookup of a person's one or two keys.
 */
async function eachKey<T, K, R>(
  table: Table<T, K>,
  index: string,
  keys: readonly IndexableType[],
  read: (records: Collection<T, K>) => Promise<R[]>,
): Promise<R[]> {
  const reads = [...new Set(keys)].map((key) => read(table.where(index).equals(key)));
  return (await Promise.all(reads)).flat();
}

/** The records whose `index` equals any of `keys`. */
export const whereAnyOf = <T, K>(
  table: Table<T, K>,
  index: string,
  keys: readonly IndexableType[],
): Promise<T[]> => eachKey(table, index, keys, (records) => records.toArray());

/** The primary keys of the records whose `index` equals any of `keys`. */
export const keysWhereAnyOf = <T, K>(
  table: Table<T, K>,
  index: string,
  keys: readonly IndexableType[],
): Promise<K[]> => eachKey(table, index, keys, (records) => records.primaryKeys());
