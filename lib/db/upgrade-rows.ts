import type { Transaction } from 'dexie';
import { joinRecords } from './prospect-rows';
import { rowsOf } from './sync-rows';
import { addKeys, tallyKeys, talliesOf } from './tallies';
import type { ListRow } from './list-row';

/** Every row built again from what is stored: a version whose rows gained fields. */
export async function rebuildRowsInUpgrade(tx: Transaction): Promise<void> {
  const [prospects, accounts, contacts] = await Promise.all([
    tx.table('prospects').toArray(),
    tx.table('accounts').toArray(),
    tx.table('contacts').toArray(),
  ]);
  await tx.table('rows').clear();
  await tx.table('rows').bulkPut(rowsOf(joinRecords(prospects, accounts, contacts).joined));
}

/** The tallies counted from every stored row, one row at a time (memory stays flat). */
export async function countRowsInUpgrade(tx: Transaction): Promise<void> {
  const counts = new Map<string, number>();
  await tx
    .table('rows')
    .toCollection()
    .each((row: ListRow) => addKeys(counts, tallyKeys(row), 1));
  await tx.table('tallies').clear();
  await tx.table('tallies').bulkPut(talliesOf(counts));
}
