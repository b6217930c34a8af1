import { keysWhereAnyOf } from './any-of';
import type { CribaDB } from './database';
import { ListRowSchema, toListRow, type ListRow } from './list-row';
import { joinRecords, readJoinedOf, type Joined } from './prospect-rows';
import { clearRows, deleteRows, putRows, putRowsOver, rowTables } from './row-writes';
import { validated } from './validate';
import { transact } from './transact';

/**
 * Keeping the `rows` table in step with prospects, accounts and contacts. Every write
 * path calls one of these inside its own read-write transaction, which must include the
 * prospects, accounts, contacts, rows and tallies tables: a row is never older than its prospect.
 */

/** The rows of joined records, each parsed before it is written. */
export function rowsOf(joined: readonly Joined[]): ListRow[] {
  return joined.map(({ prospect, account, contact }) =>
    validated(ListRowSchema, toListRow(prospect, account, contact), 'row'),
  );
}

/**
 * Rewrites the rows of `prospectIds` from what is stored now: a prospect that is gone,
 * or no longer parses (nor its account or contact), loses its row.
 */
export async function syncRows(db: CribaDB, prospectIds: Iterable<string>): Promise<void> {
  const ids = [...new Set(prospectIds)];
  if (ids.length === 0) return;
  // The stored rows are read with the records they are built from: one wait, not two.
  const [{ joined }, stored] = await Promise.all([readJoinedOf(db, ids), db.rows.bulkGet(ids)]);
  const rows = rowsOf(joined);
  const kept = new Set(rows.map((r) => r.id));
  // A prospect gone (or no longer valid) loses its row; the rows deleted are not among
  // those written, so what was read for them still holds.
  await deleteRows(
    db,
    ids.filter((id) => !kept.has(id)),
  );
  const storedById = new Map(ids.map((id, i) => [id, stored[i]]));
  await putRowsOver(
    db,
    rows,
    rows.map((r) => storedById.get(r.id)),
  );
}

/** The prospects whose rows show these accounts or contacts (a company's name, a title). */
export async function prospectIdsOf(
  db: CribaDB,
  { accountKeys = [], contactKeys = [] }: { accountKeys?: string[]; contactKeys?: string[] },
): Promise<string[]> {
  const [byAccount, byContact] = await Promise.all([
    keysWhereAnyOf(db.prospects, 'accountKey', accountKeys),
    keysWhereAnyOf(db.prospects, 'contactKey', contactKeys),
  ]);
  return [...new Set([...byAccount, ...byContact].map(String))];
}

/**
 * Every row built again from every stored prospect: for an import or a restore that
 * rewrites the tables wholesale. Joins the caller's transaction when there is one.
 */
export async function rebuildAllRows(db: CribaDB): Promise<number> {
  const tables = [db.prospects, db.accounts, db.contacts, ...rowTables(db)];
  return transact(db, 'rw', tables, async (db) => {
    const [prospects, accounts, contacts] = await Promise.all([
      db.prospects.toArray(),
      db.accounts.toArray(),
      db.contacts.toArray(),
    ]);
    const rows = rowsOf(joinRecords(prospects, accounts, contacts).joined);
    await clearRows(db);
    await putRows(db, rows);
    return rows.length;
  });
}
