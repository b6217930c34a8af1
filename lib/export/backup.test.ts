import { describe, expect, it } from 'vitest';
import { freshDatabases } from '../../tests/support/fresh-db';
import type { CribaDB } from '../db/database';
import { InvalidRecordError, StorageFullError } from '../db/errors';
import { saveIcp } from '../db/icp-repository';
import { erasePerson, saveProspect, setStatus } from '../db/repository';
import { field, saveInput } from '../../tests/support/test-records';
import { STORAGE_ITEM_KEYS, TABLE_NAMES, type StorageItemKey } from '../state/registry';
import type { ItemAccessors } from '../state/stored-items';
import { exportBackup, parseBackup, restoreBackup, type BackupData } from './backup';
import { inBoth } from '../../tests/support/in-both';

const NOW = new Date('2026-03-02T09:00:00.000Z');
const fresh = freshDatabases();

/** A database with something in every table. */
async function filled(): Promise<CribaDB> {
  const db = fresh();
  const { prospect: lucia } = await saveProspect(db, saveInput(), NOW);
  await saveProspect(
    db,
    saveInput({ notes: 'Segunda revisión' }),
    new Date('2026-03-03T09:00:00Z'),
  );
  await setStatus(db, [lucia.id], 'proposal', NOW);
  const other = saveInput({ score: null });
  other.company = {
    name: 'Estudio Gris',
    domain: 'estudio-gris.es',
    linkedinSlug: null,
    fields: { industry: field('Design') },
  };
  other.person = { name: 'Pau Roig', linkedinSlug: null, email: 'pau@estudio-gris.es', fields: {} };
  await saveProspect(db, other, NOW);
  await erasePerson(db, 'email:baja@estudio-gris.es', NOW);
  await saveIcp(db, { name: 'Fábricas', criteria: [{ id: 'industry', weight: 2 }] }, NOW);
  return db;
}

/** Every registered table's records. */
async function snapshot(db: CribaDB) {
  const tables: Record<string, unknown[]> = {};
  for (const name of TABLE_NAMES) tables[name] = await db.table(name).toArray();
  return tables;
}

describe('backup round trip', () => {
  it('export → parse → restore into an empty database gives the same data', async () => {
    const source = await filled();
    const text = await exportBackup(source, NOW);
    const parsed = parseBackup(text);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
    expect(parsed.data).toMatchObject({
      format: 'criba-backup',
      version: 1,
      exportedAt: NOW.toISOString(),
    });

    const target = fresh();
    expect(await restoreBackup(target, parsed.data)).toEqual({
      accounts: 2,
      contacts: 2,
      prospects: 2,
      scoreHistory: 2,
      icps: 1,
      suppressions: 1,
      rows: 2,
      tallies: await source.tallies.count(),
      stageWords: await source.stageWords.count(),
      drafts: 0,
      personLinks: 0,
    });
    expect(await snapshot(target)).toEqual(await snapshot(source));
    expect(await exportBackup(target, NOW)).toBe(text);
  });

  it('restore replaces what was there', async () => {
    const source = await filled();
    const target = fresh();
    const stray = saveInput();
    stray.person = { ...stray.person!, linkedinSlug: 'otra-persona' };
    await saveProspect(target, stray, NOW);
    const parsed = parseBackup(await exportBackup(source, NOW));
    if (!parsed.ok) throw new Error('backup did not parse');
    await restoreBackup(target, parsed.data);
    expect(await target.prospects.get('li:otra-persona')).toBeUndefined();
    expect(await snapshot(target)).toEqual(await snapshot(source));
  });

  it('leaves out stored records that no longer parse', async () => {
    const db = await filled();
    await db.prospects.put({ id: 'li:roto' } as never);
    const parsed = parseBackup(await exportBackup(db, NOW));
    expect(parsed.ok && parsed.data.prospects.map((p) => p.id).sort()).toEqual([
      'email:pau@estudio-gris.es',
      'li:lucia-ferrer-nubia',
    ]);
  });
});

describe('the suppression list wins over a backup', () => {
  it('a person erased after the backup stays erased, mentions and all', async () => {
    const db = await filled();
    const parsed = parseBackup(await exportBackup(db, NOW));
    if (!parsed.ok) throw new Error('backup did not parse');
    await erasePerson(db, 'li:lucia-ferrer-nubia', NOW);
    const counts = await restoreBackup(db, parsed.data, undefined, NOW);
    expect(counts).toMatchObject({ contacts: 1, prospects: 1, scoreHistory: 0 });
    expect(await db.contacts.get('li:lucia-ferrer-nubia')).toBeUndefined();
    expect(await db.prospects.where('contactKey').equals('li:lucia-ferrer-nubia').count()).toBe(0);
    const everything = JSON.stringify(await snapshot(db));
    expect(everything).not.toMatch(/lucia-ferrer-nubia|Lucía Ferrer|lucia\.ferrer@/i);
    // Both erasures' hashes are kept: the backup's and the one made since.
    expect(await db.suppressions.count()).toBeGreaterThan(parsed.data.suppressions.length);
  });
});

describe('a bad backup changes nothing', () => {
  it.each([
    ['a __proto__ key', '"fields": {"__proto__": {"polluted": true}}'],
    ['a constructor key', '"constructor": {"prototype": {"polluted": true}}'],
  ])('refuses a file with %s', async (_, inject) => {
    const text = (await exportBackup(await filled(), NOW)).replace(
      '"accounts": [',
      `${inject}, "accounts": [`,
    );
    const parsed = parseBackup(text);
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && inBoth(parsed.issues[0]!.message).es).toMatch(/__proto__/);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('refuses tables of the wrong shape', async () => {
    const data = JSON.parse(await exportBackup(await filled(), NOW)) as Record<string, unknown>;
    data.prospects = { 'li:x': {} };
    data.icps = 'none';
    const parsed = parseBackup(JSON.stringify(data));
    expect(!parsed.ok && parsed.issues.map((i) => i.path)).toEqual(
      expect.arrayContaining(['prospects', 'icps']),
    );
  });

  it('reports damaged JSON, a foreign file and a newer format in both languages', () => {
    const truncated = parseBackup('{"format": "criba-backup", "version": 1, "acc');
    expect(truncated.ok).toBe(false);
    if (!truncated.ok) expect(inBoth(truncated.issues[0]!.message).es).toMatch(/JSON válido/);
    const foreign = parseBackup('{"name": "mi lista"}');
    expect(!foreign.ok && inBoth(foreign.issues[0]!.message).en).toMatch(/not a Criba backup/);
    const newer = parseBackup('{"format": "criba-backup", "version": 7}');
    expect(!newer.ok && inBoth(newer.issues[0]!.message).es).toMatch(/más reciente/);
  });

  it('lists every invalid value with its path, and accepts none of the file', async () => {
    const db = await filled();
    const before = await snapshot(db);
    const data = JSON.parse(await exportBackup(db, NOW)) as Record<string, unknown[]>;
    (data.prospects![0] as Record<string, unknown>).status = 'hot';
    (data.accounts![1] as Record<string, unknown>).updatedAt = 'ayer';
    data.contacts!.push(data.contacts![0]!);
    const result = parseBackup(JSON.stringify(data));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.map((i) => i.path)).toEqual(
      expect.arrayContaining(['prospects.0.status', 'accounts.1.updatedAt', 'contacts.2']),
    );
    const status = result.issues.find((i) => i.path === 'prospects.0.status');
    expect(inBoth(status!.message).en).toMatch(/one of/);
    expect(inBoth(status!.message).es).toMatch(/uno de/);
    const duplicate = result.issues.find((i) => i.path === 'contacts.2');
    expect(inBoth(duplicate!.message).es).toMatch(/mismo key: email:pau@estudio-gris\.es/);
    expect(await snapshot(db)).toEqual(before);
  });

  it('carries the registered settings when given access to them', async () => {
    const stored: Record<StorageItemKey, unknown> = {
      'local:locale': 'es',
      // Written by hand or an older build: not a framework, so it is left out.
      'local:customFramework': { id: 'custom' },
      'local:retentionMonths': 6,
      'local:importMapping': { 'correo del cliente': 'email' },
    };
    const items = Object.fromEntries(
      STORAGE_ITEM_KEYS.map((key) => [
        key,
        {
          getValue: async () => stored[key],
          setValue: async (v: unknown) => void (stored[key] = v),
        },
      ]),
    ) as ItemAccessors;
    const parsed = parseBackup(await exportBackup(await filled(), NOW, items));
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
    expect(parsed.data.settings).toEqual({
      'local:locale': 'es',
      'local:retentionMonths': 6,
      'local:importMapping': { 'correo del cliente': 'email' },
    });

    stored['local:locale'] = 'en';
    stored['local:retentionMonths'] = 24;
    stored['local:importMapping'] = {};
    await restoreBackup(fresh(), parsed.data, items);
    expect(stored).toEqual({
      'local:locale': 'es',
      'local:customFramework': { id: 'custom' },
      'local:retentionMonths': 6,
      'local:importMapping': { 'correo del cliente': 'email' },
    });
  });

  it('restoreBackup re-checks its input and refuses invalid data untouched', async () => {
    const db = await filled();
    const before = await snapshot(db);
    const bad = { format: 'criba-backup', version: 1, exportedAt: NOW.toISOString() } as BackupData;
    await expect(restoreBackup(db, bad)).rejects.toBeInstanceOf(InvalidRecordError);
    expect(await snapshot(db)).toEqual(before);
  });

  it('a restore failing half-way (disk full) rolls everything back', async () => {
    const db = await filled();
    const other = fresh();
    await saveProspect(other, saveInput({ notes: 'Otra base de datos' }), NOW);
    await erasePerson(other, 'email:baja@ceramicas-nubia.es', NOW);
    const parsed = parseBackup(await exportBackup(other, NOW));
    if (!parsed.ok) throw new Error('backup did not parse');
    const before = await snapshot(db);
    // The last table written fails: accounts…icps were already cleared and refilled.
    db.suppressions.hook('creating', () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    await expect(restoreBackup(db, parsed.data)).rejects.toBeInstanceOf(StorageFullError);
    expect(await snapshot(db)).toEqual(before);
  });
});
