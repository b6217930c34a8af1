import Dexie from 'dexie';
import type { CribaDB } from './database';
import { sumOverRange } from './range-tallies';
import { readTallies } from './tallies';
import { countsOfSums, type InsightCounts } from '../insights/counts';
import type { DecidedRow } from '../insights/decided-row';
import { rangeBounds, type DateRange } from '../insights/range';
import { SIGN_THRESHOLDS } from '../insights/signs';
import { stuckLongest, type OpenRow, type StuckLine } from '../insights/timing';
import { CLOSED_STATUSES, type ProspectStatus } from '../model/vocab';

/**
 * What the insights page reads. The first charts come from the month tallies
 * (tallies.ts), summed over the range; a month the range cuts is counted from the
 * compound indexes of schema v4 over those days only (range-tallies.ts). The decided
 * deals' rows are read afterwards for the breakdowns; open deals are never read but the
 * few waiting longest.
 */

const DAY = 86_400_000;
/** The open stages a rep has worked: a deal in progress. */
const IN_PROGRESS: readonly ProspectStatus[] = ['contacted', 'meeting', 'proposal'];

function bounds(range: DateRange): [string | typeof Dexie.minKey, string | typeof Dexie.maxKey] {
  const { from, to } = rangeBounds(range);
  return [from ?? Dexie.minKey, to ?? Dexie.maxKey];
}

/** Prospects per grade and status, and per funnel step, captured within `range`. */
export async function countInsights(db: CribaDB, range: DateRange): Promise<InsightCounts> {
  return db.transaction('r', db.rows, db.tallies, async () => {
    const months = await readTallies(db, 'm|');
    return countsOfSums(await sumOverRange(db, months, rangeBounds(range)));
  });
}

export interface InProgress {
  /** Deals in progress captured more than the follow-up sign's days before `now`. */
  stale: number;
  /** The ones waiting longest. */
  stuck: StuckLine[];
}

/** A month counter of deals in progress: `m|<month>|gs|<grade>|<status>`. */
function ofInProgress(key: string): boolean {
  const [m, , kind, , status] = key.split('|');
  return m === 'm' && kind === 'gs' && IN_PROGRESS.some((s) => s === status);
}

/** The deals in progress that wait longest, and how many wait too long. */
export async function inProgress(db: CribaDB, range: DateRange, now: Date): Promise<InProgress> {
  const [from, to] = bounds(range);
  const cutoff = new Date(now.getTime() - SIGN_THRESHOLDS.followUps.staleDays * DAY).toISOString();
  const captured = rangeBounds(range);
  const staleTo = captured.to !== null && captured.to < cutoff ? captured.to : cutoff;
  return db.transaction('r', db.rows, db.tallies, async () => {
    const byStatus = db.rows.where('[status+createdAt]');
    const [stale, oldest] = await Promise.all([
      readTallies(db, 'm|').then((months) =>
        sumOverRange(db, new Map([...months].filter(([key]) => ofInProgress(key))), {
          from: captured.from,
          to: staleTo,
        }),
      ),
      Promise.all(
        // Oldest first in each stage: the ten longest waiting are among these.
        IN_PROGRESS.map((s) =>
          byStatus.between([s, from], [s, to], true, true).limit(10).toArray(),
        ),
      ),
    ]);
    const open: OpenRow[] = oldest.flat();
    return {
      stale: [...stale.values()].reduce((n, c) => n + c, 0),
      stuck: stuckLongest(open, now),
    };
  });
}

/** The rows of the deals decided among those captured within `range`. */
export async function decidedRows(db: CribaDB, range: DateRange): Promise<DecidedRow[]> {
  const [from, to] = bounds(range);
  return db.transaction('r', db.rows, async () => {
    const lists = await Promise.all(
      CLOSED_STATUSES.map((s) =>
        db.rows.where('[status+createdAt]').between([s, from], [s, to], true, true).toArray(),
      ),
    );
    return lists.flat();
  });
}
