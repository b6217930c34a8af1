import { useLocale } from '../../components/locale';
import { statusKey } from '../../lib/i18n/vocab-keys';
import type { DecidedRow } from '../../lib/insights/decided-row';
import { discountsByGrade } from '../../lib/insights/discounts';
import { prospectsLink, type LinkFilters } from '../../lib/insights/query-url';
import { decisionTimes, type StuckLine } from '../../lib/insights/timing';
import { Bar, Count, Section, pct } from './charts';
import { gradeFilter } from './GradeCards';
import { averageText } from './money-text';
import { Rich } from './RateList';

/** How long decisions take: the median and four buckets; a bucket links its prospects. */
export function TimeCard({ decided, range }: { decided: DecidedRow[]; range: LinkFilters }) {
  const { t } = useLocale();
  const times = decisionTimes(decided);
  return (
    <Section
      id="time"
      title={t('insights.time.title')}
      empty={times.decided === 0 ? t('insights.noDecided') : null}
    >
      <p>{t('insights.time.median', { days: Math.round(times.medianDays ?? 0) })}</p>
      <ul className="rate-list">
        {times.buckets.map((b) => {
          const label = t(`insights.time.${b.key}`);
          const share = b.count / times.decided;
          return (
            <li key={b.key} className="rate-line" data-bucket={b.key}>
              <span className="rate-label">{label}</span>
              <Bar
                label={`${label}: ${t('insights.time.count', { count: b.count })}`}
                shares={[{ share }]}
              />
              <span className="rate-figures">
                <Rich
                  // The number is a link, a mark for `t`: the singular is chosen here.
                  k={b.count === 1 ? 'insights.time.count.one' : 'insights.time.count'}
                  parts={{
                    count: <Count n={b.count} filters={{ ...range, decidedIn: [b.key] }} />,
                  }}
                />{' '}
                ({pct(share)} %)
              </span>
            </li>
          );
        })}
      </ul>
    </Section>
  );
}

/** The deals in progress waiting longest since capture. */
export function StuckCard({ stuck }: { stuck: StuckLine[] }) {
  const { t } = useLocale();
  return (
    <Section
      id="stuck"
      title={t('insights.stuck.title')}
      empty={stuck.length === 0 ? t('insights.stuck.none') : null}
    >
      <ol className="stuck">
        {stuck.map((s) => (
          <li key={s.id}>
            <a href={prospectsLink({ ids: [s.id] })}>{s.name}</a>
            <span className="hint">
              {s.company && s.company !== s.name ? `${s.company} · ` : ''}
              {t(statusKey(s.status))} · {s.grade || t('insights.grade.unscored')} ·{' '}
              {t('insights.stuck.days', { count: s.days })}
            </span>
          </li>
        ))}
      </ol>
      {stuck.length > 1 && (
        <a href={prospectsLink({ ids: stuck.map((s) => s.id) })}>
          {t('insights.stuck.all', { count: stuck.length })}
        </a>
      )}
    </Section>
  );
}

/** Wins that needed a discount: share and average size, per grade and in all. */
export function DiscountCard({ decided, range }: { decided: DecidedRow[]; range: LinkFilters }) {
  const { t, locale } = useLocale();
  const lines = discountsByGrade(decided);
  return (
    <Section
      id="discounts"
      title={t('insights.discount.title')}
      empty={lines.length === 0 ? t('insights.discount.none') : null}
    >
      <ul className="rate-list">
        {lines.map((l) => {
          const label =
            l.grade === '*' ? t('insights.discount.all') : l.grade || t('insights.grade.unscored');
          const filters = {
            ...range,
            ...(l.grade === '*' ? {} : gradeFilter(l.grade)),
            status: ['won' as const],
          };
          const avg = averageText(l.value, locale);
          return (
            <li key={l.grade || 'none'} className="rate-line">
              <span className="rate-label">{label}</span>
              <Bar
                label={`${label}: ${pct(l.share)} %`}
                shares={[{ share: l.share, tone: 'discount' }]}
              />
              <span className="rate-figures">
                <strong>{pct(l.share)} %</strong>{' '}
                <Rich
                  k="insights.discount.line"
                  parts={{
                    discounted: (
                      <Count n={l.discounted} filters={{ ...filters, discounted: true }} />
                    ),
                    won: <Count n={l.wins} filters={filters} />,
                  }}
                />
                {avg && <> · {t('insights.avg', { value: avg })}</>}
                {l.averagePercent !== null && (
                  <>
                    {' '}
                    · {t('insights.discount.percent', { percent: Math.round(l.averagePercent) })}
                  </>
                )}
              </span>
            </li>
          );
        })}
      </ul>
    </Section>
  );
}
