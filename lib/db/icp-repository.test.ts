import { describe, expect, it } from 'vitest';
import { freshDatabases } from '../../tests/support/fresh-db';
import { InvalidRecordError } from './errors';
import { latestIcp, listIcpVersions, saveIcp } from './icp-repository';

const fresh = freshDatabases();

const icp = (name: string) => ({
  name,
  criteria: [{ id: 'industry', weight: 3, mustHave: false, values: ['Cerámica'] }],
  bookingUrl: null,
});

describe('ICP versions', () => {
  it('starts empty', async () => {
    const db = fresh();
    expect(await latestIcp(db)).toBeNull();
    expect(await listIcpVersions(db)).toEqual([]);
  });

  it('numbers each save 1, 2, 3… and returns the latest', async () => {
    const db = fresh();
    expect(await saveIcp(db, icp('v1'), new Date('2026-01-01T00:00:00Z'))).toBe(1);
    expect(await saveIcp(db, icp('v2'), new Date('2026-02-01T00:00:00Z'))).toBe(2);
    expect(await latestIcp(db)).toEqual({
      version: 2,
      savedAt: '2026-02-01T00:00:00.000Z',
      icp: icp('v2'),
    });
    expect(await listIcpVersions(db)).toEqual([
      { version: 2, savedAt: '2026-02-01T00:00:00.000Z' },
      { version: 1, savedAt: '2026-01-01T00:00:00.000Z' },
    ]);
  });

  it('gives concurrent saves distinct versions', async () => {
    const db = fresh();
    const now = new Date('2026-01-01T00:00:00Z');
    const versions = await Promise.all([1, 2, 3, 4].map((n) => saveIcp(db, icp(`c${n}`), now)));
    expect([...versions].sort()).toEqual([1, 2, 3, 4]);
  });

  it('refuses what is not a plain JSON object, and stores nothing', async () => {
    const db = fresh();
    const now = new Date('2026-01-01T00:00:00Z');
    const cyclic: Record<string, unknown> = { name: 'x' };
    cyclic.self = cyclic;
    for (const bad of [
      null,
      [1, 2],
      'icp',
      { at: new Date() },
      { n: Number.NaN },
      cyclic,
      { f: () => 1 },
    ]) {
      await expect(saveIcp(db, bad, now)).rejects.toBeInstanceOf(InvalidRecordError);
    }
    expect(await db.icps.count()).toBe(0);
  });

  it('skips a stored version that no longer parses', async () => {
    const db = fresh();
    await saveIcp(db, icp('good'), new Date('2026-01-01T00:00:00Z'));
    await db.icps.add({ version: 2, savedAt: 'yesterday', icp: {} });
    expect((await latestIcp(db))?.version).toBe(1);
    expect(await listIcpVersions(db)).toHaveLength(1);
    // The broken row still holds number 2: the next save does not reuse it.
    expect(await saveIcp(db, icp('next'), new Date('2026-03-01T00:00:00Z'))).toBe(3);
  });
});
