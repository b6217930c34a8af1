import type { ListRow } from '../db/list-row';
import type { DecidedRow } from './decided-row';

const DAY = 86_400_000;

/** Whole days from capture (an instant) to decision (a day), never negative. */
export function daysToDecision(r: Pick<DecidedRow, 'createdAt' | 'decidedAt'>): number | null {
  if (!r.decidedAt) return null;
  const decided = Date.parse(`${r.decidedAt}T00:00:00.000Z`);
  const captured = Date.parse(r.createdAt.slice(0, 10) + 'T00:00:00.000Z');
  if (Number.isNaN(decided) || Number.isNaN(captured)) return null;
  return Math.max(0, Math.round((decided - captured) / DAY));
}

/** The time buckets of the chart: up to a month, a quarter, half a year, longer. */
export const TIME_BUCKETS = [
  { key: 'month', maxDays: 30 },
  { key: 'quarter', maxDays: 90 },
  { key: 'half', maxDays: 182 },
  { key: 'longer', maxDays: Number.POSITIVE_INFINITY },
] as const;
export type TimeBucketKey = (typeof TIME_BUCKETS)[number]['key'];
export const TIME_BUCKET_KEYS = TIME_BUCKETS.map((b) => b.key) as [
  TimeBucketKey,
  ...TimeBucketKey[],
];

/** The last bucket has no end: every day count falls in one. */
const bucketOfDays = (d: number): TimeBucketKey =>
  TIME_BUCKETS.find((b) => d <= b.maxDays)?.key ?? 'longer';

/**
 * The bucket a decided deal falls in, or null when it has no decision day: the chart and
 * the prospects page's `decidedIn` filter both ask here, so a bar and its link agree.
 */
export function timeBucketOf(r: Pick<DecidedRow, 'createdAt' | 'decidedAt'>): TimeBucketKey | null {
  const d = daysToDecision(r);
  return d === null ? null : bucketOfDays(d);
}

export interface DecisionTimes {
  decided: number;
  medianDays: number | null;
  buckets: { key: TimeBucketKey; count: number }[];
}

/** How long decided deals took from capture, as a median and in buckets. */
export function decisionTimes(rows: Iterable<DecidedRow>): DecisionTimes {
  const days: number[] = [];
  const buckets = TIME_BUCKETS.map((b) => ({ key: b.key, count: 0 }));
  for (const r of rows) {
    const d = daysToDecision(r);
    if (d === null) continue;
    days.push(d);
    const bucket = buckets.find((b) => b.key === bucketOfDays(d));
    if (bucket) bucket.count += 1;
  }
  days.sort((a, b) => a - b);
  const mid = Math.floor(days.length / 2);
  const median =
    days.length === 0
      ? null
      : days.length % 2 === 1
        ? (days[mid] ?? 0)
        : ((days[mid - 1] ?? 0) + (days[mid] ?? 0)) / 2;
  return { decided: days.length, medianDays: median, buckets };
}

export type OpenRow = Pick<ListRow, 'id' | 'name' | 'company' | 'status' | 'grade' | 'createdAt'>;

export interface StuckLine extends OpenRow {
  /** Days since capture without a decision. */
  days: number;
}

/** The open deals waiting longest since capture, oldest first. */
export function stuckLongest(rows: readonly OpenRow[], now: Date, limit = 10): StuckLine[] {
  return rows
    .map((r) => ({
      ...r,
      days: Math.max(0, Math.floor((now.getTime() - Date.parse(r.createdAt)) / DAY)),
    }))
    .sort((a, b) => b.days - a.days || a.id.localeCompare(b.id))
    .slice(0, limit);
}
