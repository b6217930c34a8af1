import { describe, expect, it } from 'vitest';
import { fitLogistic } from './logistic';

/** 30 won / 10 lost with the trait, 10 won / 30 lost without: the MLE slope is ln 3. */
function twoGroups() {
  const rows: number[][] = [];
  const y: boolean[] = [];
  const add = (x: number, won: number, lost: number) => {
    for (let i = 0; i < won + lost; i++) {
      rows.push([x]);
      y.push(i < won);
    }
  };
  add(1, 30, 10);
  add(-1, 10, 30);
  return { rows, y };
}

describe('fitLogistic', () => {
  it('finds the maximum-likelihood slope when the penalty is negligible', () => {
    const { rows, y } = twoGroups();
    const fit = fitLogistic(rows, y, 1e-9);
    expect(fit.converged).toBe(true);
    // With x = ±1 the log-odds gap ln 3 − ln ⅓ is twice the slope.
    expect(fit.coef[0]).toBeCloseTo(Math.log(3), 5);
    expect(fit.intercept).toBeCloseTo(0, 6);
    expect(fit.effectiveDf).toBeCloseTo(2, 5);
    expect(fit.deviance).toBeLessThan(fit.nullDeviance);
  });

  it('shrinks towards zero as the penalty grows, keeping the sign', () => {
    const { rows, y } = twoGroups();
    const slopes = [0.1, 1, 10, 100].map(
      (lambda) => fitLogistic(rows, y, lambda).coef[0] as number,
    );
    for (let i = 1; i < slopes.length; i++) expect(slopes[i]).toBeLessThan(slopes[i - 1] as number);
    expect(slopes.every((s) => s > 0)).toBe(true);
    expect(fitLogistic(rows, y, 100).effectiveDf).toBeLessThan(1.5);
  });

  it('stays finite on separable data and leaves the intercept unpenalised', () => {
    const rows = [[1], [1], [1], [-1], [-1], [-1], [-1], [-1], [-1], [-1]];
    const y = [true, true, true, false, false, false, false, false, false, false];
    const fit = fitLogistic(rows, y, 1);
    expect(Number.isFinite(fit.coef[0])).toBe(true);
    expect(fit.coef[0]).toBeGreaterThan(0.5);
    // An all-zero column carries no information: its coefficient stays at zero.
    const withEmpty = fitLogistic(
      rows.map((r) => [...r, 0]),
      y,
      1,
    );
    expect(withEmpty.coef[1]).toBe(0);
    expect(withEmpty.coef[0]).toBeCloseTo(fit.coef[0] as number, 9);
  });

  it('is deterministic', () => {
    const { rows, y } = twoGroups();
    expect(fitLogistic(rows, y, 1)).toEqual(fitLogistic(rows, y, 1));
  });
});
