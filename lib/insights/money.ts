/**
 * Sums of deal values kept apart by currency: euros and dollars are never added
 * together, an average is always of one currency.
 */
export type Money = Record<string, { count: number; sum: number }>;

export function addMoney(money: Money, currency: string | null, value: number | null): void {
  if (value === null || currency === null) return;
  const cell = (money[currency] ??= { count: 0, sum: 0 });
  cell.count += 1;
  cell.sum += value;
}

export interface Average {
  currency: string;
  average: number;
  /** Deals whose value is known in this currency. */
  count: number;
}

/** One average per currency, the most used currency first. */
export function averages(money: Money): Average[] {
  return Object.entries(money)
    .map(([currency, { count, sum }]) => ({ currency, average: sum / count, count }))
    .sort((a, b) => b.count - a.count || a.currency.localeCompare(b.currency));
}
