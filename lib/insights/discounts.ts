import { rate } from './counts';
import type { DecidedRow } from './decided-row';
import { addMoney, type Money } from './money';

export interface DiscountLine {
  grade: string;
  wins: number;
  discounted: number;
  /** Discounted wins of all wins. */
  share: number | null;
  /** The discounted wins' values, by currency. */
  value: Money;
  /** Average discount of those whose percent was recorded, or null. */
  averagePercent: number | null;
}

/** Wins that needed a discount, per grade (unscored last), and over all grades ('*'). */
export function discountsByGrade(rows: Iterable<DecidedRow>): DiscountLine[] {
  const lines = new Map<string, DiscountLine & { percents: number[] }>();
  const lineOf = (grade: string) => {
    let l = lines.get(grade);
    if (!l) {
      l = {
        grade,
        wins: 0,
        discounted: 0,
        share: null,
        value: {},
        averagePercent: null,
        percents: [],
      };
      lines.set(grade, l);
    }
    return l;
  };
  for (const r of rows) {
    if (r.status !== 'won') continue;
    for (const l of [lineOf(r.grade), lineOf('*')]) {
      l.wins += 1;
      if (!r.discounted) continue;
      l.discounted += 1;
      addMoney(l.value, r.currency, r.value);
      if (r.discountPercent !== null) l.percents.push(r.discountPercent);
    }
  }
  const order = (g: string) => (g === '*' ? 'ZZ' : g === '' ? 'Z' : g);
  return [...lines.values()]
    .sort((a, b) => order(a.grade).localeCompare(order(b.grade)))
    .map(({ percents, ...l }) => ({
      ...l,
      share: rate(l.discounted, l.wins),
      averagePercent:
        percents.length > 0 ? percents.reduce((n, p) => n + p, 0) / percents.length : null,
    }));
}
