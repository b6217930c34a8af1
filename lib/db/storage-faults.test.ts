import { describe, expect, it } from 'vitest';
import { freshDatabases } from '../../tests/support/fresh-db';
import { inBoth } from '../../tests/support/in-both';
import { field, saveInput, score } from '../../tests/support/test-records';
import { defaultIcp } from '../icp/default-icp';
import { BANT } from '../qualify/frameworks';
import { rescoreStored } from '../recommend/rescore-stored';
import { exportBackup, parseBackup, restoreBackup } from '../export/backup';
import type { CribaDB } from './database';
import { StorageFullError } from './errors';
import { saveIcp } from './icp-repository';
import { rescoreAll } from './rescore';
import { saveProspect } from './save-prospect';
import { erasePerson } from './suppression';

/**
 * Issue 14 §6: a quota error in the middle of any write leaves every table as it was and
 * tells the rep in their language; concurrent writers lose nothing.
 */

const NOW = new Date('2026-03-02T09:00:00.000Z');
const TABLES = ['accounts', 'contacts', 'prospects', 'scoreHistory', 'icps', 'suppressions'];
const testDb = freshDatabases();

/** A database with something in every table. */
async function filled(): Promise<CribaDB> {
  const db = testDb();
  await saveIcp(db, defaultIcp('es'), NOW);
  await saveProspect(db, saveInput(), NOW);
  await saveProspect(
    db,
    saveInput({
      company: null,
      person: { name: 'Baja', linkedinSlug: null, email: 'baja@ceramicas-nubia.es', fields: {} },
    }),
    NOW,
  );
  await erasePerson(db, 'email:baja@ceramicas-nubia.es', NOW);
  return db;
}

const snapshot = async (db: CribaDB): Promise<Record<string, unknown[]>> =>
  Object.fromEntries(await Promise.all(TABLES.map(async (n) => [n, await db.table(n).toArray()])));

/** Every write to `table` from now on fails as a full disk does. */
function fillDisk(db: CribaDB, table: string, on: 'creating' | 'updating') {
  const full = () => {
    throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
  };
  if (on === 'creating') db.table(table).hook('creating', full);
  else db.table(table).hook('updating', full);
}

const rescore = (db: CribaDB) =>
  rescoreAll(
    db,
    (p, account, contact) =>
      rescoreStored(
        { icp: defaultIcp('en'), icpVersion: 2, framework: BANT, now: NOW, locale: 'en' },
        p,
        account,
        contact,
      ),
    NOW,
  );

describe('a full disk in the middle of a write', () => {
  it.each([
    // The failing table is the last the operation writes, so the others were written first.
    ['a save', 'scoreHistory', 'creating', (db: CribaDB) => saveProspect(db, saveInput(), NOW)],
    // A save does not wait for each write before the next request (save-prospect.ts):
    // a failure in any of them still undoes all.
    [
      'a save (account)',
      'accounts',
      'updating',
      (db: CribaDB) => saveProspect(db, saveInput(), NOW),
    ],
    [
      'a save (contact)',
      'contacts',
      'updating',
      (db: CribaDB) => saveProspect(db, saveInput(), NOW),
    ],
    [
      'a save (prospect)',
      'prospects',
      'updating',
      (db: CribaDB) => saveProspect(db, saveInput(), NOW),
    ],
    ['an ICP import', 'icps', 'creating', (db: CribaDB) => saveIcp(db, defaultIcp('en'), NOW)],
    ['a re-score', 'scoreHistory', 'creating', rescore],
    ['a re-score (updates)', 'prospects', 'updating', rescore],
    [
      'a backup restore',
      'suppressions',
      'creating',
      async (db: CribaDB) => {
        const other = testDb();
        await saveProspect(other, saveInput({ notes: 'Otra base' }), NOW);
        await erasePerson(other, 'li:lucia-ferrer-nubia', NOW);
        const parsed = parseBackup(await exportBackup(other, NOW));
        if (!parsed.ok) throw new Error('backup did not parse');
        return restoreBackup(db, parsed.data);
      },
    ],
  ] as const)('%s leaves every table unchanged', async (_what, table, on, write) => {
    const db = await filled();
    const before = await snapshot(db);
    expect(Object.values(before).every((rows) => rows.length > 0)).toBe(true);
    fillDisk(db, table, on);
    const error = await write(db).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StorageFullError);
    expect(await snapshot(db)).toEqual(before);
  });

  it('tells the rep in their language, with the catalogue’s words', () => {
    const error = new StorageFullError(new DOMException('full', 'QuotaExceededError'));
    const { en, es } = inBoth(error.userMessage);
    expect(error.userMessage.key).toBe('error.quota');
    expect(en).toMatch(/Nothing was changed/);
    expect(es).toMatch(/No se ha cambiado nada/);
    expect(es).not.toBe(en);
  });
});

describe('concurrent writers', () => {
  it('ten writers making 100 saves each to the same prospect lose none', async () => {
    const db = testDb();
    const base = Date.parse('2026-03-02T09:00:00.000Z');
    const writer = async (w: number) => {
      for (let k = 0; k < 100; k++) {
        const at = new Date(base + k * 1000).toISOString();
        const input = saveInput({ score: score({ computedAt: at, fit: k }) });
        // Each writer owns one field of the person; each save appends one history entry.
        input.person!.fields = { [`writer${w}`]: field(`update ${k}`, { method: 'rep', at }) };
        await saveProspect(db, input, new Date(base + k * 1000));
      }
    };
    await Promise.all(Array.from({ length: 10 }, (_, w) => writer(w)));

    const history = await db.scoreHistory.toArray();
    expect(history).toHaveLength(1000);
    const contact = await db.contacts.get('li:lucia-ferrer-nubia');
    for (let w = 0; w < 10; w++) expect(contact?.fields[`writer${w}`]?.value).toBe('update 99');
    expect(await db.prospects.count()).toBe(1);
  });
});
