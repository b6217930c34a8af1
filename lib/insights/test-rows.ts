import type { ListRow } from '../db/list-row';
import type { DecidedRow } from './decided-row';

/** A decided row for the tests: a won A1 deal unless told otherwise. */
export function decided(over: Partial<DecidedRow> = {}): DecidedRow & Pick<ListRow, 'funnel'> {
  return {
    id: `p${Math.random().toString(36).slice(2, 8)}`,
    grade: 'A1',
    verdict: 'qualified',
    status: 'won',
    value: 1000,
    currency: 'EUR',
    source: 'linkedin-profile',
    createdAt: '2026-01-01T10:00:00.000Z',
    decidedAt: '2026-01-31',
    met: [],
    answers: [],
    discounted: false,
    discountPercent: null,
    funnel: over.status === 'won' || over.status === undefined ? 4 : 0,
    ...over,
  };
}
