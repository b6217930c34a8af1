import type { Icp } from '../icp/icp-schema';

/** How often a criterion was met, among the won deals and among the others (where known). */
export interface CriterionTally {
  wonMet: number;
  wonKnown: number;
  otherMet: number;
  otherKnown: number;
}

export interface WeightChange {
  id: string;
  from: number;
  to: number;
  /** The fitted coefficient (half the log-odds gap between meeting and failing it). */
  coefficient: number;
  tally: CriterionTally;
  /** Known on too few closed deals to judge: its weight is kept as it is. */
  tooFewKnown: boolean;
}

/** The schema's weight range (lib/icp/icp-schema.ts). */
const MAX_WEIGHT = 10;
/** A criterion known on fewer closed deals than this (or than 10 % of them) is left alone. */
const MIN_KNOWN = 5;

/**
 * New weights from the coefficients. Weights are shares of the fit (met weight over known
 * weight), so only their ratios matter: the judged criteria share the total weight they
 * had, in proportion to their positive coefficients (scaled down if one would pass 10),
 * rounded to whole numbers as the editor shows them. A criterion that goes with losing
 * cannot weigh less than nothing: it gets 0 (kept for information and as a must-have).
 */
export function proposeWeights(
  icp: Icp,
  coefficients: ReadonlyMap<string, number>,
  tallies: ReadonlyMap<string, CriterionTally>,
  outcomes: number,
): WeightChange[] {
  const minKnown = Math.max(MIN_KNOWN, Math.ceil(outcomes * 0.1));
  const judged = icp.criteria.filter((c) => {
    const t = tallies.get(c.id);
    return t !== undefined && t.wonKnown + t.otherKnown >= minKnown;
  });
  const positive = (id: string) => Math.max(0, coefficients.get(id) ?? 0);
  const total = judged.reduce((sum, c) => sum + c.weight, 0);
  const pool = Math.max(total, judged.length);
  const sumPositive = judged.reduce((sum, c) => sum + positive(c.id), 0);
  const largest = Math.max(0, ...judged.map((c) => positive(c.id)));
  const scale = sumPositive > 0 ? Math.min(pool / sumPositive, MAX_WEIGHT / largest) : 0;
  const judgedIds = new Set(judged.map((c) => c.id));
  return icp.criteria.map((c) => {
    const tooFewKnown = !judgedIds.has(c.id);
    return {
      id: c.id,
      from: c.weight,
      to: tooFewKnown ? c.weight : Math.min(MAX_WEIGHT, Math.round(positive(c.id) * scale)),
      coefficient: coefficients.get(c.id) ?? 0,
      tally: tallies.get(c.id) ?? { wonMet: 0, wonKnown: 0, otherMet: 0, otherKnown: 0 },
      tooFewKnown,
    };
  });
}
