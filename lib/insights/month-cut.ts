/**
 * How a range of capture instants meets one capture month of the tallies
 * (lib/db/tallies.ts: `m|<YYYY-MM>|…` counters). A month the range holds whole is summed
 * from its counters; a month it cuts is counted from the compound indexes over the
 * smaller side of the cut — the days in range, or the month's counters minus the days out
 * of it — so the cost follows those days' rows, never the whole table.
 *
 * Everything compares the index's own strings, as the index does: a row is in range when
 * `from <= createdAt <= to`. A month `YYYY-MM` holds exactly the createdAt strings that
 * start with it, all above the string `YYYY-MM` and below the next month's, so the cut
 * counts the same rows as one index count over the range, whatever a stored instant's
 * precision (`…:59Z` sorts after `…:59.999Z`).
 */

/** A range of capture instants, either end open (range.ts `rangeBounds`). */
export interface Bounds {
  from: string | null;
  to: string | null;
}

/** One index range of createdAt, as Dexie's `between` takes it. */
export interface Span {
  lower: string;
  upper: string;
  includeLower: boolean;
  includeUpper: boolean;
}

export type MonthCut =
  /** No row of the month is in range. */
  | { kind: 'outside' }
  /** Every row of the month is: its counters as they are. */
  | { kind: 'whole' }
  /** Count the rows of `spans` (the part in range). */
  | { kind: 'inside'; spans: Span[] }
  /** The month's counters less the rows of `spans` (the parts out of range). */
  | { kind: 'besides'; spans: Span[] };

const MONTH = /^(\d{4})-(\d{2})$/;

/** `YYYY-MM` of the month after `month`, or null for a key no valid instant has. */
export function nextMonth(month: string): string | null {
  const m = MONTH.exec(month);
  if (!m) return null;
  const [year, mon] = [Number(m[1]), Number(m[2])];
  if (mon < 1 || mon > 12) return null;
  const [y, n] = mon === 12 ? [year + 1, 1] : [year, mon + 1];
  return `${String(y).padStart(4, '0')}-${String(n).padStart(2, '0')}`;
}

const daysIn = (month: string): number =>
  new Date(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)), 0)).getUTCDate();

/** The day of the month an instant of `month` falls on, or `fallback` for another month. */
const dayIn = (month: string, instant: string | null, fallback: number): number =>
  instant?.startsWith(`${month}-`) ? Number(instant.slice(8, 10)) || fallback : fallback;

/** How `bounds` meets `month` (a month key that no instant can have is `outside`). */
export function cutMonth(month: string, { from, to }: Bounds): MonthCut {
  const next = nextMonth(month);
  if (next === null) return { kind: 'outside' };
  if ((to !== null && to < month) || (from !== null && from > next)) return { kind: 'outside' };
  const cutsBelow = from !== null && from > month;
  const cutsAbove = to !== null && to < next;
  if (!cutsBelow && !cutsAbove) return { kind: 'whole' };
  const days = daysIn(month);
  const inDays = dayIn(month, to, days) - dayIn(month, from, 1) + 1;
  if (inDays * 2 <= days) {
    const lower = cutsBelow ? from : month;
    const upper = cutsAbove ? to : next;
    return { kind: 'inside', spans: [{ lower, upper, includeLower: true, includeUpper: true }] };
  }
  const spans: Span[] = [];
  if (cutsBelow) spans.push({ lower: month, upper: from, includeLower: true, includeUpper: false });
  if (cutsAbove) spans.push({ lower: to, upper: next, includeLower: false, includeUpper: true });
  return { kind: 'besides', spans };
}

/** The `m|<YYYY-MM>|<rest>` counters grouped by month: month → rest → count. */
export function byMonth(tallies: ReadonlyMap<string, number>): Map<string, Map<string, number>> {
  const months = new Map<string, Map<string, number>>();
  for (const [key, n] of tallies) {
    const [m, month, ...rest] = key.split('|');
    if (m !== 'm' || month === undefined || rest.length === 0) continue;
    const counters = months.get(month) ?? new Map<string, number>();
    counters.set(rest.join('|'), n);
    months.set(month, counters);
  }
  return months;
}
