import type { Score } from '../model/score';
import { rocAuc } from './metrics';

/** How one ICP did on the held-out deals. */
export interface BacktestSide {
  /** Area under the ROC curve of the engine's ranking; null without both outcomes. */
  auc: number | null;
  /** Held-out deals the engine called qualified, and how many of those were won. */
  qualified: number;
  qualifiedWon: number;
  /** qualifiedWon / qualified; null when it qualified none. */
  precision: number | null;
}

export interface Backtest {
  heldOut: number;
  heldOutWon: number;
  before: BacktestSide;
  after: BacktestSide;
}

/**
 * The engine's ranking as one number: the fit, with every disqualified prospect below
 * every other (the rep drops those first whatever their fit). An unknown fit ranks as 0.
 */
export const rankOf = (s: Pick<Score, 'fit' | 'verdict'>): number =>
  (s.verdict === 'disqualified' ? -101 : 0) + (s.fit ?? 0);

export function judge(scores: readonly Score[], won: readonly boolean[]): BacktestSide {
  let qualified = 0;
  let qualifiedWon = 0;
  scores.forEach((s, i) => {
    if (s.verdict !== 'qualified') return;
    qualified++;
    if (won[i]) qualifiedWon++;
  });
  return {
    auc: rocAuc(scores.map(rankOf), won),
    qualified,
    qualifiedWon,
    precision: qualified > 0 ? qualifiedWon / qualified : null,
  };
}
