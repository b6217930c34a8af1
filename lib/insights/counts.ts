import { FUNNEL_STEPS, type ListRow } from '../db/list-row';
import { PROSPECT_STATUSES, type ProspectStatus } from '../model/vocab';

/**
 * What the first charts are drawn from: how many prospects of each grade are at each
 * status, and how many stopped at each funnel step. The page gets these from the month
 * tallies (lib/db/insight-counts.ts) without reading a row; `countRows` builds the same
 * from rows, for tests and for whoever holds rows already.
 */
export interface InsightCounts {
  /** grade ('' = never scored) → status → prospects. */
  byGradeStatus: Record<string, Record<ProspectStatus, number>>;
  /** Prospects whose furthest funnel step is exactly this one, by step index. */
  atStep: number[];
}

export const zeroStatuses = (): Record<ProspectStatus, number> =>
  Object.fromEntries(PROSPECT_STATUSES.map((s) => [s, 0])) as Record<ProspectStatus, number>;

export const emptyCounts = (): InsightCounts => ({
  byGradeStatus: {},
  atStep: FUNNEL_STEPS.map(() => 0),
});

export type CountedRow = Pick<ListRow, 'grade' | 'status' | 'funnel'>;

export function countRows(rows: Iterable<CountedRow>): InsightCounts {
  const counts = emptyCounts();
  for (const r of rows) {
    const byStatus = (counts.byGradeStatus[r.grade] ??= zeroStatuses());
    byStatus[r.status] += 1;
    counts.atStep[r.funnel] = (counts.atStep[r.funnel] ?? 0) + 1;
  }
  return counts;
}

const isStatus = (s: string): s is ProspectStatus =>
  (PROSPECT_STATUSES as readonly string[]).includes(s);

/**
 * The counts from counters summed over a range (lib/db/range-tallies.ts):
 * `gs|<grade>|<status>` and `f|<step>` → prospects. A grade whose counters are all 0 is
 * kept, with zeros, as one counted from the indexes would be.
 */
export function countsOfSums(sums: ReadonlyMap<string, number>): InsightCounts {
  const counts = emptyCounts();
  for (const [rest, n] of sums) {
    const [kind, a = '', b = ''] = rest.split('|');
    if (kind === 'gs' && isStatus(b)) (counts.byGradeStatus[a] ??= zeroStatuses())[b] += n;
    const step = Number(a);
    if (kind === 'f' && Number.isInteger(step) && step >= 0 && step < counts.atStep.length)
      counts.atStep[step] = (counts.atStep[step] ?? 0) + n;
  }
  return counts;
}

/** Statuses summed over grades. */
export function statusTotals(counts: InsightCounts): Record<ProspectStatus, number> {
  const totals = zeroStatuses();
  for (const byStatus of Object.values(counts.byGradeStatus)) {
    for (const s of PROSPECT_STATUSES) totals[s] += byStatus[s];
  }
  return totals;
}

/** Worked: the rep did something with it (any status past new). */
export const WORKED_STATUSES: readonly ProspectStatus[] = PROSPECT_STATUSES.filter(
  (s) => s !== 'new',
);
/** Worked and still open: a deal in progress. */
export const IN_PROGRESS_STATUSES: readonly ProspectStatus[] = ['contacted', 'meeting', 'proposal'];

export const workedOf = (s: Record<ProspectStatus, number>): number =>
  WORKED_STATUSES.reduce((n, k) => n + s[k], 0);
export const decidedOf = (s: Record<ProspectStatus, number>): number =>
  s.won + s.lost + s.no_decision;
export const totalOf = (s: Record<ProspectStatus, number>): number =>
  PROSPECT_STATUSES.reduce((n, k) => n + s[k], 0);

/** A share, or null when there is nothing to share out (never a division by zero). */
export const rate = (part: number, whole: number): number | null =>
  whole > 0 ? part / whole : null;
