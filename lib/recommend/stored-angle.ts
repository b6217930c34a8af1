import type { Locale } from '../model/vocab';
import type { Prospect } from '../model/records';
import type { Icp } from '../icp/icp-schema';
import { recommendationText } from './recommend';
import { renderRecommendation } from './render-recommendation';

/**
 * A stored prospect's angle as text in `locale` (an export's, the list's): rendered from
 * its structure, or — for records saved before the structure existed — as it was stored.
 */
export function storedAngleText(
  prospect: Pick<Prospect, 'advice' | 'angle'>,
  locale: Locale,
  icp: Icp,
): string | null {
  if (!prospect.advice) return prospect.angle;
  return recommendationText(renderRecommendation(prospect.advice, locale, icp));
}
