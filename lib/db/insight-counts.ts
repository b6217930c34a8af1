import Dexie from 'dexie';
import type { CribaDB } from './database';
import { sumOverRange } from './range-tallies';
import { readTallies } from './tallies';
import { IN_PROGRESS_STATUSES, countsOfSums, type InsightCounts } from '../insights/counts';
import type { DecidedRow } from '../insights/decided-row';
import { rangeBounds, type DateRange } from '../insights/range';
import { SIGN_THRESHOLDS } from '../insights/signs';
import { stuckLongest, type OpenRow, type StuckLine } from '../insights/timing';
import { CLOSED_STATUSES } from '../model/vocab';
import { transact } from './transact';

/**
 * What the insights page reads. The first charts come from the month tallies
 * (tallies.ts), summed over the range; a month the range cuts is counted from the
 * compound indexes of schema v4 over those days only (range-tallies.ts). The decided
 * deals' rows are read afterwards for the breakdowns; open deals are never read but the
 * few waiting longest.
 */

const DAY = 86_400_000;

function bounds(range: DateRange): [string | typeof Dexie.minKey, string | typeof Dexie.maxKey] {
  const { from, to } = rangeBounds(range);
  return [from ?? Dexie.minKey, to ?? Dexie.maxKey];
}

export interface InProgress {
  /** Deals in progress captured more than the follow-up sign's days before `now`. */
  stale: number;
  /** The last capture instant counted as stale (the range's end when earlier): its link. */
  staleTo: string;
  /** The ones waiting longest. */
  stuck: StuckLine[];
}

export interface FirstCharts {
  /** Prospects per grade and status, and per funnel step, captured within the range. */
  counts: InsightCounts;
  progress: InProgress;
}

/**
 * The month counters of deals in progress by status alone (`m|<month>|s|<status>`): the
 * stale count of a cut month then takes one index count per status, not per grade too.
 */
function inProgressByStatus(months: ReadonlyMap<string, number>): Map<string, number> {
  const out = new Map<string, number>();
  for (const [key, n] of months) {
    const [m, month, kind, , status] = key.split('|');
    if (m !== 'm' || kind !== 'gs' || !IN_PROGRESS_STATUSES.some((s) => s === status)) continue;
    const byStatus = `m|${month}|s|${status}`;
    out.set(byStatus, (out.get(byStatus) ?? 0) + n);
  }
  return out;
}

/**
 * What the first charts show for `range`, from one reading of the month tallies: the
 * counts, how many deals in progress wait too long (captured up to the follow-up sign's
 * cutoff before `now`) and the ten waiting longest (ten rows per stage, oldest first).
 */
export async function firstCharts(db: CribaDB, range: DateRange, now: Date): Promise<FirstCharts> {
  const captured = rangeBounds(range);
  const [from, to] = bounds(range);
  const cutoff = new Date(now.getTime() - SIGN_THRESHOLDS.followUps.staleDays * DAY).toISOString();
  const staleTo = captured.to !== null && captured.to < cutoff ? captured.to : cutoff;
  return transact(db, 'r', [db.rows, db.tallies], async (db) => {
    const byStatus = db.rows.where('[status+createdAt]');
    const oldest = Promise.all(
      IN_PROGRESS_STATUSES.map((s) =>
        byStatus.between([s, from], [s, to], true, true).limit(10).toArray(),
      ),
    );
    const months = await readTallies(db, 'm|');
    const [sums, stale] = await Promise.all([
      sumOverRange(db, months, captured),
      sumOverRange(db, inProgressByStatus(months), { from: captured.from, to: staleTo }),
    ]);
    const open: OpenRow[] = (await oldest).flat();
    return {
      counts: countsOfSums(sums),
      progress: {
        stale: [...stale.values()].reduce((n, c) => n + c, 0),
        staleTo,
        stuck: stuckLongest(open, now),
      },
    };
  });
}

/** The rows of the deals decided among those captured within `range`. */
export async function decidedRows(db: CribaDB, range: DateRange): Promise<DecidedRow[]> {
  const [from, to] = bounds(range);
  return transact(db, 'r', [db.rows], async (db) => {
    const lists = await Promise.all(
      CLOSED_STATUSES.map((s) =>
        db.rows.where('[status+createdAt]').between([s, from], [s, to], true, true).toArray(),
      ),
    );
    return lists.flat();
  });
}
