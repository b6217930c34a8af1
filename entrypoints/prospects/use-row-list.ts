import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useState } from 'react';
import { db } from '../../components/db';
import { pageRows, viewRows, type RowQuery } from '../../lib/db/list-query';
import type { ListRow } from '../../lib/db/list-row';

/** Rows read per page; the window held is the visible page with one either side. */
const PAGE = 50;

/**
 * The list as the page sees it: the count and ordered ids of the query (live), and the
 * rows of the window around what is on screen (live too) — never every row.
 */
export function useRowList(query: RowQuery) {
  const view = useLiveQuery(() => viewRows(db, query), [query]);
  const [start, setStart] = useState(0);
  const held = useLiveQuery(
    async () => (view ? { start, rows: await pageRows(db, query, view, start, PAGE * 3) } : null),
    [view, start],
  );

  /** Tells the list which indexes are on screen; loads their page and its neighbours. */
  const showing = useCallback((first: number) => {
    setStart(Math.max(0, (Math.floor(first / PAGE) - 1) * PAGE));
  }, []);

  const rowAt = (i: number): ListRow | undefined =>
    held && i >= held.start ? held.rows[i - held.start] : undefined;

  return { view, rowAt, showing };
}
