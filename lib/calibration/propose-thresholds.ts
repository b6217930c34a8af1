import type { Thresholds } from '../icp/icp-schema';

export type ThresholdKey = 'qualifiedFit' | 'nurtureFit';

export interface ThresholdChange {
  key: ThresholdKey;
  from: number;
  to: number;
  /** Deals past the new threshold (at or above it to qualify, below it to disqualify). */
  wonPast: number;
  won: number;
  otherPast: number;
  other: number;
}

export interface FitOutcome {
  fit: number;
  won: boolean;
}

const STEP = 5;
/** The share of won deals a disqualifying threshold may leave below it. */
const WINS_LEFT_BELOW = 0.1;

const candidates = (upTo: number) =>
  Array.from({ length: Math.floor(upTo / STEP) + 1 }, (_, i) => i * STEP);

function tally(deals: readonly FitOutcome[], past: (fit: number) => boolean) {
  let wonPast = 0;
  let won = 0;
  let otherPast = 0;
  for (const d of deals) {
    if (d.won) won++;
    if (!past(d.fit)) continue;
    if (d.won) wonPast++;
    else otherPast++;
  }
  return { wonPast, won, otherPast, other: deals.length - won };
}

/**
 * Fit thresholds from the fits the proposed weights give the fitted deals. "Qualified
 * from" is where the share of won deals reached most exceeds the share of the others
 * (Youden's J; a tie keeps the value closest to today's); "disqualify below" is the
 * highest step that leaves at most a tenth of the won deals below it. Steps of 5, as a
 * rep reads them. With no won deal or no other one to compare, nothing moves.
 */
export function proposeThresholds(current: Thresholds, deals: readonly FitOutcome[]): Thresholds {
  const won = deals.filter((d) => d.won).length;
  let qualifiedFit = current.qualifiedFit;
  let nurtureFit = current.nurtureFit;
  if (won > 0 && won < deals.length) {
    let best = -Infinity;
    for (const t of candidates(100).filter((t) => t > 0)) {
      const c = tally(deals, (fit) => fit >= t);
      const j = c.wonPast / c.won - c.otherPast / c.other;
      const closer =
        Math.abs(t - current.qualifiedFit) < Math.abs(qualifiedFit - current.qualifiedFit);
      if (j > best + 1e-12 || (Math.abs(j - best) <= 1e-12 && closer)) {
        best = j;
        qualifiedFit = t;
      }
    }
    nurtureFit = 0;
    for (const t of candidates(qualifiedFit)) {
      if (tally(deals, (fit) => fit < t).wonPast <= won * WINS_LEFT_BELOW) nurtureFit = t;
    }
  }
  return { ...current, qualifiedFit, nurtureFit };
}

/** Each fit threshold before and after, with the deals on either side of the new one. */
export function thresholdChanges(
  from: Thresholds,
  to: Thresholds,
  deals: readonly FitOutcome[],
): ThresholdChange[] {
  return [
    {
      key: 'qualifiedFit',
      from: from.qualifiedFit,
      to: to.qualifiedFit,
      ...tally(deals, (f) => f >= to.qualifiedFit),
    },
    {
      key: 'nurtureFit',
      from: from.nurtureFit,
      to: to.nurtureFit,
      ...tally(deals, (f) => f < to.nurtureFit),
    },
  ];
}
