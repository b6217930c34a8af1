import Dexie, { cmp } from 'dexie';
import { z } from 'zod';
import { TIME_BUCKET_KEYS } from '../insights/timing';
import { PROSPECT_STATUSES, SURFACES, VERDICTS } from '../model/vocab';
import type { CribaDB } from './database';
import { countFromTallies, countriesFromTallies, outdatedFromTallies } from './list-counts';
import { FUNNEL_STEPS, ROW_OUTCOMES, type ListRow } from './list-row';
import { fewMatches, matchingIds } from './match-keys';
import { narrows, rowMatcher } from './row-match';
import { readTallies } from './tallies';
import { rowTables } from './row-writes';
import { transact } from './transact';

/**
 * The prospects list as indexed queries on the `rows` table: a count, an order and a page
 * of rows, never every record. Filters of one kind are alternatives (verdict qualified
 * or nurture); kinds combine (and).
 *
 * The first screen costs about one page whatever the count (docs/ARCHITECTURE.md, "The
 * prospects list at 100,000"): with no filter, a page of the sort index and the count
 * from the tallies; when one filter matches few rows, those rows read and sorted in
 * memory; when every filter matches many, the sort index walked, each row tested in
 * memory, until the page is full. Counting such a match (when the tallies cannot tell)
 * and ordering every id of it (deep scrolling, "select all") read every key the filters
 * hold, after the first rows are shown.
 */

export const SORT_COLUMNS = [
  'name',
  'company',
  'title',
  'grade',
  'status',
  'next',
  'outcome',
  'source',
  'country',
  'updated',
] as const;
export type SortColumn = (typeof SORT_COLUMNS)[number];

/** The index each column sorts by (list-row.ts keeps a sort key where display differs). */
const SORT_INDEX: Record<SortColumn, keyof ListRow> = {
  name: 'kName',
  company: 'kCompany',
  title: 'kTitle',
  grade: 'grade',
  status: 'kStatus',
  next: 'kNext',
  outcome: 'kOutcome',
  source: 'source',
  country: 'country',
  updated: 'updatedAt',
};

/** The most prospects a query names one by one: a short list, never a whole view. */
export const MAX_IDS = 1000;

export const RowQuerySchema = z.object({
  sort: z.enum(SORT_COLUMNS).default('updated'),
  dir: z.enum(['asc', 'desc']).default('desc'),
  /** Words the rep typed: each must start a word of the row (accents and case ignored). */
  search: z.string().max(200).default(''),
  verdict: z.array(z.enum([...VERDICTS, 'none'])).default([]),
  grade: z.array(z.string().regex(/^[A-D][1-3]$/)).default([]),
  status: z.array(z.enum(PROSPECT_STATUSES)).default([]),
  /** 'lost' matches a lost deal whatever its reason; 'lost:price' only that reason. */
  outcome: z.array(z.enum(ROW_OUTCOMES)).default([]),
  country: z.array(z.string().regex(/^([A-Z]{2})?$/)).default([]),
  source: z.array(z.enum(SURFACES)).default([]),
  /** ICP criterion ids the score found met. */
  met: z.array(z.string().min(1).max(80)).default([]),
  /** ICP criterion ids the score found none of met (the insights' "criterion not met"). */
  notMet: z.array(z.string().min(1).max(80)).default([]),
  /** Interview answers as the rows keep them: `question=answer`. */
  answer: z.array(z.string().min(3).max(121)).default([]),
  /** Funnel steps (list-row.ts FUNNEL_STEPS): a prospect at this step or beyond. */
  funnel: z
    .array(
      z
        .number()
        .int()
        .min(0)
        .max(FUNNEL_STEPS.length - 1),
    )
    .default([]),
  /**
   * Decided deals whose time from capture to decision falls in these buckets of the
   * insights (lib/insights/timing.ts); no index holds it (decided-keys.ts reads it).
   */
  decidedIn: z.array(z.enum(TIME_BUCKET_KEYS)).default([]),
  /** Decided deals whose outcome needed a discount (false: no such filter). */
  discounted: z.boolean().default(false),
  /** These prospects only (the insights' short lists, such as the longest stuck). */
  ids: z.array(z.string().min(3).max(400)).max(MAX_IDS).default([]),
  /** Updated (or captured, with `dateOn`) at or after / at or before these instants (ISO). */
  from: z.iso.datetime().nullable().default(null),
  to: z.iso.datetime().nullable().default(null),
  dateOn: z.enum(['updated', 'created']).default('updated'),
});
export type RowQuery = z.infer<typeof RowQuerySchema>;
export const defaultRowQuery = (): RowQuery => RowQuerySchema.parse({});

/** Up to this many matches are read and sorted directly; more walk the sort index. */
const SORT_IN_MEMORY = 2000;
/** Rows a walk tests for the first page before it counts the matches from the indexes. */
const WALK_BUDGET = 2000;
/** The rows a view brings for the first screen. */
export const FIRST_ROWS = 50;

/** The thresholds, smaller in tests so a few rows take every path. */
export interface ViewOptions {
  sortInMemory?: number;
  walkBudget?: number;
  first?: number;
}

/** What a query shows, as far as its first screen needs to know. */
export interface RowView {
  /** Every stored row (the tallies' count). */
  total: number;
  /** How many rows match; null until `countRows` counts them (the page says "counting…"). */
  count: number | null;
  /** Every match in order when they are known (a narrow filter); else null. */
  ids: string[] | null;
  /** Pages come from the sort index, each row tested against the query (a wide filter). */
  walk: boolean;
  /** The first rows shown, in order (up to `first` of them). */
  first: ListRow[];
}

const present = (rows: (ListRow | undefined)[]) => rows.filter((r) => r !== undefined);

/** The one status a query asks for, when it asks for exactly one. */
const stageOf = (q: RowQuery) => (q.status.length === 1 ? q.status[0] : undefined);

/**
 * Above every sort key a row holds, `kOutcome`'s pairs of numbers included (arrays sort
 * after strings and numbers, `[[]]` after any array of numbers); Dexie.maxKey is a string.
 */
const ABOVE_SORT_KEYS = [[]];

/**
 * The sort index in the query's direction, or with one status asked for, that stage's part
 * of it: `[status+<sort key>]` (schema v6) holds each stage in every column's order, so a
 * stage sorted by a column its rows gather at the far end of (the stage's names all after
 * 'M') is read a page at a time, not walked past every other stage's row. Sorted by status,
 * one stage's rows keep the primary-key order its own index gives them.
 */
function ordered(db: CribaDB, q: RowQuery) {
  const index = SORT_INDEX[q.sort];
  const stage = stageOf(q);
  const rows =
    stage === undefined
      ? db.rows.orderBy(index)
      : q.sort === 'status'
        ? db.rows.where('status').equals(stage)
        : db.rows
            .where(`[status+${index}]`)
            .between([stage, Dexie.minKey], [stage, ABOVE_SORT_KEYS], true, true);
  return q.dir === 'desc' ? rows.reverse() : rows;
}

/** Rows of the view in order from `offset`, testing each one on a walk. */
function sortIndexPage(db: CribaDB, q: RowQuery, walk: boolean, offset: number, limit: number) {
  const rows = walk ? ordered(db, q).filter(rowMatcher(q)) : ordered(db, q);
  return rows.offset(offset).limit(limit).toArray();
}

/** Rows sorted as the index orders them: its key, then the primary key (`cmp` is IndexedDB's). */
function sortRows(rows: ListRow[], q: RowQuery): ListRow[] {
  const index = SORT_INDEX[q.sort];
  rows.sort((a, b) => cmp(a[index], b[index]) || cmp(a.id, b.id));
  return q.dir === 'desc' ? rows.reverse() : rows;
}

/**
 * The first rows of a walk, or null when `budget` rows gave too few (a rare match). The
 * rows come in at most two reads of the sort order from its start — a few pages' worth,
 * then the whole budget — each one getAll: a cursor would cost a round trip per row.
 */
async function walkFirst(db: CribaDB, q: RowQuery, first: number, budget: number) {
  const matches = rowMatcher(q);
  for (const size of new Set([Math.min(first * 4, budget), budget])) {
    const rows = await ordered(db, q).limit(size).toArray();
    const found = rows.filter(matches);
    if (found.length >= first) return { rows: found.slice(0, first), ended: false };
    // Fewer rows than asked for: the walk reached the end of the order.
    if (rows.length < size) return { rows: found, ended: true };
  }
  return null;
}

/** The first `first` of `matched` in the sort order: the sort index's keys, no values. */
async function firstKeys(db: CribaDB, q: RowQuery, matched: ReadonlySet<string>, first: number) {
  const ids: string[] = [];
  await ordered(db, q)
    .until(() => ids.length >= first)
    .eachPrimaryKey((id) => {
      if (matched.has(String(id))) ids.push(String(id));
    });
  return ids;
}

/** The rows of `ids` in order; with `test`, only those the query matches (a narrowest filter's). */
async function sortedRows(db: CribaDB, q: RowQuery, ids: Iterable<string>, test: boolean) {
  const matches = test ? rowMatcher(q) : () => true;
  const rows = (await db.rows.bulkGet([...ids])).filter((r) => r !== undefined);
  return sortRows(rows.filter(matches), q);
}

/** The ids of every match in order, from the sort index's keys (a wide match, fully). */
async function orderedIds(db: CribaDB, q: RowQuery, matched: ReadonlySet<string>) {
  const all = (await ordered(db, q).primaryKeys()).map(String);
  return all.filter((id) => matched.has(id));
}

const complete = (total: number, rows: ListRow[], first: number): RowView => ({
  total,
  count: rows.length,
  ids: rows.map((r) => r.id),
  walk: false,
  first: rows.slice(0, first),
});

export async function viewRows(
  db: CribaDB,
  q: RowQuery,
  { sortInMemory = SORT_IN_MEMORY, walkBudget = WALK_BUDGET, first = FIRST_ROWS }: ViewOptions = {},
): Promise<RowView> {
  return transact(db, 'r', rowTables(db), async (db) => {
    const tallies = await readTallies(db);
    const total = tallies.get('all') ?? 0;
    if (!narrows(q)) {
      const rows = await sortIndexPage(db, q, false, 0, first);
      return { total, count: total, ids: null, walk: false, first: rows };
    }
    if (stageOf(q) !== undefined && !narrows({ ...q, status: [] })) {
      // One stage and nothing else: its part of the sort order is the view (see `ordered`).
      const rows = await sortIndexPage(db, q, false, 0, first);
      return { total, count: countFromTallies(q, tallies), ids: null, walk: false, first: rows };
    }
    const few = await fewMatches(db, q, sortInMemory);
    if (few) return complete(total, await sortedRows(db, q, few, true), first);
    const walked = await walkFirst(db, q, first, walkBudget);
    if (walked?.ended) return complete(total, walked.rows, first);
    if (walked) {
      const count = countFromTallies(q, tallies);
      return { total, count, ids: null, walk: true, first: walked.rows };
    }
    // Rare matches, or many that sort after the rows walked (a filter that goes with the
    // order): the filters' keys tell which rows match, and how many.
    const matched = (await matchingIds(db, q)) ?? new Set<string>();
    if (matched.size <= sortInMemory) {
      return complete(total, await sortedRows(db, q, matched, false), first);
    }
    const ids = await firstKeys(db, q, matched, first);
    const rows = present(await db.rows.bulkGet(ids));
    return { total, count: matched.size, ids: null, walk: true, first: rows };
  });
}

/** How many rows a view matches, read from the indexes when the view could not tell. */
export async function countRows(db: CribaDB, q: RowQuery, view: RowView): Promise<number> {
  if (view.count !== null) return view.count;
  return transact(
    db,
    'r',
    rowTables(db),
    async (db) => (await matchingIds(db, q))?.size ?? view.total,
  );
}

/**
 * `limit` rows from position `offset` of a view (fewer at the end, none past it). Deep
 * in a walked view this tests every row before `offset`: a long list scrolled far asks
 * `viewIds` once and pages that view's ids instead.
 */
export async function pageRows(
  db: CribaDB,
  q: RowQuery,
  view: RowView,
  offset: number,
  limit: number,
): Promise<ListRow[]> {
  const start = Math.max(0, Math.floor(offset));
  const size = Math.max(0, Math.floor(limit));
  if (size === 0) return [];
  if (view.ids) return present(await db.rows.bulkGet(view.ids.slice(start, start + size)));
  return sortIndexPage(db, q, view.walk, start, size);
}

/** Every id a view shows, in its order: for bulk actions, export and deep scrolling. */
export async function viewIds(db: CribaDB, q: RowQuery, view: RowView): Promise<string[]> {
  if (view.ids) return view.ids;
  return transact(db, 'r', rowTables(db), async (db) => {
    const matched = view.walk ? await matchingIds(db, q) : null;
    return matched ? orderedIds(db, q, matched) : (await ordered(db, q).primaryKeys()).map(String);
  });
}

/** Prospects scored with another ICP version than `version` (never-scored ones excluded). */
export async function countOutdated(db: CribaDB, version: number): Promise<number> {
  return outdatedFromTallies(await readTallies(db, 'icp|'), version);
}

/** The countries stored, for the country filter's choices. */
export async function storedCountries(db: CribaDB): Promise<string[]> {
  return countriesFromTallies(await readTallies(db, 'country|'));
}
