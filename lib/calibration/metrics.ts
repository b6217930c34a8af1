/**
 * Area under the ROC curve: the chance that a won prospect ranks above a lost one, ties
 * counting half (the Mann–Whitney statistic). Null when either side is empty.
 */
export function rocAuc(values: readonly number[], won: readonly boolean[]): number | null {
  const order = values
    .map((v, i) => i)
    .sort((a, b) => (values[a] as number) - (values[b] as number));
  let positives = 0;
  let rankSum = 0;
  for (let start = 0; start < order.length;) {
    let end = start;
    const v = values[order[start] as number];
    while (end < order.length && values[order[end] as number] === v) end++;
    // Ranks start at 1; tied values share the mean of their ranks.
    const meanRank = (start + 1 + end) / 2;
    for (let k = start; k < end; k++) {
      if (won[order[k] as number]) {
        positives++;
        rankSum += meanRank;
      }
    }
    start = end;
  }
  const negatives = order.length - positives;
  if (positives === 0 || negatives === 0) return null;
  return (rankSum - (positives * (positives + 1)) / 2) / (positives * negatives);
}

/** Φ(z) through erf (Abramowitz and Stegun 7.1.26: error below 1.5e-7). */
function normalCdf(z: number): number {
  const x = Math.abs(z) / Math.SQRT2;
  const t = 1 / (1 + 0.3275911 * x);
  const poly =
    t *
    (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429))));
  const erf = 1 - poly * Math.exp(-x * x);
  return z >= 0 ? (1 + erf) / 2 : (1 - erf) / 2;
}

/**
 * P(χ²ₖ ≥ x) by the Wilson–Hilferty cube-root approximation, which takes the fractional
 * degrees of freedom a ridge fit has and is accurate to a few parts in a thousand for
 * k ≥ 1 — plenty to tell a real pattern from noise.
 */
export function chiSquareSurvival(x: number, k: number): number {
  if (k <= 0) return 1;
  if (x <= 0) return 1;
  const v = 2 / (9 * k);
  return 1 - normalCdf((Math.cbrt(x / k) - (1 - v)) / Math.sqrt(v));
}
