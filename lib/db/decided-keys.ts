import Dexie from 'dexie';
import { CLOSED_STATUSES, type ClosedStatus } from '../model/vocab';
import type { CribaDB } from './database';
import type { RowQuery } from './list-query';
import { outcomeMatcher } from './row-match';

/**
 * The list's filters on a decided deal's outcome that no index holds — the time from
 * capture to decision (the insights' buckets) and a discount needed. Only a closed deal
 * has an outcome, so the status index narrows them: a tenth of the rows at the insights'
 * 100,000 prospects and 10,000 outcomes, and fewer within a capture range.
 */

/** The closed statuses the query can match (those it asks for, when it asks). */
function closedOf(q: RowQuery): ClosedStatus[] {
  return CLOSED_STATUSES.filter((s) => q.status.length === 0 || q.status.includes(s));
}

/**
 * The closed deals, one range per closed status, as one more candidate list for
 * `fewMatches`: every row such a filter matches is among them, and the rows read from the
 * narrowest list are tested against the whole query anyway. Null when the query has no
 * such filter.
 */
export function closedRanges(db: CribaDB, q: RowQuery) {
  if (!outcomeMatcher(q)) return null;
  return closedOf(q).map((s) => db.rows.where('status').equals(s));
}

/**
 * Exactly the ids the outcome filters match, for `matchingIds` (which intersects the
 * filters' keys without testing rows): the closed deals' rows read — within the capture
 * range from the `[status+createdAt]` index when the query has one — and tested. None
 * when the query has no such filter.
 */
export function decidedMatching(db: CribaDB, q: RowQuery): Promise<string[]>[] {
  const test = outcomeMatcher(q);
  if (!test) return [];
  const created = q.dateOn === 'created' && (q.from !== null || q.to !== null);
  const read = (s: ClosedStatus) =>
    created
      ? db.rows
          .where('[status+createdAt]')
          .between([s, q.from ?? Dexie.minKey], [s, q.to ?? Dexie.maxKey], true, true)
          .toArray()
      : db.rows.where('status').equals(s).toArray();
  const rows = Promise.all(closedOf(q).map(read));
  return [rows.then((lists) => lists.flat().flatMap((r) => (test(r) ? [r.id] : [])))];
}
