import { useLocale } from '../../components/locale';
import { funnelKey } from '../../components/insights/labels';
import type { FunnelBar } from '../../lib/insights/funnel';
import type { LinkFilters } from '../../lib/insights/query-url';
import { Bar, Count, Section, pct } from './charts';

/** Captured → qualified → meeting → proposal → won, each count a link. */
export function FunnelCard({ bars, range }: { bars: FunnelBar[]; range: LinkFilters }) {
  const { t } = useLocale();
  return (
    <Section id="funnel" title={t('insights.funnel.title')} hint={t('insights.funnel.hint')}>
      <ol className="rate-list funnel">
        {bars.map((b) => {
          const label = t(funnelKey(b.index));
          return (
            <li key={b.step} className="rate-line" data-step={b.step}>
              <span className="rate-label">{label}</span>
              <Bar
                label={`${label}: ${b.count} (${pct(b.fromCaptured)} %)`}
                shares={[{ share: b.fromCaptured }]}
              />
              <span className="rate-figures">
                <strong>
                  <Count
                    n={b.count}
                    filters={b.index === 0 ? range : { ...range, funnel: [b.index] }}
                  />
                </strong>
                {b.fromPrevious !== null && (
                  <> · {t('insights.funnel.rate', { rate: pct(b.fromPrevious) })}</>
                )}
              </span>
            </li>
          );
        })}
      </ol>
    </Section>
  );
}
