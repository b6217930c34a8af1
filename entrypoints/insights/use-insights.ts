import { useEffect, useState } from 'react';
import { db } from '../../components/db';
import {
  decidedRows,
  firstCharts,
  type FirstCharts,
  type InProgress,
} from '../../lib/db/insight-counts';
import type { InsightCounts } from '../../lib/insights/counts';
import type { DecidedRow } from '../../lib/insights/decided-row';
import { ALL_TIME, type DateRange } from '../../lib/insights/range';

export interface Insights {
  /** The month tallies' counts: the first charts. Undefined while counting. */
  counts?: InsightCounts;
  progress?: InProgress;
  /** The decided deals' rows: the breakdowns. Undefined while they are read. */
  decided?: DecidedRow[];
  /** When the page started counting, for the benchmark's mark. */
  startedAt: number;
}

/** Noon of `day` (UTC): the "now" of the stale deals, the same all day. */
const noonOf = (day: string) => new Date(`${day}T12:00:00.000Z`);
const today = () => new Date().toISOString().slice(0, 10);

/**
 * The first charts of all time (the page's first range), asked for as soon as this module
 * runs, so the database opens and counts while React mounts. Taken once, by the first
 * render asking for all time on the same day.
 */
let early: { day: string; startedAt: number; answer: Promise<FirstCharts> } | null = {
  day: today(),
  startedAt: performance.now(),
  answer: firstCharts(db, ALL_TIME, noonOf(today())),
};

/**
 * The insights of `range`, in two steps: the first charts (no record read but the ten
 * deals waiting longest per stage), then the decided rows, read only once those are on
 * screen. A range changed meanwhile drops the older answers.
 */
export function useInsights(range: DateRange, now: Date): Insights {
  const [state, setState] = useState<Insights>({ startedAt: performance.now() });
  const day = now.toISOString().slice(0, 10);
  useEffect(() => {
    let live = true;
    const taken = range === ALL_TIME && early?.day === day ? early : null;
    early = null;
    setState({ startedAt: taken?.startedAt ?? performance.now() });
    const answer = taken?.answer ?? firstCharts(db, range, noonOf(day));
    void answer.then(({ counts, progress }) => {
      if (!live) return;
      setState((s) => ({ ...s, counts, progress }));
      void decidedRows(db, range).then((decided) => {
        if (live) setState((s) => ({ ...s, decided }));
      });
    });
    return () => {
      live = false;
    };
  }, [range, day]);
  return state;
}
