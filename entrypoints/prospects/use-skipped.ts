import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import { db } from '../../components/db';

/** How long after the first rows the page waits before counting every stored prospect. */
const AFTER_FIRST_ROWS_MS = 3000;

/**
 * Stored prospects with no list row: records that no longer parse (the page warns). It
 * takes counting every prospect — IndexedDB's count() walks each key, most of a second at
 * 100,000, and holds the database meanwhile — so it waits until the rep has the list and
 * has had time for a first sort or filter.
 */
export function useSkipped(total: number | undefined): number | undefined {
  const shown = total !== undefined;
  const [due, setDue] = useState(false);
  useEffect(() => {
    if (!shown) return;
    const timer = setTimeout(() => setDue(true), AFTER_FIRST_ROWS_MS);
    return () => clearTimeout(timer);
  }, [shown]);
  return useLiveQuery(
    async () => (due && total !== undefined ? (await db.prospects.count()) - total : undefined),
    [due, total],
  );
}
