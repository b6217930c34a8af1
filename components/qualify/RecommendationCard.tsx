import { useState } from 'react';
import { formatDate } from '../../lib/i18n';
import type { Recommendation } from '../../lib/recommend/recommendation-schema';
import { inertText } from '../../lib/text/inert-text';
import { safeHttpUrl } from '../../lib/text/safe-http-url';
import { useLocale } from '../locale';
import { ProblemChoice } from './ProblemChoice';
import { evidenceField, evidenceText } from './ScoreCard';

/** The proposal angle (or close-out), ready to copy; the booking link only when qualified. */
export function RecommendationCard({
  recommendation,
  onChooseProblem,
}: {
  recommendation: Recommendation;
  onChooseProblem?(problemId: string): void;
}) {
  const { t, locale } = useLocale();
  const [copied, setCopied] = useState<string | null>(null);
  const copy = async (text: string) => {
    try {
      await navigator.clipboard.writeText(text);
      setCopied(t('q.rec.copied'));
    } catch {
      setCopied(t('q.rec.copyFailed'));
    }
  };
  const evidence = recommendation.evidence.filter((e) => e.kind !== 'missing');
  // Texts quote facts read from pages: no bidi override may reorder what the rep copies.
  const copyText = (text: string) => void copy(inertText(text));

  if (recommendation.kind === 'close-out')
    return (
      <section
        className="card recommendation closeout"
        aria-labelledby="rec-title"
        data-testid="recommendation"
      >
        <h2 id="rec-title">{t('q.rec.closeout')}</h2>
        <p className="reason">{recommendation.reasonLabel}</p>
        <blockquote className="opener">{inertText(recommendation.note)}</blockquote>
        <p className="hint">
          {t('q.rec.revisit', {
            date: formatDate(locale, `${recommendation.revisitAt}T12:00:00Z`),
          })}
        </p>
        <div className="actions">
          <button type="button" onClick={() => copyText(recommendation.note)}>
            {t('q.rec.copyNote')}
          </button>
          {copied && <span role="status">{copied}</span>}
        </div>
      </section>
    );

  const bookingUrl = safeHttpUrl(recommendation.bookingUrl);
  return (
    <section
      className="card recommendation"
      aria-labelledby="rec-title"
      data-testid="recommendation"
    >
      <h2 id="rec-title">{t('q.rec.angle')}</h2>
      <p className="headline">{inertText(recommendation.headline)}</p>
      {onChooseProblem && <ProblemChoice angle={recommendation} onChoose={onChooseProblem} />}
      <blockquote className="opener">{inertText(recommendation.opener)}</blockquote>
      <p>
        <strong>{t('q.rec.nextStep')}:</strong> {recommendation.nextStep}
      </p>
      {evidence.length > 0 && (
        <details>
          <summary>{t('q.rec.evidence')}</summary>
          <ul className="evidence">
            {evidence.map((e, i) => (
              <li key={i}>
                <bdi>
                  {inertText(
                    e.kind === 'answer'
                      ? e.value
                      : `${evidenceField(e.field, t)}: ${evidenceText(e.field, e.value, t)}`,
                  )}
                </bdi>
              </li>
            ))}
          </ul>
        </details>
      )}
      <div className="actions">
        <button type="button" onClick={() => copyText(recommendation.opener)}>
          {t('q.rec.copyOpener')}
        </button>
        {bookingUrl && (
          <a className="button primary" href={bookingUrl} target="_blank" rel="noopener noreferrer">
            {t('q.rec.book')}
          </a>
        )}
        {copied && <span role="status">{copied}</span>}
      </div>
    </section>
  );
}
