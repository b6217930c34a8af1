import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import { db } from '../../components/db';

/** How long the list must rest (no new view) before every stored prospect is counted. */
const AT_REST_MS = 3000;

/**
 * Stored prospects with no list row: records that no longer parse (the page warns). It
 * takes counting every prospect — IndexedDB's count() walks each key, most of a second at
 * 100,000, and holds the database meanwhile — so it waits until the list has rested
 * (no new sort, filter or search) for a few seconds, and is not asked for again.
 */
export function useSkipped(
  view: object | undefined,
  total: number | undefined,
): number | undefined {
  const [due, setDue] = useState(false);
  useEffect(() => {
    if (!view || due) return;
    const timer = setTimeout(() => setDue(true), AT_REST_MS);
    return () => clearTimeout(timer);
  }, [view, due]);
  return useLiveQuery(
    async () => (due && total !== undefined ? (await db.prospects.count()) - total : undefined),
    [due, total],
  );
}
