import type { Transaction } from 'dexie';
import { joinRecords } from './prospect-rows';
import { rowsOf } from './sync-rows';

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
