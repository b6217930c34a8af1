import { describe, expect, it } from 'vitest';
import { freshDatabases } from '../../tests/support/fresh-db';
import { saveInput } from '../../tests/support/test-records';
import type { CribaDB } from './database';
import type { ListRow } from './list-row';
import { putRows } from './row-writes';
import { saveProspect } from './save-prospect';
import { walkIds, walkRows, type SortOrder } from './sort-walk';

const fresh = freshDatabases();
const NOW = new Date('2026-03-02T09:00:00.000Z');

/** 13 rows whose names repeat: five "ana", four "bea", one each of four others. */
async function seeded(): Promise<CribaDB> {
  const db = fresh();
  const { prospect } = await saveProspect(db, saveInput(), NOW);
  const model = (await db.rows.get(prospect.id)) as ListRow;
  const names = [
    'ana',
    'bea',
    'ana',
    'cris',
    'bea',
    'ana',
    'dani',
    'bea',
    'ana',
    'eva',
    'ana',
    'bea',
    'fer',
  ];
  const rows = names.map((kName, i) => ({
    ...model,
    id: `li:p${String(i).padStart(2, '0')}`,
    kName,
  }));
  await db.transaction('rw', db.rows, db.tallies, async () => {
    await db.rows.clear();
    await db.tallies.clear();
    await putRows(db, rows);
  });
  return db;
}

/** The index's own order: what every walk must give, entry for entry. */
async function oracle(db: CribaDB, { index, dir }: SortOrder): Promise<string[]> {
  const ids = (await db.rows.orderBy(index).primaryKeys()).map(String);
  return dir === 'desc' ? ids.reverse() : ids;
}

describe('walking the sort index in batches', () => {
  for (const dir of ['asc', 'desc'] as const) {
    for (const step of [1, 2, 3, 5, 13, 50]) {
      it(`gives every row once, in the index's order (${dir}, ${step} a batch)`, async () => {
        const db = await seeded();
        const order: SortOrder = { index: 'kName', dir };
        const expected = await oracle(db, order);
        const byIds: string[] = [];
        const byRows: string[] = [];
        await db.transaction('r', db.rows, async () => {
          await walkIds(db, order, (ids) => (byIds.push(...ids), false), step);
          await walkRows(db, order, (rows) => (byRows.push(...rows.map((r) => r.id)), false), step);
        });
        expect(byIds).toEqual(expected);
        expect(byRows).toEqual(expected);
      });
    }
  }

  it('stops when the visitor has enough', async () => {
    const db = await seeded();
    const batches: string[][] = [];
    await walkIds(db, { index: 'kName', dir: 'asc' }, (ids) => (batches.push(ids), true), 4);
    expect(batches).toEqual([(await oracle(db, { index: 'kName', dir: 'asc' })).slice(0, 4)]);
  });
});
