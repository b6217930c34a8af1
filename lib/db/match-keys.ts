import Dexie from 'dexie';
import type { CribaDB } from './database';
import { closedRanges, decidedMatching } from './decided-keys';
import type { RowQuery } from './list-query';
import { FUNNEL_STEPS, type ListRow } from './list-row';
import { searchTerms } from './row-match';

/**
 * The ids a list query matches, read from the `rows` indexes: each active filter reads
 * the primary keys its index holds for it, and the matches are their intersection. Reading
 * every key of a filter that matches most of 100,000 rows costs a second, so the first
 * screen asks `fewMatches` (keys read with a limit) and reads them all only to count or
 * to order every match (list-query.ts).
 */

type Rows = ReturnType<CribaDB['rows']['toCollection']>;

/**
 * Each filter with an index of its own, as the ranges of that index it matches (any of
 * them). A range is read with one getAllKeys; Dexie's anyOf and startsWithAnyOf walk a
 * cursor instead, an entry per round trip, several times slower over thousands of keys.
 */
function filterReads(db: CribaDB, q: RowQuery): Rows[][] {
  const reads: Rows[][] = [];
  const eachOf = (index: keyof ListRow, values: readonly (string | number)[]) => {
    if (values.length > 0)
      reads.push([...new Set(values)].map((v) => db.rows.where(index).equals(v)));
  };
  eachOf('verdict', q.verdict);
  eachOf('grade', q.grade);
  eachOf('status', q.status);
  eachOf('country', q.country);
  eachOf('source', q.source);
  eachOf('met', q.met);
  eachOf('answers', q.answer);
  // A short list of named prospects: the cursor jumps from one to the next.
  if (q.ids.length > 0) reads.push([db.rows.where('id').anyOf([...q.ids])]);
  if (q.funnel.length > 0) {
    // "At this step or beyond": the lowest step asked for, up to won.
    const lowest = Math.min(...q.funnel);
    const top = FUNNEL_STEPS.length - 1;
    reads.push([
      db.rows
        .where('[funnel+createdAt]')
        .between([lowest, Dexie.minKey], [top, Dexie.maxKey], true, true),
    ]);
  }
  if (q.outcome.length > 0) {
    // 'lost' stands for every lost reason: a prefix of the stored `lost:<reason>`.
    const anyLost = q.outcome.includes('lost');
    const exact = q.outcome.filter((o) => o !== 'lost' && !(anyLost && o.startsWith('lost')));
    reads.push([
      ...(anyLost ? [db.rows.where('outcome').startsWith('lost')] : []),
      ...exact.map((o) => db.rows.where('outcome').equals(o)),
    ]);
  }
  if (q.from || q.to) {
    const range = db.rows
      .where(q.dateOn === 'created' ? 'createdAt' : 'updatedAt')
      .between(q.from ?? Dexie.minKey, q.to ?? Dexie.maxKey, true, true);
    reads.push([range]);
  }
  for (const term of searchTerms(q.search)) reads.push([db.rows.where('words').startsWith(term)]);
  return reads;
}

/** The keys of every range of one filter, each read up to `limit` when given. */
const keysOf = async (ranges: readonly Rows[], limit?: number) =>
  (await Promise.all(ranges.map((c) => (limit === undefined ? c : c.limit(limit)).primaryKeys())))
    .flat()
    .map(String);

/**
 * The ids of the narrowest filter when it matches at most `limit` rows (a multi-entry
 * index may name a row twice: those count too), else null. Every other filter is
 * still to be tested on these rows.
 */
export async function fewMatches(
  db: CribaDB,
  q: RowQuery,
  limit: number,
): Promise<Set<string> | null> {
  // A filter read past `limit` in any of its ranges, or in all of them together, is not few.
  const closed = closedRanges(db, q);
  const candidates = closed ? [...filterReads(db, q), closed] : filterReads(db, q);
  const reads = await Promise.all(candidates.map((ranges) => keysOf(ranges, limit + 1)));
  const complete = reads.filter((ids) => ids.length <= limit);
  if (complete.length === 0) return null;
  const narrowest = complete.reduce((a, b) => (b.length < a.length ? b : a));
  return new Set(narrowest);
}

/** Every id whose `met` holds none of `values`: all keys less those that match. */
async function notMatching(db: CribaDB, values: string[]): Promise<string[]> {
  const [all, matching] = await Promise.all([
    keysOf([db.rows.toCollection()]),
    keysOf([...new Set(values)].map((v) => db.rows.where('met').equals(v))),
  ]);
  const out = new Set(matching);
  return all.filter((id) => !out.has(id));
}

/** Every id matching every filter and the search, or null when nothing narrows the list. */
export async function matchingIds(db: CribaDB, q: RowQuery): Promise<Set<string> | null> {
  const lists = filterReads(db, q).map((ranges) => keysOf(ranges));
  if (q.notMet.length > 0) lists.push(notMatching(db, q.notMet));
  lists.push(...decidedMatching(db, q));
  if (lists.length === 0) return null;
  const sets = (await Promise.all(lists)).sort((a, b) => a.length - b.length);
  let matched = new Set(sets[0]);
  for (const other of sets.slice(1)) {
    if (matched.size === 0) break;
    const next = new Set<string>();
    for (const id of other) if (matched.has(id)) next.add(id);
    matched = next;
  }
  return matched;
}
