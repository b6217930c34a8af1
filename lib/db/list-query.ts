import Dexie, { cmp } from 'dexie';
import { z } from 'zod';
import { fold } from '../icp/fold';
import { PROSPECT_STATUSES, SURFACES, VERDICTS } from '../model/vocab';
import type { CribaDB } from './database';
import { FUNNEL_STEPS, ROW_OUTCOMES, type ListRow } from './list-row';

/**
 * The prospects list as indexed queries on the `rows` table: a count, an order and a page
 * of rows, never every record. Filters of one kind are alternatives (verdict qualified
 * or nurture); kinds combine (and). Each active filter reads only the primary keys its
 * index holds for it; the intersection is what matches.
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

const keysOf = async (c: { primaryKeys(): Promise<unknown[]> }) =>
  (await c.primaryKeys()).map(String);

/** Every id whose `index` holds none of `values`: all keys less those that match. */
async function notMatching(db: CribaDB, index: 'met', values: string[]): Promise<string[]> {
  const [all, matching] = await Promise.all([
    keysOf(db.rows.toCollection()),
    keysOf(db.rows.where(index).anyOf(values)),
  ]);
  const out = new Set(matching);
  return all.filter((id) => !out.has(id));
}

/** The ids matching every filter and the search, or null when nothing narrows the list. */
async function matchingIds(db: CribaDB, q: RowQuery): Promise<Set<string> | null> {
  const lists: Promise<string[]>[] = [];
  const anyOf = (index: keyof ListRow, values: readonly (string | number)[]) => {
    if (values.length > 0) lists.push(keysOf(db.rows.where(index).anyOf([...values])));
  };
  anyOf('verdict', q.verdict);
  anyOf('grade', q.grade);
  anyOf('status', q.status);
  anyOf('country', q.country);
  anyOf('source', q.source);
  anyOf('met', q.met);
  anyOf('answers', q.answer);
  if (q.ids.length > 0) lists.push(keysOf(db.rows.where('id').anyOf(q.ids)));
  if (q.funnel.length > 0) {
    // "At this step or beyond": the lowest step asked for, up to won.
    const lowest = Math.min(...q.funnel);
    const top = FUNNEL_STEPS.length - 1;
    lists.push(
      keysOf(
        db.rows
          .where('[funnel+createdAt]')
          .between([lowest, Dexie.minKey], [top, Dexie.maxKey], true, true),
      ),
    );
  }
  if (q.notMet.length > 0) lists.push(notMatching(db, 'met', q.notMet));
  if (q.outcome.length > 0) {
    // 'lost' stands for every lost reason: a prefix of the stored `lost:<reason>`.
    const prefixes = q.outcome.map((o) => (o === 'lost' ? 'lost' : null));
    const exact = q.outcome.filter((o) => o !== 'lost');
    lists.push(
      keysOf(
        prefixes.includes('lost')
          ? db.rows.where('outcome').startsWithAnyOf(['lost', ...exact])
          : db.rows.where('outcome').anyOf(exact),
      ),
    );
  }
  if (q.from || q.to) {
    const range = db.rows
      .where(q.dateOn === 'created' ? 'createdAt' : 'updatedAt')
      .between(q.from ?? Dexie.minKey, q.to ?? Dexie.maxKey, true, true);
    lists.push(keysOf(range));
  }
  for (const word of new Set(fold(q.search).split(' ').filter(Boolean))) {
    lists.push(keysOf(db.rows.where('words').startsWith(word)));
  }
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

/**
 * What a query shows: how many rows, and — when filters narrow the list — their ids in
 * order (null means every row, read page by page straight from the sort index).
 */
export interface RowView {
  count: number;
  ids: string[] | null;
}

export async function viewRows(
  db: CribaDB,
  q: RowQuery,
  { sortInMemory = SORT_IN_MEMORY }: { sortInMemory?: number } = {},
): Promise<RowView> {
  return db.transaction('r', db.rows, async () => {
    const matched = await matchingIds(db, q);
    if (!matched) return { count: await db.rows.count(), ids: null };
    const index = SORT_INDEX[q.sort];
    let ids: string[];
    if (matched.size <= sortInMemory) {
      const rows = (await db.rows.bulkGet([...matched])).filter((r) => r !== undefined);
      // The index's own order: its key, then the primary key (`cmp` is IndexedDB's).
      rows.sort((a, b) => cmp(a[index], b[index]) || cmp(a.id, b.id));
      ids = rows.map((r) => r.id);
    } else {
      ids = (await keysOf(db.rows.orderBy(index))).filter((id) => matched.has(id));
    }
    return { count: ids.length, ids: q.dir === 'desc' ? ids.reverse() : ids };
  });
}

/** `limit` rows from position `offset` of a view (fewer at the end, none past it). */
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
  if (view.ids) {
    const rows = await db.rows.bulkGet(view.ids.slice(start, start + size));
    return rows.filter((r) => r !== undefined);
  }
  const ordered = db.rows.orderBy(SORT_INDEX[q.sort]);
  return (q.dir === 'desc' ? ordered.reverse() : ordered).offset(start).limit(size).toArray();
}

/** Every id a view shows, in its order: for bulk actions and export of what is shown. */
export async function viewIds(db: CribaDB, q: RowQuery, view: RowView): Promise<string[]> {
  if (view.ids) return view.ids;
  const ids = await keysOf(db.rows.orderBy(SORT_INDEX[q.sort]));
  return q.dir === 'desc' ? ids.reverse() : ids;
}

/** Prospects scored with another ICP version than `version` (never-scored ones excluded). */
export async function countOutdated(db: CribaDB, version: number): Promise<number> {
  const [below, above] = await Promise.all([
    // From 0, the built-in ICP's scores: a saved version makes them outdated too.
    db.rows.where('icpVersion').between(0, version).count(),
    db.rows.where('icpVersion').above(version).count(),
  ]);
  return below + above;
}

/** The values an index holds, for the filters' choices (countries, criteria met). */
export async function distinctValues(db: CribaDB, index: 'country' | 'met'): Promise<string[]> {
  return (await db.rows.orderBy(index).uniqueKeys()).map(String).filter(Boolean);
}
