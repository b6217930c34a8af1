import type { ListRow } from '../db/list-row';

/** The fields of a decided prospect's row the breakdowns read. */
export type DecidedRow = Pick<
  ListRow,
  | 'id'
  | 'grade'
  | 'verdict'
  | 'status'
  | 'value'
  | 'currency'
  | 'source'
  | 'createdAt'
  | 'decidedAt'
  | 'met'
  | 'answers'
  | 'discounted'
  | 'discountPercent'
>;

export const isDecided = (r: Pick<ListRow, 'status'>): boolean =>
  r.status === 'won' || r.status === 'lost' || r.status === 'no_decision';
