import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useEffect, useState } from 'react';
import { db } from '../../components/db';
import {
  countRows,
  pageRows,
  viewIds,
  viewRows,
  type RowQuery,
  type RowView,
} from '../../lib/db/list-query';
import type { ListRow } from '../../lib/db/list-row';
import type { FirstView } from './first-view';

/** Rows read per page; the window held is the visible page with one either side. */
const PAGE = 50;

/**
 * The list as the page sees it (all live): the view with its first rows, the count once
 * known (null while it is counted), and the rows of the window around what is on screen
 * — never every row. A wide filter (a walked view) shows its first rows only until the
 * rep scrolls near their end: then its ids are read in order once and paged, instead of
 * walking the sort index past every earlier row for each page.
 */
export function useRowList(query: RowQuery, first?: FirstView) {
  const live = useLiveQuery(() => viewRows(db, query), [query]);
  // The view read before React loaded stands in until the live query answers.
  const [early, setEarly] = useState<RowView | null>(first?.settled ?? null);
  useEffect(() => {
    let current = true;
    void first?.view.then((v) => current && setEarly(v));
    return () => {
      current = false;
    };
  }, [first]);
  const view = live ?? (first && query === first.query ? (early ?? undefined) : undefined);
  const [top, setTop] = useState(0);
  const start = Math.max(0, (Math.floor(top / PAGE) - 1) * PAGE);
  const deep = view ? top + PAGE / 2 >= view.first.length : false;
  const count = useLiveQuery(
    async () => (view ? { view, n: await countRows(db, query, view) } : null),
    [view],
  );
  const ids = useLiveQuery(
    async () => (view?.walk && deep ? { view, ids: await viewIds(db, query, view) } : null),
    [view, deep],
  );
  const held = useLiveQuery(async () => {
    if (!view || (view.walk && !deep)) return null;
    const paged = view.walk ? (ids?.view === view ? { ...view, ids: ids.ids } : null) : view;
    return paged ? { view, start, rows: await pageRows(db, query, paged, start, PAGE * 3) } : null;
  }, [view, start, deep, ids]);

  /** Tells the list which index is first on screen; loads its page and its neighbours. */
  const showing = useCallback((first: number) => setTop(first), []);

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
