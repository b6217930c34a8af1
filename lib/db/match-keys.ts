import Dexie from 'dexie';
import type { CribaDB } from './database';
import { closedRanges, decidedMatching } from './decided-keys';
import type { RowQuery } from './list-query';
import { FUNNEL_STEPS, type ListRow } from './list-row';
import { searchTerms } from './row-match';
import { stageWordIds } from './stage-words';

/**
 * The ids a list query matches, read from the `rows` indexes: each active filter reads
 * the primary keys its index holds for it, and the matches are their intersection. Reading
 * every key of a filter that matches most of 100,000 rows costs a second, so the first
 * screen asks `fewMatches` (keys read with a limit) and reads them all only to count or
 * to order every match (list-query.ts).
 */

type Rows = ReturnType<CribaDB['rows']['toCollection']>;

/** One range of ids a filter matches. */
interface Range {
  /** The ids, at most `limit` of them when given (a multi-entry range may name one twice). */
  read(limit?: number): Promise<string[]>;
  /**
   * How many keys it reads for the price of one row: an index key costs IndexedDB a lookup
   * of its record, a primary key (the stage words') does not, so more of those are read
   * before the rows they name (sortInMemory's threshold counts rows).
   */
  keysPerRow: number;
}

/** A range of a `rows` index, read with one getAllKeys. */
const rangeOf = (rows: Rows): Range => ({
  read: async (limit) =>
    (await (limit === undefined ? rows : rows.limit(limit)).primaryKeys()).map(String),
  keysPerRow: 1,
});

/** Stage words' keys read in place of a few rows (measured: ~10 µs a key, ~60 µs a row). */
const STAGE_KEYS_PER_ROW = 4;

/**
 * Each filter, as the ranges of ids it matches (any of them). A range is read with one
 * getAllKeys; Dexie's anyOf and startsWithAnyOf walk a cursor instead, an entry per round
 * trip, several times slower over thousands of keys.
 */
function filterReads(db: CribaDB, q: RowQuery): Range[][] {
  const reads: Range[][] = [];
  const push = (...ranges: Rows[]) => reads.push(ranges.map(rangeOf));
  const eachOf = (index: keyof ListRow, values: readonly (string | number)[]) => {
    if (values.length > 0) push(...[...new Set(values)].map((v) => db.rows.where(index).equals(v)));
  };
  eachOf('verdict', q.verdict);
  eachOf('grade', q.grade);
  eachOf('country', q.country);
  eachOf('source', q.source);
  eachOf('met', q.met);
  eachOf('answers', q.answer);
  // A short list of named prospects: the cursor jumps from one to the next.
  if (q.ids.length > 0) push(db.rows.where('id').anyOf([...q.ids]));
  if (q.funnel.length > 0) {
    // "At this step or beyond": the lowest step asked for, up to won.
    const lowest = Math.min(...q.funnel);
    const top = FUNNEL_STEPS.length - 1;
    push(
      db.rows
        .where('[funnel+createdAt]')
        .between([lowest, Dexie.minKey], [top, Dexie.maxKey], true, true),
    );
  }
  if (q.outcome.length > 0) {
    // 'lost' stands for every lost reason: a prefix of the stored `lost:<reason>`.
    const anyLost = q.outcome.includes('lost');
    const exact = q.outcome.filter((o) => o !== 'lost' && !(anyLost && o.startsWith('lost')));
    push(
      ...(anyLost ? [db.rows.where('outcome').startsWith('lost')] : []),
      ...exact.map((o) => db.rows.where('outcome').equals(o)),
    );
  }
  if (q.from || q.to) {
    const range = db.rows
      .where(q.dateOn === 'created' ? 'createdAt' : 'updatedAt')
      .between(q.from ?? Dexie.minKey, q.to ?? Dexie.maxKey, true, true);
    push(range);
  }
  const terms = searchTerms(q.search);
  if (q.status.length > 0 && terms.length > 0) {
    // A search within stages reads each term among those stages' words only, which holds
    // the status filter too: "garcía" among the proposals, not every García, then every
    // proposal (stage-words.ts).
    const stages = [...new Set(q.status)];
    for (const term of terms)
      reads.push(
        stages.map((s) => ({
          read: (limit?: number) => stageWordIds(db, s, term, limit),
          keysPerRow: STAGE_KEYS_PER_ROW,
        })),
      );
  } else {
    eachOf('status', q.status);
    for (const term of terms) push(db.rows.where('words').startsWith(term));
  }
  return reads;
}

/** Every id of every range of one filter. */
const keysOf = async (ranges: readonly Range[]) =>
  (await Promise.all(ranges.map((range) => range.read()))).flat();

/**
 * The ids of one filter's ranges, each read up to its share of `rows` (see Range), and
 * whether every range was read to its end.
 */
async function someKeys(ranges: readonly Range[], rows: number) {
  const reads = await Promise.all(
    ranges.map(async (range) => {
      const cap = rows * range.keysPerRow + 1;
      const ids = await range.read(cap);
      return { ids, ended: ids.length < cap };
    }),
  );
  return { ids: reads.flatMap((r) => r.ids), ended: reads.every((r) => r.ended) };
}

/** The ids in every one of `lists` (read the shortest first). */
function intersection(lists: readonly string[][]): Set<string> {
  const [shortest, ...others] = [...lists].sort((a, b) => a.length - b.length);
  let matched = new Set(shortest);
  for (const other of others) {
    if (matched.size === 0) break;
    const next = new Set<string>();
    for (const id of other) if (matched.has(id)) next.add(id);
    matched = next;
  }
  return matched;
}

/**
 * The ids every filter read to its end matches, when they are at most `limit` rows, else
 * null. Each filter is read up to about `limit` keys (more where keys are cheaper, see
 * Range); filters with more than that are still to be tested on these rows.
 */
export async function fewMatches(
  db: CribaDB,
  q: RowQuery,
  limit: number,
): Promise<Set<string> | null> {
  const closed = closedRanges(db, q);
  const candidates = closed ? [...filterReads(db, q), closed.map(rangeOf)] : filterReads(db, q);
  const reads = await Promise.all(candidates.map((ranges) => someKeys(ranges, limit)));
  const ended = reads.filter((r) => r.ended).map((r) => r.ids);
  if (ended.length === 0) return null;
  const matched = intersection(ended);
  return matched.size <= limit ? matched : null;
}

/** Every id whose `met` holds none of `values`: all keys less those that match. */
async function notMatching(db: CribaDB, values: string[]): Promise<string[]> {
  const [all, matching] = await Promise.all([
    keysOf([rangeOf(db.rows.toCollection())]),
    keysOf([...new Set(values)].map((v) => rangeOf(db.rows.where('met').equals(v)))),
  ]);
  const out = new Set(matching);
  return all.filter((id) => !out.has(id));
}

/** Every id matching every filter and the search, or null when nothing narrows the list. */
export async function matchingIds(db: CribaDB, q: RowQuery): Promise<Set<string> | null> {
  const lists = filterReads(db, q).map((ranges) => keysOf(ranges));
  if (q.notMet.length > 0) lists.push(notMatching(db, q.notMet));
  lists.push(...decidedMatching(db, q));
  return lists.length === 0 ? null : intersection(await Promise.all(lists));
}
