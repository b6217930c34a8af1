import { useEffect, useState } from 'react';
import { db } from '../../components/db';
import { decidedRows, firstCharts, type InProgress } from '../../lib/db/insight-counts';
import type { InsightCounts } from '../../lib/insights/counts';
import type { DecidedRow } from '../../lib/insights/decided-row';
import type { DateRange } from '../../lib/insights/range';

export interface Insights {
  /** The month tallies' counts: the first charts. Undefined while counting. */
  counts?: InsightCounts;
  progress?: InProgress;
  /** The decided deals' rows: the breakdowns. Undefined while they are read. */
  decided?: DecidedRow[];
  /** When the page started counting, for the benchmark's mark. */
  startedAt: number;
}

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
    const startedAt = performance.now();
    setState({ startedAt });
    const at = new Date(`${day}T12:00:00.000Z`);
    void firstCharts(db, range, at).then(({ counts, progress }) => {
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
