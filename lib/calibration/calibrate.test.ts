import { describe, expect, it } from 'vitest';
import { defaultIcp } from '../icp/default-icp';
import { IcpSchema } from '../icp/icp-schema';
import { frameworkById } from '../qualify/frameworks';
import { syntheticSamples, type TrueModel } from '../../tests/support/synthetic-outcomes';
import { calibrate, MIN_OUTCOMES } from './calibrate';
import { stratifiedSplit } from './split';

const icp = defaultIcp('en');
const framework = frameworkById('bant', null);
const now = new Date('2026-12-01T09:00:00.000Z');
const run = (samples: ReturnType<typeof syntheticSamples>) =>
  calibrate({ icp, icpVersion: 3, framework, samples, now });

const STRONG: TrueModel = { intercept: 0, criteria: { hiring: 3, size: -2, 'sells-b2b': 2 } };
/** The truth the default ICP already stands for: its weights, as effects. */
const ALIGNED: TrueModel = {
  intercept: -1.5,
  criteria: {
    industry: 0.9,
    size: 0.9,
    territory: 0.6,
    'decision-maker': 0.6,
    'buying-team': 0.3,
    hiring: 0.3,
    'sells-b2b': 0.3,
  },
};

describe('calibrate: honesty', () => {
  it(`fits nothing below ${MIN_OUTCOMES} outcomes and says how many there are (19)`, () => {
    const result = run(syntheticSamples(icp, STRONG, 19, 4));
    expect(result.kind).toBe('too-few');
    expect(result.total).toBe(19);
    expect(result.counts.won + result.counts.lost + result.counts.noDecision).toBe(19);
    expect(result).not.toHaveProperty('model');
  });

  it('fits from exactly 20 outcomes', () => {
    const result = run(syntheticSamples(icp, STRONG, 20, 4));
    expect(result.kind).not.toBe('too-few');
    expect(result).toHaveProperty('model');
    expect(result.total).toBe(20);
  });

  it('proposes nothing when every deal ended the same way', () => {
    const allWon = syntheticSamples(icp, STRONG, 30, 1).map((s) => ({
      ...s,
      outcome: 'won' as const,
    }));
    expect(run(allWon).kind).toBe('one-sided');
  });

  it('proposes nothing when the fitted ICP does no better on held-out deals', () => {
    const result = run(syntheticSamples(icp, ALIGNED, 400, 2));
    expect(result.kind).toBe('no-improvement');
    if (result.kind !== 'no-improvement') return;
    expect(result.model.pValue).toBeLessThan(0.01);
    expect(result).not.toHaveProperty('proposal');
    expect(result.backtest.after.auc).not.toBeNull();
  });
});

describe('calibrate: a proposal', () => {
  const samples = syntheticSamples(icp, STRONG, 300, 7);
  const result = run(samples);
  if (result.kind !== 'proposal') throw new Error(`expected a proposal, got ${result.kind}`);
  const { proposal, backtest } = result;

  it('is a valid ICP with weights in the allowed range and everything else kept', () => {
    expect(IcpSchema.safeParse(proposal.icp).success).toBe(true);
    for (const c of proposal.icp.criteria)
      expect(c.weight).toSatisfy((w: number) => w >= 0 && w <= 10);
    expect(proposal.icp.problems).toEqual(icp.problems);
    expect(proposal.icp.criteria.map((c) => [c.id, c.mustHave, c.params])).toEqual(
      icp.criteria.map((c) => [c.id, c.mustHave, c.params]),
    );
    expect(proposal.weights.map((w) => w.to)).toEqual(proposal.icp.criteria.map((c) => c.weight));
  });

  it('counts what every change says from the deals themselves', () => {
    const hiring = proposal.weights.find((w) => w.id === 'hiring');
    const wonHiring = samples.filter(
      (s) => s.outcome === 'won' && s.facts.company.hiring?.value === true,
    );
    const wonKnown = samples.filter(
      (s) => s.outcome === 'won' && s.facts.company.hiring !== undefined,
    );
    expect(hiring?.tally.wonMet).toBe(wonHiring.length);
    expect(hiring?.tally.wonKnown).toBe(wonKnown.length);
    expect(hiring?.to).toBeGreaterThan(hiring?.from as number);
    const qualified = proposal.thresholds.find((t) => t.key === 'qualifiedFit');
    expect(qualified?.to).toBe(proposal.icp.thresholds.qualifiedFit);
    expect((qualified?.won ?? 0) + (qualified?.other ?? 0)).toBeLessThanOrEqual(samples.length);
  });

  it('backtests on held-out deals only, and beats today', () => {
    const { heldOut } = stratifiedSplit(samples);
    expect(backtest.heldOut).toBe(heldOut.length);
    expect(backtest.heldOutWon).toBe(heldOut.filter((s) => s.outcome === 'won').length);
    expect(backtest.after.auc as number).toBeGreaterThan(backtest.before.auc as number);
  });

  it('is the same whatever order the deals are read in', () => {
    const again = run([...samples].reverse());
    if (again.kind !== 'proposal') throw new Error(again.kind);
    expect(again.proposal.icp).toEqual(proposal.icp);
    expect(again.backtest).toEqual(backtest);
  });
});
