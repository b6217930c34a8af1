import type { Page } from '@playwright/test';
import { stageWordKeys } from '../../lib/db/stage-words';
import { countTallies, talliesOf } from '../../lib/db/tallies';
import type { BackupData } from '../../lib/export/backup';

/**
 * Puts the records in the extension's own database (opened by `page`), as a restore would,
 * with the rows' tallies and stage words made by the app's own functions (lib/db).
 */
export async function seedDatabase(page: Page, backup: BackupData): Promise<void> {
  const seeded = {
    ...backup,
    tallies: talliesOf(countTallies(backup.rows)),
    stageWords: backup.rows.flatMap(stageWordKeys).map((key) => ({ key })),
  };
  await page.evaluate(async (data) => {
    const stores = ['accounts', 'contacts', 'prospects', 'scoreHistory', 'rows'] as const;
    const openDb = () =>
      new Promise<IDBDatabase>((resolve, reject) => {
        const open = indexedDB.open('criba');
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error);
      });
    // The page opens its database when its lazily loaded code runs: until then the stores
    // do not exist (opening without a version creates an empty database the app upgrades).
    let db = await openDb();
    for (let tries = 0; stores.some((s) => !db.objectStoreNames.contains(s)); tries++) {
      db.close();
      if (tries === 100) throw new Error('the extension never created its database');
      await new Promise((wait) => setTimeout(wait, 100));
      db = await openDb();
    }
    const tx = db.transaction([...stores, 'tallies', 'stageWords'], 'readwrite');
    for (const store of [...stores, 'tallies', 'stageWords'] as const)
      for (const r of data[store]) tx.objectStore(store).put(r);
    await new Promise((resolve, reject) => {
      tx.oncomplete = resolve;
      tx.onerror = () => reject(tx.error);
    });
    db.close();
  }, seeded);
}
