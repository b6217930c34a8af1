import Dexie from 'dexie';
import { FUNNEL_STEPS } from './list-row';
import type { CribaDB } from './database';
import { emptyCounts, zeroStatuses, type InsightCounts } from '../insights/counts';
import type { DecidedRow } from '../insights/decided-row';
import { rangeBounds, type DateRange } from '../insights/range';
import { SIGN_THRESHOLDS } from '../insights/signs';
import { stuckLongest, type OpenRow, type StuckLine } from '../insights/timing';
import { CLOSED_STATUSES, PROSPECT_STATUSES } from '../model/vocab';

/**
 * What the insights page reads, from the `rows` table only. The first charts come from
 * index counts over the compound indexes of schema v4 (a count reads no record): about
 * a hundred counts, whatever the number of prospects. The decided deals' rows are read
 * afterwards for the breakdowns; open deals are never read but the few waiting longest.
 */

const DAY = 86_400_000;
/** The open stages a rep has worked: a deal in progress. */
const IN_PROGRESS = ['contacted', 'meeting', 'proposal'] as const;

function bounds(range: DateRange): [string | typeof Dexie.minKey, string | typeof Dexie.maxKey] {
  const { from, to } = rangeBounds(range);
  return [from ?? Dexie.minKey, to ?? Dexie.maxKey];
}

/** Prospects per grade and status, and per funnel step, captured within `range`. */
export async function countInsights(db: CribaDB, range: DateRange): Promise<InsightCounts> {
  const [from, to] = bounds(range);
  return db.transaction('r', db.rows, async () => {
    const grades = (await db.rows.orderBy('grade').uniqueKeys()).map(String);
    const counts = emptyCounts();
    const byGrade = db.rows.where('[grade+status+createdAt]');
    await Promise.all([
      ...grades.flatMap((grade) => {
        const byStatus = (counts.byGradeStatus[grade] = zeroStatuses());
        return PROSPECT_STATUSES.map(async (status) => {
          byStatus[status] = await byGrade
            .between([grade, status, from], [grade, status, to], true, true)
            .count();
        });
      }),
      ...FUNNEL_STEPS.map(async (_, step) => {
        counts.atStep[step] = await db.rows
          .where('[funnel+createdAt]')
          .between([step, from], [step, to], true, true)
          .count();
      }),
    ]);
    return counts;
  });
}

export interface InProgress {
  /** Deals in progress captured more than the follow-up sign's days before `now`. */
  stale: number;
  /** The ones waiting longest. */
  stuck: StuckLine[];
}

/** The deals in progress that wait longest, and how many wait too long. */
export async function inProgress(db: CribaDB, range: DateRange, now: Date): Promise<InProgress> {
  const [from, to] = bounds(range);
  const cutoff = new Date(now.getTime() - SIGN_THRESHOLDS.followUps.staleDays * DAY).toISOString();
  const staleTo = typeof to === 'string' && to < cutoff ? to : cutoff;
  // A range that starts after the cutoff has nobody waiting too long (and an empty key range).
  const nobodyStale = typeof from === 'string' && from > staleTo;
  return db.transaction('r', db.rows, async () => {
    const byStatus = db.rows.where('[status+createdAt]');
    const [stale, oldest] = await Promise.all([
      Promise.all(
        IN_PROGRESS.map((s) =>
          nobodyStale ? 0 : byStatus.between([s, from], [s, staleTo], true, true).count(),
        ),
      ),
      Promise.all(
        // Oldest first in each stage: the ten longest waiting are among these.
        IN_PROGRESS.map((s) =>
          byStatus.between([s, from], [s, to], true, true).limit(10).toArray(),
        ),
      ),
    ]);
    const open: OpenRow[] = oldest.flat();
    return { stale: stale.reduce((n, c) => n + c, 0), stuck: stuckLongest(open, now) };
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
