import { useEffect, useMemo, useState } from 'react';
import { LanguageSwitch, useLocale } from '../../components/locale';
import { gradeLines } from '../../lib/insights/by-grade';
import { funnelOf } from '../../lib/insights/funnel';
import type { LinkFilters } from '../../lib/insights/query-url';
import { ALL_TIME, rangeBounds, type DateRange } from '../../lib/insights/range';
import { contactsSign, discountsSign, followUpsSign, signInputOf } from '../../lib/insights/signs';
import { BreakdownCards } from './BreakdownCards';
import { FunnelCard } from './FunnelCard';
import { EffortCard, GradeCard } from './GradeCards';
import { RangePicker } from './RangePicker';
import { SignsCard } from './SignsCard';
import { DiscountCard, StuckCard, TimeCard } from './TimeCards';
import { useInsights } from './use-insights';

/**
 * Whether a smaller, better-qualified pipeline wins more for this team: the funnel, close
 * rates, effort against result, time to decide, discounts and the three warning signs,
 * for the prospects captured in a period. Every number opens the prospects it counts.
 */
export function InsightsPage() {
  const { t } = useLocale();
  const [now] = useState(() => new Date());
  const [range, setRange] = useState<DateRange>(ALL_TIME);
  const { counts, progress, decided, startedAt } = useInsights(range, now);
  const linkRange = useMemo((): LinkFilters => {
    const { from, to } = rangeBounds(range);
    return { from, to, dateOn: 'created' };
  }, [range]);

  // The benchmark's mark: the first charts are on screen.
  useEffect(() => {
    if (counts)
      performance.mark('insights:first-charts', { detail: performance.now() - startedAt });
  }, [counts, startedAt]);

  const lines = counts ? gradeLines(counts) : [];
  const bars = counts ? funnelOf(counts) : [];
  const captured = bars[0]?.count ?? 0;
  const signInput = counts && progress && signInputOf(counts, progress.stale, decided);

  return (
    <div className="page insights-page">
      <header className="page-header">
        <h1>{t('insights.title')}</h1>
        <div className="page-header-end">
          <a href="prospects.html">{t('prospects.title')}</a>
          <a href="options.html#calibration">{t('insights.calibrate')}</a>
          <LanguageSwitch />
        </div>
      </header>
      <RangePicker now={now} onChange={setRange} />
      {!counts || !signInput || !progress ? (
        <p className="hint" role="status">
          {t('insights.loading')}
        </p>
      ) : captured === 0 ? (
        <p className="empty card" data-testid="insights-empty">
          {t('insights.empty')}
        </p>
      ) : (
        <div className="insight-grid" data-testid="insights">
          <SignsCard
            range={linkRange}
            staleTo={progress.staleTo}
            signs={[
              contactsSign(signInput),
              followUpsSign(signInput),
              discountsSign(signInput) ?? { id: 'discounts', state: 'loading' },
            ]}
          />
          <FunnelCard bars={bars} range={linkRange} />
          <GradeCard lines={lines} decided={decided} range={linkRange} />
          <EffortCard lines={lines} range={linkRange} />
          <StuckCard stuck={progress.stuck} />
          {decided ? (
            <>
              <TimeCard decided={decided} range={linkRange} />
              <DiscountCard decided={decided} range={linkRange} />
              <BreakdownCards decided={decided} range={linkRange} />
            </>
          ) : (
            <p className="hint card" role="status">
              {t('insights.loadingDecided')}
            </p>
          )}
        </div>
      )}
    </div>
  );
}
