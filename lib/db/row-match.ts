import { fold } from '../icp/fold';
import { isDecided } from '../insights/decided-row';
import { timeBucketOf } from '../insights/timing';
import type { RowQuery } from './list-query';
import type { ListRow } from './list-row';

/**
 * A list query as a test of one row in memory, with exactly the meaning of the index
 * reads in list-query.ts: alternatives within a kind, every kind at once. The list uses
 * it where reading every key a filter holds would cost more than the rows it tests (a
 * filter matching most of 100,000 rows, walked in the sort order until a page is full).
 */

/** The folded words a search asks for: each must start a word of the row. */
export const searchTerms = (search: string): string[] => [
  ...new Set(fold(search).split(' ').filter(Boolean)),
];

const within = (value: string, from: string | null, to: string | null) =>
  (from === null || value >= from) && (to === null || value <= to);

/** Whether the query filters at all (else every row is shown, straight from the sort index). */
export function narrows(q: RowQuery): boolean {
  return (
    q.verdict.length + q.grade.length + q.status.length + q.outcome.length > 0 ||
    q.country.length + q.source.length + q.met.length + q.notMet.length > 0 ||
    q.answer.length + q.funnel.length + q.ids.length > 0 ||
    outcomeMatcher(q) !== null ||
    q.from !== null ||
    q.to !== null ||
    searchTerms(q.search).length > 0
  );
}

/**
 * The filters on a decided deal's outcome that no index holds (time to decision, discount
 * needed), as one test; null when the query has none. decided-keys.ts narrows them to the
 * closed deals' rows.
 */
export function outcomeMatcher(q: RowQuery): ((row: ListRow) => boolean) | null {
  if (q.decidedIn.length === 0 && !q.discounted) return null;
  const buckets = new Set<string | null>(q.decidedIn);
  return (r) =>
    isDecided(r) &&
    (!q.discounted || r.discounted) &&
    (buckets.size === 0 || buckets.has(timeBucketOf(r)));
}

/** The test of `q` against one row; build it once per query, run it per row. */
export function rowMatcher(q: RowQuery): (row: ListRow) => boolean {
  const tests: ((r: ListRow) => boolean)[] = [];
  const oneOf = <T>(values: readonly T[], get: (r: ListRow) => T) => {
    if (values.length === 0) return;
    const set = new Set(values);
    tests.push((r) => set.has(get(r)));
  };
  const anyOf = (values: readonly string[], get: (r: ListRow) => readonly string[]) => {
    if (values.length === 0) return;
    const set = new Set(values);
    tests.push((r) => get(r).some((v) => set.has(v)));
  };
  oneOf(q.verdict, (r) => r.verdict);
  oneOf(q.grade, (r) => r.grade);
  oneOf(q.status, (r) => r.status);
  oneOf(q.country, (r) => r.country);
  oneOf(q.source, (r) => r.source);
  oneOf(q.ids, (r) => r.id);
  anyOf(q.met, (r) => r.met);
  anyOf(q.answer, (r) => r.answers);
  if (q.notMet.length > 0) {
    const out = new Set(q.notMet);
    tests.push((r) => !r.met.some((m) => out.has(m)));
  }
  if (q.funnel.length > 0) {
    const lowest = Math.min(...q.funnel);
    tests.push((r) => r.funnel >= lowest);
  }
  if (q.outcome.length > 0) {
    // 'lost' stands for every lost reason, as the index's prefix read does.
    const exact = new Set<string>(q.outcome);
    const anyLost = exact.has('lost');
    tests.push((r) => exact.has(r.outcome) || (anyLost && r.outcome.startsWith('lost')));
  }
  const outcome = outcomeMatcher(q);
  if (outcome) tests.push(outcome);
  if (q.from !== null || q.to !== null) {
    const field = q.dateOn === 'created' ? 'createdAt' : 'updatedAt';
    tests.push((r) => within(r[field], q.from, q.to));
  }
  for (const term of searchTerms(q.search)) {
    tests.push((r) => r.words.some((w) => w.startsWith(term)));
  }
  return (r) => tests.every((test) => test(r));
}
