import { describe, expect, it } from 'vitest';
import type { ClosedStatus } from '../model/vocab';
import { stratifiedSplit } from './split';

const deals = (won: number, lost: number) =>
  Array.from({ length: won + lost }, (_, i) => ({
    id: `li:person-${i}`,
    outcome: (i < won ? 'won' : i % 2 ? 'lost' : 'no_decision') as ClosedStatus,
  }));

describe('stratifiedSplit', () => {
  it('holds out three in ten of each outcome', () => {
    const { fit, heldOut } = stratifiedSplit(deals(40, 60));
    expect(heldOut.filter((d) => d.outcome === 'won')).toHaveLength(12);
    expect(heldOut.filter((d) => d.outcome !== 'won')).toHaveLength(18);
    expect(fit).toHaveLength(70);
  });

  it('gives the same split whatever order the deals come in', () => {
    const all = deals(15, 25);
    const a = stratifiedSplit(all)
      .heldOut.map((d) => d.id)
      .sort();
    const b = stratifiedSplit([...all].reverse())
      .heldOut.map((d) => d.id)
      .sort();
    expect(b).toEqual(a);
  });

  it('keeps at least one of each outcome out of the fit', () => {
    const { heldOut } = stratifiedSplit(deals(2, 18));
    expect(heldOut.some((d) => d.outcome === 'won')).toBe(true);
    expect(heldOut.some((d) => d.outcome !== 'won')).toBe(true);
  });
});
