import type { Page } from '@playwright/test';
import type { BackupData } from '../../lib/export/backup';

/** Puts the records in the extension's own database (opened by `page`), as a restore would. */
export async function seedDatabase(page: Page, backup: BackupData): Promise<void> {
  await page.evaluate(async (data) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open('criba');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const stores = ['accounts', 'contacts', 'prospects', 'scoreHistory', 'rows'] as const;
    const tx = db.transaction([...stores], 'readwrite');
    for (const store of stores) for (const r of data[store]) tx.objectStore(store).put(r);
    await new Promise((resolve, reject) => {
      tx.oncomplete = resolve;
      tx.onerror = () => reject(tx.error);
    });
    db.close();
  }, backup);
}
