import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useState } from 'react';
import { db } from '../../components/db';
import { countRows, pageRows, viewIds, viewRows, type RowQuery } from '../../lib/db/list-query';
import type { ListRow } from '../../lib/db/list-row';

/** Rows read per page; the window held is the visible page with one either side. */
const PAGE = 50;

/**
 * The list as the page sees it (all live): the view with its first rows, the count once
 * known (null while it is counted), and the rows of the window around what is on screen
 * — never every row. A wide filter's ids are read in order only once the rep scrolls
 * past the first rows.
 */
export function useRowList(query: RowQuery) {
  const view = useLiveQuery(() => viewRows(db, query), [query]);
  const [start, setStart] = useState(0);
  const deep = start > 0;
  const count = useLiveQuery(
    async () => (view ? { view, n: await countRows(db, query, view) } : null),
    [view],
  );
  const ids = useLiveQuery(
    async () => (view?.walk && deep ? { view, ids: await viewIds(db, query, view) } : null),
    [view, deep],
  );
  const held = useLiveQuery(async () => {
    if (!view) return null;
    // Scrolled into a wide filter: page its ids once read, not a walk past every earlier row.
    const paged =
      view.walk && deep ? (ids?.view === view ? { ...view, ids: ids.ids } : null) : view;
    return paged ? { view, start, rows: await pageRows(db, query, paged, start, PAGE * 3) } : null;
  }, [view, start, ids]);

  /** Tells the list which indexes are on screen; loads their page and its neighbours. */
  const showing = useCallback((first: number) => {
    setStart(Math.max(0, (Math.floor(first / PAGE) - 1) * PAGE));
  }, []);

  const rowAt = (i: number): ListRow | undefined => {
    if (!view) return undefined;
    if (held?.view === view && i >= held.start && i < held.start + held.rows.length) {
      return held.rows[i - held.start];
    }
    return view.first[i];
  };

  /** How many rows match: null while counted (the first rows are shown meanwhile). */
  const shown = view ? (view.count ?? (count?.view === view ? count.n : null)) : null;
  return { view, shown, rowAt, showing };
}
