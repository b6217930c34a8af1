import { db } from '../../components/db';
import { viewRows, type RowQuery, type RowView } from '../../lib/db/list-query';
import { queryFromSearch } from '../../lib/insights/query-url';

/** The view the page opens on, read while React and the page's code load. */
export interface FirstView {
  query: RowQuery;
  /** Null when the read failed: the page's live query reads again and reports the error. */
  view: Promise<RowView | null>;
  /** The view once read: React's first render shows it when it came in first. */
  settled?: RowView | null;
}

/**
 * Starts the page's first read: the query in the address (a link from the insights page)
 * or the default one. At 100,000 prospects opening the database and reading the first
 * rows is most of the wait before anything shows, and needs none of React.
 */
export function startFirstView(search: string): FirstView {
  const query = queryFromSearch(search);
  const first: FirstView = { query, view: viewRows(db, query).catch(() => null) };
  void first.view.then((view) => (first.settled = view));
  return first;
}
