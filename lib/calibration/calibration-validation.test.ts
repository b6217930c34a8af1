import { describe, expect, it } from 'vitest';
import { defaultIcp } from '../icp/default-icp';
import { frameworkById } from '../qualify/frameworks';
import { syntheticSamples, type TrueModel } from '../../tests/support/synthetic-outcomes';
import { calibrate } from './calibrate';

const icp = defaultIcp('en');
const framework = frameworkById('bant', null);
const now = new Date('2026-12-01T09:00:00.000Z');

/*
 * The hidden truth disagrees with the default ICP on purpose: company size (weight 3 today)
 * goes with losing, hiring and selling to businesses (weight 1 each) with winning, the
 * industry (weight 3) means nothing. Effects of at least MATTERS must come back with
 * their sign; the decision-maker's small one need not.
 */
const TRUTH: TrueModel = {
  intercept: -0.6,
  criteria: {
    industry: 0,
    size: -1.2,
    territory: 0,
    'decision-maker': 0.2,
    'buying-team': 1,
    hiring: 1.6,
    'sells-b2b': 1.4,
  },
  answers: { 'budget=allocated': 0.8, 'budget=none': -0.8 },
};
const MATTERS = 0.5;

describe('calibration validation: 1,000 synthetic prospects from a hidden model', () => {
  const samples = syntheticSamples(icp, TRUTH, 1000, 15);
  const result = calibrate({ icp, icpVersion: 0, framework, samples, now });

  it('raises the held-out AUC of the default ICP by at least 0.10', () => {
    expect(result.kind).toBe('proposal');
    if (result.kind !== 'proposal') return;
    const { before, after } = result.backtest;
    expect(after.auc).not.toBeNull();
    expect((after.auc as number) - (before.auc as number)).toBeGreaterThanOrEqual(0.1);
  });

  it('recovers the sign of every true criterion weight whose magnitude matters', () => {
    if (result.kind !== 'proposal') throw new Error(`no proposal: ${result.kind}`);
    const fitted = new Map(
      result.model.features.flatMap((f, j) =>
        f.kind === 'criterion' ? [[f.id, result.model.coef[j] as number] as const] : [],
      ),
    );
    const mattering = Object.entries(TRUTH.criteria).filter(([, w]) => Math.abs(w) >= MATTERS);
    expect(mattering).toHaveLength(4);
    for (const [id, weight] of mattering)
      expect(Math.sign(fitted.get(id) ?? 0), id).toBe(Math.sign(weight));
    // And the proposal follows them: what goes with losing weighs nothing, what wins weighs more.
    const to = new Map(result.proposal.weights.map((w) => [w.id, w]));
    expect(to.get('size')?.to).toBe(0);
    expect(to.get('hiring')?.to).toBeGreaterThan(to.get('hiring')?.from as number);
  });

  it('proposes nothing from outcomes that are pure noise', () => {
    const noise = syntheticSamples(icp, { intercept: -0.6, criteria: {} }, 1000, 16);
    const fromNoise = calibrate({ icp, icpVersion: 0, framework, samples: noise, now });
    expect(fromNoise.kind).not.toBe('proposal');
    expect(['no-signal', 'no-improvement']).toContain(fromNoise.kind);
  });
});
