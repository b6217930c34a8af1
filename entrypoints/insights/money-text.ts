import type { Locale } from '../../lib/model/vocab';
import { averages, type Money } from '../../lib/insights/money';

/** "12.400 €" per currency, most used first, joined: never one sum of two currencies. */
export function averageText(money: Money, locale: Locale): string | null {
  const list = averages(money);
  if (list.length === 0) return null;
  return list
    .map((a) =>
      new Intl.NumberFormat(locale, {
        style: 'currency',
        currency: a.currency,
        maximumFractionDigits: 0,
      }).format(a.average),
    )
    .join(' · ');
}
