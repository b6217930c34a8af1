import { formatNumber, t } from '../i18n';
import type { Score } from '../model/score';
import type { Locale } from '../model/vocab';
import { MIN_CONFIDENCE_TO_DECIDE } from './score';

/**
 * The fit as the rep reads it. A fit is the share met among the known criteria, so "100" on
 * a quarter of the facts would read as a perfect match: below the confidence the verdict
 * needs, the known share is said beside it ("100 · 23% known").
 */
export function fitFigure(score: Pick<Score, 'fit' | 'confidence'>, locale: Locale): string {
  if (score.fit === null) return '—';
  const fit = formatNumber(locale, Math.round(score.fit));
  if (score.confidence >= MIN_CONFIDENCE_TO_DECIDE) return fit;
  const known = formatNumber(locale, Math.round(score.confidence) / 100, { style: 'percent' });
  return t(locale, 'q.score.fitKnown', { fit, known });
}
