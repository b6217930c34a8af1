import { config } from 'zod';
import { CribaDB } from '../../lib/db/database';
import { putRows, rowTables } from '../../lib/db/row-writes';
import { transact } from '../../lib/db/transact';
import { seedProspects } from '../../tests/support/insight-seed';

// Evaluated through the debugger, this bundle would find `new Function` allowed and zod
// would compile its parsers, which the page's CSP then refuses when they run.
config({ jitless: true });

const BATCH = 10_000;

/**
 * The insights benchmark's side in the extension's own page: `count` rows of invented
 * prospects, `outcomes` of them decided, written into the rows table in batches through
 * the app's own row writes, so the tallies move with them as in use (the insights page
 * reads nothing else).
 */
export async function seedRows(count: number, outcomes: number): Promise<void> {
  const db = new CribaDB();
  const now = new Date();
  for (let first = 0; first < count; first += BATCH) {
    const n = Math.min(BATCH, count - first);
    const batch = seedProspects(n, Math.round((outcomes * n) / count), now, {
      seed: first + 1,
      first,
    });
    const rows = batch.map((s) => s.row);
    await transact(db, 'rw', rowTables(db), (tdb) => putRows(tdb, rows));
  }
  db.close();
}
