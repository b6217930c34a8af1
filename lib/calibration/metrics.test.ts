import { describe, expect, it } from 'vitest';
import { chiSquareSurvival, rocAuc } from './metrics';

describe('rocAuc', () => {
  it('is 1 for a perfect ranking, 0 for a reversed one and ½ for no ranking', () => {
    const won = [false, false, true, true];
    expect(rocAuc([1, 2, 3, 4], won)).toBe(1);
    expect(rocAuc([4, 3, 2, 1], won)).toBe(0);
    expect(rocAuc([5, 5, 5, 5], won)).toBe(0.5);
  });

  it('counts a tie between a won and a lost deal as half', () => {
    // Pairs (won, lost): (3,1) (3,2) (2,1) (2,2 tie) → 3.5 of 4.
    expect(rocAuc([1, 2, 2, 3], [false, false, true, true])).toBe(0.875);
  });

  it('is null without both outcomes', () => {
    expect(rocAuc([1, 2], [true, true])).toBeNull();
    expect(rocAuc([], [])).toBeNull();
  });
});

describe('chiSquareSurvival', () => {
  it('matches the tables at the usual critical values', () => {
    expect(chiSquareSurvival(3.841, 1)).toBeCloseTo(0.05, 2);
    expect(chiSquareSurvival(18.307, 10)).toBeCloseTo(0.05, 3);
    expect(chiSquareSurvival(23.209, 10)).toBeCloseTo(0.01, 3);
    expect(chiSquareSurvival(0, 4)).toBe(1);
    expect(chiSquareSurvival(5, 0)).toBe(1);
  });
});
