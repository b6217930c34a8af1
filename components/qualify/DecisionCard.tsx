import type { Who } from '../../lib/display/who';
import { formatDate } from '../../lib/i18n';
import { reasonKey, verdictKey } from '../../lib/i18n/vocab-keys';
import type { Score } from '../../lib/model/score';
import type { Recommendation } from '../../lib/recommend/recommendation-schema';
import { inertText } from '../../lib/text/inert-text';
import { useLocale } from '../locale';

/**
 * The first screen of the panel: who this is, the grade and verdict, why, and what to do
 * next. Everything else (interview, score lines, facts) sits below and explains it.
 */
export function DecisionCard({
  who,
  score,
  recommendation,
}: {
  who: Who;
  score: Score;
  recommendation: Recommendation;
}) {
  const { t, locale } = useLocale();
  return (
    <section
      className={`card decision verdict-card--${score.verdict}`}
      aria-labelledby="decision-who"
      data-testid="decision"
    >
      <h2 id="decision-who" className="who">
        <bdi>{who.name ? inertText(who.name) : t('decision.unnamed')}</bdi>
      </h2>
      {who.details.length > 0 && (
        <p className="who-details">
          {who.details.map((d, i) => (
            <bdi key={i}>{inertText(d)}</bdi>
          ))}
        </p>
      )}
      <div className="score-head">
        <span className="grade-badge" data-testid="grade">
          {score.grade ?? '—'}
        </span>
        <strong className={`verdict verdict--${score.verdict}`} data-testid="verdict">
          {t(verdictKey(score.verdict))}
        </strong>
      </div>
      {score.reason && (
        <p className="reason" data-testid="reason">
          {t('q.verdict.because', { reason: t(reasonKey(score.reason)) })}
        </p>
      )}
      <p className="next-step" data-testid="next-step">
        <strong>{t('decision.nextStep')}:</strong>{' '}
        {recommendation.kind === 'angle'
          ? inertText(recommendation.nextStep)
          : t('q.rec.revisit', {
              date: formatDate(locale, `${recommendation.revisitAt}T12:00:00Z`),
            })}
      </p>
      <details className="grade-legend">
        <summary>{t('decision.legend.summary')}</summary>
        <ul>
          <li>{t('decision.legend.letter')}</li>
          <li>{t('decision.legend.digit')}</li>
        </ul>
        {!score.grade && <p>{t('decision.legend.none')}</p>}
      </details>
    </section>
  );
}
