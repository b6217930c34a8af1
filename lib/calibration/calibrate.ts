import { IcpSchema, type Icp } from '../icp/icp-schema';
import type { Score } from '../model/score';
import type { Framework } from '../qualify/framework-schema';
import { score } from '../scoring/score';
import { judge, type Backtest } from './backtest';
import { featureSpace, type Feature } from './features';
import { fitLogistic } from './logistic';
import { chiSquareSurvival } from './metrics';
import { proposeThresholds, thresholdChanges, type ThresholdChange } from './propose-thresholds';
import { proposeWeights, type CriterionTally, type WeightChange } from './propose-weights';
import { countOutcomes, isWon, type OutcomeCounts, type Sample } from './sample';
import { stratifiedSplit } from './split';

/** Below this many closed deals nothing is fitted (issue #15: won against lost or no decision). */
export const MIN_OUTCOMES = 20;
/** The held-out AUC must rise by at least this much for a proposal to be made. */
export const MIN_AUC_GAIN = 0.02;
/** The fit must beat the base rate alone at this significance (likelihood-ratio test). */
export const MAX_P_VALUE = 0.01;
/** The ridge penalty on ±1 and one-hot columns: enough to keep 20 deals from over-fitting. */
const LAMBDA = 1;

export interface CalibrationInput {
  icp: Icp;
  icpVersion: number;
  framework: Framework;
  samples: readonly Sample[];
  now: Date;
}

export interface FittedModel {
  features: Feature[];
  coef: number[];
  /** Likelihood-ratio test of the fitted deals against their base rate alone. */
  pValue: number;
}

export interface Proposal {
  icp: Icp;
  weights: WeightChange[];
  thresholds: ThresholdChange[];
}

export type Calibration =
  | { kind: 'too-few'; counts: OutcomeCounts; total: number }
  | { kind: 'one-sided'; counts: OutcomeCounts; total: number }
  | { kind: 'no-signal'; counts: OutcomeCounts; total: number; model: FittedModel }
  | {
      kind: 'no-improvement';
      counts: OutcomeCounts;
      total: number;
      model: FittedModel;
      backtest: Backtest;
    }
  | {
      kind: 'proposal';
      counts: OutcomeCounts;
      total: number;
      model: FittedModel;
      backtest: Backtest;
      proposal: Proposal;
    };

function tallies(icp: Icp, scores: readonly Score[], won: readonly boolean[]) {
  const out = new Map<string, CriterionTally>();
  for (const c of icp.criteria) {
    const t: CriterionTally = { wonMet: 0, wonKnown: 0, otherMet: 0, otherKnown: 0 };
    scores.forEach((s, i) => {
      const status = s.criteria[c.id]?.status;
      if (status !== 'met' && status !== 'unmet') return;
      if (won[i]) {
        t.wonKnown++;
        if (status === 'met') t.wonMet++;
      } else {
        t.otherKnown++;
        if (status === 'met') t.otherMet++;
      }
    });
    out.set(c.id, t);
  }
  return out;
}

/**
 * Better on the deals the fit never saw: a higher AUC by MIN_AUC_GAIN, and no lower a
 * share of won deals among those called qualified (when both called any).
 */
function improves({ before, after }: Backtest): boolean {
  if (before.auc === null || after.auc === null || after.auc < before.auc + MIN_AUC_GAIN)
    return false;
  return (
    before.precision === null || after.precision === null || after.precision >= before.precision
  );
}

/**
 * Fits the team's closed deals and proposes criterion weights and fit thresholds — or
 * says why not. Honest by construction: fewer than MIN_OUTCOMES deals, one outcome only,
 * a fit no better than chance, or a proposal that does not beat today's ICP on the deals
 * it never saw, all propose nothing. Pure: the same deals give the same answer.
 */
export function calibrate(input: CalibrationInput): Calibration {
  const { icp, framework, samples, now } = input;
  const counts = countOutcomes(samples);
  const total = samples.length;
  if (total < MIN_OUTCOMES) return { kind: 'too-few', counts, total };
  const { fit, heldOut } = stratifiedSplit(samples);
  const fitWon = fit.map(isWon);
  if (fitWon.filter(Boolean).length === 0 || fitWon.every(Boolean))
    return { kind: 'one-sided', counts, total };

  const scoreWith = (withIcp: Icp, version: number) => (s: Sample) =>
    score({
      icp: withIcp,
      icpVersion: version,
      framework,
      facts: s.facts,
      answers: s.answers,
      now,
      locale: withIcp.locale,
    });
  const current = scoreWith(icp, input.icpVersion);
  const space = featureSpace(icp, framework);
  const fitScores = fit.map(current);
  const model = fitLogistic(
    fitScores.map((s, i) => space.rowOf(s, (fit[i] as Sample).answers)),
    fitWon,
    LAMBDA,
  );
  const pValue = chiSquareSurvival(model.nullDeviance - model.deviance, model.effectiveDf - 1);
  const fitted: FittedModel = { features: space.features, coef: model.coef, pValue };
  const coefficients = new Map<string, number>();
  space.features.forEach(
    (f, j) => f.kind === 'criterion' && coefficients.set(f.id, model.coef[j] as number),
  );

  const allScores = samples.map(current);
  const weights = proposeWeights(
    icp,
    coefficients,
    tallies(icp, allScores, samples.map(isWon)),
    total,
  );
  if (pValue > MAX_P_VALUE || weights.every((w) => w.to === 0))
    return { kind: 'no-signal', counts, total, model: fitted };

  const weighted: Icp = {
    ...icp,
    criteria: icp.criteria.map((c, i) => ({ ...c, weight: (weights[i] as WeightChange).to })),
  };
  const proposedVersion = input.icpVersion + 1;
  const fitsWith = (ofIcp: Icp, deals: readonly Sample[]) =>
    deals
      .map(scoreWith(ofIcp, proposedVersion))
      .flatMap((s, i) => (s.fit === null ? [] : [{ fit: s.fit, won: isWon(deals[i] as Sample) }]));
  const thresholds = proposeThresholds(icp.thresholds, fitsWith(weighted, fit));
  const proposed = IcpSchema.parse({ ...weighted, thresholds });

  const heldWon = heldOut.map(isWon);
  const backtest: Backtest = {
    heldOut: heldOut.length,
    heldOutWon: heldWon.filter(Boolean).length,
    before: judge(heldOut.map(current), heldWon),
    after: judge(heldOut.map(scoreWith(proposed, proposedVersion)), heldWon),
  };
  if (!improves(backtest))
    return { kind: 'no-improvement', counts, total, model: fitted, backtest };
  return {
    kind: 'proposal',
    counts,
    total,
    model: fitted,
    backtest,
    proposal: {
      icp: proposed,
      weights,
      // The explanation counts every closed deal; the thresholds were chosen on the fitted ones.
      thresholds: thresholdChanges(icp.thresholds, thresholds, fitsWith(proposed, samples)),
    },
  };
}
