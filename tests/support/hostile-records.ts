import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { CribaDB } from '../../lib/db/database';
import { saveProspect } from '../../lib/db/save-prospect';
import { field, saveInput } from './test-records';
import { exportBackup, type BackupData } from '../../lib/export/backup';
import type { FieldValue } from '../../lib/model/records';

/**
 * Stored records carrying hostile strings in every displayed and exported field, written
 * through the real save path (so they are what Criba itself would store) on a private
 * fake IndexedDB and handed back as backup data for a test to place in a real browser.
 * Values are cut to the storage schema's limits: longer ones never reach storage.
 */
const cut = (s: string, max: number) => s.slice(0, max);

function hostileFields(s: string, names: readonly string[]): Record<string, FieldValue> {
  return Object.fromEntries(names.map((n) => [n, field(cut(s, 4000), { method: 'rep' })]));
}

export async function hostileRecords(
  strings: readonly string[],
  slugOf: (i: number) => string,
  now: Date,
): Promise<BackupData> {
  const db = new CribaDB('criba-hostile', { indexedDB: new IDBFactory(), IDBKeyRange });
  for (const [i, s] of strings.entries()) {
    await saveProspect(
      db,
      saveInput({
        company: {
          name: cut(s, 300),
          domain: null,
          linkedinSlug: `${slugOf(i)}-co`,
          fields: hostileFields(s, [
            'name',
            'industry',
            'website',
            'phone',
            'location',
            'description',
          ]),
        },
        person: {
          name: cut(s, 300),
          linkedinSlug: slugOf(i),
          email: null,
          fields: hostileFields(s, [
            'name',
            'title',
            'location',
            'email',
            'phone',
            'linkedinUrl',
            'company',
          ]),
        },
        angle: cut(s, 4000),
        pain: cut(s, 2000),
        notes: cut(s, 10000),
      }),
      now,
    );
  }
  const backup = JSON.parse(await exportBackup(db, now)) as BackupData;
  db.close();
  return backup;
}
