import { IN_PROGRESS_STATUSES, WORKED_STATUSES } from './counts';
import type { LinkFilters } from './query-url';
import type { SignId } from './signs';

/**
 * The prospects each figure of a warning sign counts, as the prospects page's filters,
 * by the name of the figure in the sign's message (signs.ts): the page's capture range
 * narrowed to the statuses counted, and for the deals waiting too long, to the capture
 * instant they were counted up to (`staleTo`, InProgress in lib/db/insight-counts.ts).
 * A figure not named here (a rate, a threshold) counts no prospects.
 */
export function signLinks(
  id: SignId,
  range: LinkFilters,
  staleTo: string,
): Partial<Record<string, LinkFilters>> {
  const worked = { ...range, status: [...WORKED_STATUSES] };
  const won = { ...range, status: ['won' as const] };
  const open = { ...range, status: [...IN_PROGRESS_STATUSES] };
  switch (id) {
    case 'contacts':
      return { count: worked, worked, won };
    case 'followUps':
      return { count: open, open, stale: { ...open, dateOn: 'created', to: staleTo } };
    case 'discounts':
      return { count: won, won, discounted: { ...won, discounted: true } };
  }
}
