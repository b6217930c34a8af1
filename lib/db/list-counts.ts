import type { RowQuery } from './list-query';
import { outcomeMatcher, searchTerms } from './row-match';

/**
 * What the list counts, read from the tallies (tallies.ts: counters kept in the same
 * transaction as every write to `rows`) instead of IndexedDB's count(), which walks every
 * key of its range: 0.3–1 s at 100,000 rows. Pure: the caller reads the tallies.
 */

export type Tallies = ReadonlyMap<string, number>;

/** The tally kinds a filter of one kind is counted by (each row holds one value of each). */
const COUNTED = ['verdict', 'grade', 'status', 'outcome', 'country', 'source', 'funnel'] as const;

const sumWhere = (tallies: Tallies, keep: (key: string) => boolean) => {
  let n = 0;
  for (const [key, count] of tallies) if (keep(key)) n += count;
  return n;
};

/** The tally keys one filter kind adds up (alternatives of one kind never overlap). */
function keepFor(kind: (typeof COUNTED)[number], q: RowQuery): (key: string) => boolean {
  const prefix = `${kind}|`;
  const value = (key: string) => key.slice(prefix.length);
  if (kind === 'funnel') {
    const lowest = Math.min(...q.funnel);
    return (key) => key.startsWith(prefix) && Number(value(key)) >= lowest;
  }
  if (kind === 'outcome') {
    const exact = new Set<string>(q.outcome);
    return (key) =>
      key.startsWith(prefix) &&
      (exact.has(value(key)) || (exact.has('lost') && value(key).startsWith('lost')));
  }
  const values = new Set<string>(q[kind]);
  return (key) => key.startsWith(prefix) && values.has(value(key));
}

/**
 * How many rows the query shows, when the tallies tell: every row, or a filter of one
 * kind alone. Null when kinds combine or the filter has no tally (search, criteria,
 * answers, dates, ids, time to decision, discount): then the matches are counted from the indexes.
 */
export function countFromTallies(q: RowQuery, tallies: Tallies): number | null {
  const active = COUNTED.filter((kind) => q[kind].length > 0);
  const uncounted =
    q.met.length + q.notMet.length + q.answer.length + q.ids.length > 0 ||
    outcomeMatcher(q) !== null ||
    q.from !== null ||
    q.to !== null ||
    searchTerms(q.search).length > 0;
  if (uncounted || active.length > 1) return null;
  const [kind] = active;
  return kind ? sumWhere(tallies, keepFor(kind, q)) : (tallies.get('all') ?? 0);
}

/** Prospects scored with another ICP version than `version` (never-scored ones excluded). */
export function outdatedFromTallies(tallies: Tallies, version: number): number {
  return sumWhere(tallies, (key) => {
    if (!key.startsWith('icp|')) return false;
    const v = Number(key.slice(4));
    // From 0, the built-in ICP's scores: a saved version makes them outdated too.
    return v >= 0 && v !== version;
  });
}

/** The countries stored (ISO codes, in order), for the country filter's choices. */
export function countriesFromTallies(tallies: Tallies): string[] {
  return [...tallies]
    .filter(([key, n]) => key.startsWith('country|') && key.length > 8 && n > 0)
    .map(([key]) => key.slice(8))
    .sort();
}
