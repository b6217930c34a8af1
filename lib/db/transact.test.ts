import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { freshDatabases } from '../../tests/support/fresh-db';
import { counts, saveInput } from '../../tests/support/test-records';
import { SaveInputSchema } from './save-input';
import { saveTables, saveWithin } from './save-prospect';
import { eraseWithin } from './suppression';
import { boundTransaction, transact } from './transact';
import type { Unsaved } from '../model/unsaved';

const fresh = freshDatabases();
const NOW = '2026-03-02T09:00:00.000Z';

function draft(id: string): Unsaved {
  return {
    id,
    company: {},
    person: {},
    answers: {},
    clearedAnswers: {},
    updatedAt: NOW,
  } as unknown as Unsaved;
}

class Boom extends Error {}

/**
 * Dexie finds the current transaction through a zone. `Dexie.ignoreTransaction` runs its
 * callback with no current transaction: what a lost zone does to the code after an
 * `await` (seen in the side panel, lib/db/transact.ts). A request that relies on the zone
 * then runs in a transaction of its own and survives the rollback; a request through the
 * bound database must not.
 */
function withoutZone<T>(fn: () => Promise<T>): Promise<T> {
  return Dexie.ignoreTransaction(fn);
}

describe('transact', () => {
  it('keeps every request in its transaction when the zone is lost: a failure undoes all', async () => {
    const db = fresh();
    const failed = await transact(db, 'rw', [db.drafts], async (tdb) => {
      await tdb.drafts.put(draft('a'));
      await withoutZone(async () => {
        await tdb.drafts.put(draft('b'));
        await tdb.table('drafts').put(draft('c'));
      });
      throw new Boom();
    }).catch((e: unknown) => e);
    expect(failed).toBeInstanceOf(Boom);
    expect(await db.drafts.count()).toBe(0);
  });

  it('shows why: through the unbound database, a lost zone makes a failed scope a partial write', async () => {
    const db = fresh();
    const failed = await transact(db, 'rw', [db.drafts], async (tdb) => {
      await tdb.drafts.put(draft('a'));
      // Its own transaction waits for this one, which commits with nothing pending.
      await withoutZone(() => db.drafts.put(draft('outside')));
      throw new Boom();
    }).catch((e: unknown) => e);
    expect(failed).toBeInstanceOf(Error);
    expect((await db.drafts.toCollection().primaryKeys()).sort()).toEqual(['a', 'outside']);
  });

  it('commits what the scope wrote and returns its result', async () => {
    const db = fresh();
    const result = await transact(db, 'rw', [db.drafts], async (tdb) => {
      await tdb.drafts.bulkPut([draft('a'), draft('b')]);
      return tdb.drafts.count();
    });
    expect(result).toBe(2);
    expect(await db.drafts.count()).toBe(2);
  });

  it('joins an outer transaction: the inner writes roll back with it', async () => {
    const db = fresh();
    await transact(db, 'rw', [db.drafts, db.icps], async (outer) => {
      await transact(outer, 'rw', [outer.drafts], async (inner) => {
        expect(boundTransaction(inner)).toBe(boundTransaction(outer));
        await withoutZone(() => inner.drafts.put(draft('a')));
      });
      throw new Boom();
    }).catch(() => undefined);
    expect(await db.drafts.count()).toBe(0);
  });

  it('refuses to join with a table the outer transaction lacks, or to write in a read-only one', async () => {
    const db = fresh();
    const missing = await transact(db, 'rw', [db.drafts], (outer) =>
      transact(outer, 'r', ['icps'], async () => 1),
    ).catch((e: unknown) => e);
    expect(String(missing)).toMatch(/not part of the outer transaction: icps/);

    const readOnly = await transact(db, 'r', [db.drafts], (outer) =>
      transact(outer, 'rw', [outer.drafts], async () => 1),
    ).catch((e: unknown) => e);
    expect(String(readOnly)).toMatch(/cannot join a read-only/);
  });

  it('binds db.tables and refuses a raw nested db.transaction', async () => {
    const db = fresh();
    await transact(db, 'r', [db.drafts, db.icps], async (tdb) => {
      const bound = tdb.tables.filter((t) => t.name === 'drafts' || t.name === 'icps');
      expect(bound.map((t) => t.name).sort()).toEqual(['drafts', 'icps']);
      for (const t of bound) expect(t).toBe(boundTransaction(tdb)!.table(t.name));
      expect(() => tdb.transaction('r', tdb.drafts, async () => 1)).toThrow(/transact\(\)/);
      expect(() => tdb.prospects).toThrow(/prospects is not part of this transaction/);
      expect(() => tdb.table('rows')).toThrow(/rows is not part of this transaction/);
    });
    expect(boundTransaction(db)).toBeNull();
  });
});

describe('the store writes only through the transaction it is given', () => {
  it('a save whose zone is lost from the start still writes nothing when it fails', async () => {
    const db = fresh();
    const data = SaveInputSchema.parse(saveInput());
    const failed = await transact(db, 'rw', saveTables(db), async (tdb) => {
      await withoutZone(() => saveWithin(tdb, data, [], NOW));
      throw new Boom();
    }).catch((e: unknown) => e);
    expect(failed).toBeInstanceOf(Boom);
    expect(Object.values(await counts(db)).every((n) => n === 0)).toBe(true);
  });

  it('an erase whose zone is lost still writes nothing when it fails', async () => {
    const db = fresh();
    const data = SaveInputSchema.parse(saveInput());
    await transact(db, 'rw', saveTables(db), (tdb) => saveWithin(tdb, data, [], NOW));
    const before = await counts(db);
    await transact(db, 'rw', db.tables, async (tdb) => {
      await withoutZone(() =>
        eraseWithin(tdb, ['li:lucia-ferrer-nubia'], ['hash-of-lucia'], new Date(NOW)),
      );
      throw new Boom();
    }).catch(() => undefined);
    expect(await counts(db)).toEqual(before);
  });

  it('no module opens a transaction except through transact()', () => {
    const offenders: string[] = [];
    const walk = (dir: string): void => {
      for (const name of readdirSync(dir)) {
        const path = join(dir, name);
        if (statSync(path).isDirectory()) walk(path);
        else if (/\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name)) {
          if (path.endsWith(join('db', 'transact.ts'))) continue;
          if (/\.transaction\(/.test(readFileSync(path, 'utf8'))) offenders.push(path);
        }
      }
    };
    for (const dir of ['lib', 'components', 'entrypoints']) walk(dir);
    expect(offenders).toEqual([]);
  });
});
