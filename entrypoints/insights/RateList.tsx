import { Fragment, type ReactNode } from 'react';
import { useLocale } from '../../components/locale';
import type { MessageKey, Params } from '../../lib/i18n';
import type { BreakdownLine } from '../../lib/insights/breakdown';
import type { LinkFilters } from '../../lib/insights/query-url';
import { Bar, Count, pct } from './charts';
import { averageText } from './money-text';

/** A message whose placeholders are elements (links), and the rest filled as `t` fills them. */
export function Rich({
  k,
  parts,
  params = {},
}: {
  k: MessageKey;
  parts: Record<string, ReactNode>;
  params?: Params;
}) {
  const { t } = useLocale();
  const marks = Object.fromEntries(Object.keys(parts).map((p) => [p, `{${p}}`]));
  return (
    <>
      {t(k, { ...params, ...marks })
        .split(/(\{\w+\})/)
        .map((piece, i) => (
          <Fragment key={i}>{parts[piece.slice(1, -1)] ?? piece}</Fragment>
        ))}
    </>
  );
}

export interface RateItem {
  line: BreakdownLine;
  label: string;
  /** The filters of this line's decided prospects (status won, lost, no decision added). */
  filters: LinkFilters;
}

export const DECIDED: LinkFilters['status'] = ['won', 'lost', 'no_decision'];

/** Close rate and average won value, one bar per line, every figure a link. */
export function RateList({ items }: { items: RateItem[] }) {
  const { t, locale } = useLocale();
  return (
    <ul className="rate-list">
      {items.map(({ line, label, filters }) => {
        const avg = averageText(line.wonValue, locale);
        return (
          <li key={line.key} className="rate-line">
            <span className="rate-label">{label}</span>
            <Bar
              label={t('insights.rate.bar', { label, rate: pct(line.closeRate) })}
              shares={[{ share: line.closeRate }]}
            />
            <span className="rate-figures">
              {line.decided === 0 ? (
                t('insights.rate.none')
              ) : (
                <>
                  <strong>{pct(line.closeRate)} %</strong>{' '}
                  <Rich
                    k="insights.rate.line"
                    parts={{
                      won: <Count n={line.won} filters={{ ...filters, status: ['won'] }} />,
                      decided: <Count n={line.decided} filters={{ ...filters, status: DECIDED }} />,
                    }}
                  />
                  {' · '}
                  {avg ? t('insights.avg', { value: avg }) : t('insights.avg.none')}
                </>
              )}
            </span>
          </li>
        );
      })}
    </ul>
  );
}
