import { formatNumber, t } from '../i18n';
import type { Score } from '../model/score';
import type { Locale } from '../model/vocab';
import { MIN_CONFIDENCE_TO_DECIDE } from './score';

/**
 * The fit as the rep reads it. A fit is the share met among the known criteria, so "100" on
 * a quarter of the facts would read as a perfect match: below the confidence the verdict
 * needs, it is marked provisional ("100 · provisional"). The known share has its own
 * figure beside it on the score card, so it is not repeated here.
 */
export function fitFigure(score: Pick<Score, 'fit' | 'confidence'>, locale: Locale): string {
  if (score.fit === null) return '—';
  const fit = formatNumber(locale, Math.round(score.fit));
  if (score.confidence >= MIN_CONFIDENCE_TO_DECIDE) return fit;
  return t(locale, 'q.score.fitProvisional', { fit });
}
