import { FUNNEL_STEPS, type FunnelStep } from '../db/list-row';
import { rate, type InsightCounts } from './counts';

export interface FunnelBar {
  step: FunnelStep;
  /** Index of the step, the prospects page's `funnel` filter. */
  index: number;
  /** Prospects that got to this step or beyond. */
  count: number;
  /** Share of the step before (null for the first, or when it is empty). */
  fromPrevious: number | null;
  /** Share of everything captured. */
  fromCaptured: number | null;
}

/**
 * Captured → qualified → meeting → proposal → won. Every step counts the prospects that
 * got at least that far, so the bars never grow: a deal lost after a proposal still
 * counts at the meeting and the proposal, and a won deal at every step.
 */
export function funnelOf(counts: InsightCounts): FunnelBar[] {
  const reached = FUNNEL_STEPS.map((_, i) =>
    counts.atStep.slice(i).reduce((n, c) => n + (c ?? 0), 0),
  );
  return FUNNEL_STEPS.map((step, i) => ({
    step,
    index: i,
    count: reached[i] ?? 0,
    fromPrevious: i === 0 ? null : rate(reached[i] ?? 0, reached[i - 1] ?? 0),
    fromCaptured: rate(reached[i] ?? 0, reached[0] ?? 0),
  }));
}
