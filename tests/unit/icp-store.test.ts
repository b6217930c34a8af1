import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openCribaDB, type CribaDB } from '../../lib/db/database';
import { listIcpVersions } from '../../lib/db/icp-repository';
import { defaultIcp } from '../../lib/icp/default-icp';
import { exportIcpJson } from '../../lib/icp/icp-json';
import { inBoth } from '../support/in-both';

// components/ reads settings through WXT storage, which needs an extension's `chrome`.
await vi.hoisted(async () => {
  const { fakeBrowser } = await import('wxt/testing/fake-browser');
  Object.assign(globalThis, { chrome: fakeBrowser });
});
const { loadActiveIcp, saveActiveIcp } = await import('../../components/icp-store');

let db: CribaDB;
const NOW = new Date('2025-03-14T10:00:00Z');

beforeEach(() => {
  db = openCribaDB('icp-store-test', { indexedDB: new IDBFactory(), IDBKeyRange });
});
afterEach(() => db.close());

describe('the active ICP', () => {
  it('is the default in the rep’s language, version 0, until one is saved', async () => {
    const es = await loadActiveIcp(db, 'es');
    expect(es).toEqual({
      icp: defaultIcp('es'),
      version: 0,
      savedAt: null,
      unreadableVersion: null,
    });
    expect((await loadActiveIcp(db, 'en')).icp.name).toBe(defaultIcp('en').name);
  });

  it('saves a valid ICP as the next version and reads it back', async () => {
    const icp = {
      ...defaultIcp('en'),
      name: 'Distribuidores Norte',
      bookingUrl: 'https://agenda.norte-demo.example/x',
    };
    const first = await saveActiveIcp(db, icp, NOW);
    expect(first).toMatchObject({ ok: true, version: 1 });
    const second = await saveActiveIcp(
      db,
      { ...icp, revisitDays: 30 },
      new Date('2025-03-15T09:00:00Z'),
    );
    expect(second).toMatchObject({ ok: true, version: 2 });

    const active = await loadActiveIcp(db, 'es');
    expect(active.version).toBe(2);
    expect(active.savedAt).toBe('2025-03-15T09:00:00.000Z');
    expect(active.icp.revisitDays).toBe(30);
    expect(exportIcpJson(active.icp)).toBe(exportIcpJson({ ...icp, revisitDays: 30 }));
    expect((await listIcpVersions(db)).map((v) => v.version)).toEqual([2, 1]);
  });

  it('refuses an invalid ICP with every path, and stores nothing', async () => {
    const bad = structuredClone(defaultIcp('en')) as unknown as Record<string, unknown>;
    (bad.criteria as { weight: unknown }[])[0]!.weight = 'heavy';
    bad.bookingUrl = 'http://insecure.example/x';
    const result = await saveActiveIcp(db, bad, NOW);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.map((i) => i.path)).toEqual(['criteria.0.weight', 'bookingUrl']);
    expect(inBoth(result.issues[0]!.message).es).toBe('Se esperaba un número.');
    expect(await listIcpVersions(db)).toEqual([]);
    expect((await loadActiveIcp(db, 'en')).version).toBe(0);
  });

  it('falls back to the default, flagged, when the newest stored version no longer reads', async () => {
    await saveActiveIcp(db, defaultIcp('en'), NOW);
    await db.icps.add({
      version: 2,
      savedAt: NOW.toISOString(),
      icp: { name: 'x', criteria: 'none' },
    });
    const active = await loadActiveIcp(db, 'en');
    expect(active).toMatchObject({ version: 0, unreadableVersion: 2, savedAt: null });
    expect(active.icp).toEqual(defaultIcp('en'));
  });
});
