import type { ListRow } from '../../lib/db/list-row';
import { formatDate, formatNumber, type Translate } from '../../lib/i18n';
import { outcomeKey, reasonKey, statusKey, verdictKey } from '../../lib/i18n/vocab-keys';
import type { Locale } from '../../lib/model/vocab';

/** How the list writes a row's values: the same in the table, the cards and the detail. */

/** A money amount in its currency; the bare number when the currency is unknown. */
export function money(locale: Locale, value: number, currency: string | null): string {
  return currency
    ? formatNumber(locale, value, { style: 'currency', currency, maximumFractionDigits: 0 })
    : formatNumber(locale, value);
}

export function verdictText(t: Translate, r: ListRow): string {
  if (r.verdict === 'none') return '';
  const verdict = t(verdictKey(r.verdict));
  return r.reason ? `${verdict} · ${t(reasonKey(r.reason))}` : verdict;
}

/** A revisit day says when; otherwise the recommended next step. */
export function nextText(t: Translate, locale: Locale, r: ListRow): string {
  if (r.revisitAt)
    return t('list.revisit', { date: formatDate(locale, `${r.revisitAt}T12:00:00Z`) });
  return r.nextStep;
}

/** A won deal shows its value; a lost one its reason; an open one nothing. */
export function outcomeText(t: Translate, locale: Locale, r: ListRow): string {
  if (r.outcome === 'none') return '';
  const label = t(outcomeKey(r.outcome));
  return r.value !== null ? `${label} · ${money(locale, r.value, r.currency)}` : label;
}

export const statusText = (t: Translate, r: ListRow) => t(statusKey(r.status));
