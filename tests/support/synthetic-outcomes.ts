/**
 * Synthetic closed deals drawn from a hidden logistic model with known weights, for the
 * calibration tests (test support only). Every criterion of the ICP is met, failed or
 * unknown at random; the BANT answers are drawn at random; the outcome is drawn from the
 * true model. A seeded generator makes every run the same.
 */
import type { Icp } from '../../lib/icp/icp-schema';
import type { Answer } from '../../lib/model/records';
import type { Sample } from '../../lib/calibration/sample';
import { emptyFacts } from '../../lib/scoring/facts';
import { prng } from '../../scripts/lib/prng';
import { applyPatch, failPatch, meetPatch } from './criterion-patches';

export interface TrueModel {
  intercept: number;
  /** Effect of meeting (+1) against failing (−1) each criterion, by criterion id. */
  criteria: Readonly<Record<string, number>>;
  /** Effect of an answer option, by "question=option". */
  answers?: Readonly<Record<string, number>>;
  /** Chance each criterion is met, failed (the rest unknown); defaults 0.45 / 0.35. */
  met?: number;
  unmet?: number;
}

const BANT_ANSWERS: Record<string, readonly (string | number)[]> = {
  need: ['yes', 'yes', 'yes', 'yes', 'no'],
  budget: ['allocated', 'path', 'path', 'none'],
  authority: ['contact-decides', 'access', 'unclear'],
  timeline: ['this-quarter', 'six-months', 'this-year'],
  'need-cost': [2, 3, 4, 5],
};

const pick = <T>(rand: () => number, list: readonly T[]): T =>
  list[Math.floor(rand() * list.length)] as T;

/** `count` deals against `icp` (BANT interview), outcomes drawn from `truth`. */
export function syntheticSamples(
  icp: Icp,
  truth: TrueModel,
  count: number,
  seed: number,
): Sample[] {
  const rand = prng(seed);
  const met = truth.met ?? 0.45;
  const unmet = truth.unmet ?? 0.35;
  const answeredAt = '2026-11-01T10:00:00.000Z';
  return Array.from({ length: count }, (_, n) => {
    let facts = emptyFacts();
    let logit = truth.intercept;
    for (const c of icp.criteria) {
      const r = rand();
      const patch = r < met ? meetPatch(c) : r < met + unmet ? failPatch(c) : null;
      if (!patch) continue;
      // A keyword no text mentions stays unknown (the engine never reads it as failed).
      const x = r < met ? 1 : c.kind === 'keyword' ? 0 : -1;
      facts = applyPatch(facts, patch);
      logit += (truth.criteria[c.id] ?? 0) * x;
    }
    const answers: Record<string, Answer> = {};
    for (const [question, options] of Object.entries(BANT_ANSWERS)) {
      const value = pick(rand, options);
      answers[question] = { value, answeredAt };
      logit += truth.answers?.[`${question}=${value}`] ?? 0;
    }
    const won = rand() < 1 / (1 + Math.exp(-logit));
    return {
      id: `synthetic-${seed}-${n}`,
      facts,
      answers,
      outcome: won ? 'won' : rand() < 0.7 ? 'lost' : 'no_decision',
    };
  });
}
