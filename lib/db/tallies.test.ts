import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { freshDatabases } from '../../tests/support/fresh-db';
import { sourceFiles } from '../../tests/support/source-files';
import { marcInput, saveInput } from '../../tests/support/test-records';
import { exportBackup, parseBackup, restoreBackup } from '../export/backup';
import type { CribaDB } from './database';
import { importRows } from './import-rows';
import { deleteProspects, saveProspect } from './repository';
import { deleteRows, putRows, rowTables } from './row-writes';
import { countTallies, monthOf, readTallies, tallyKeys } from './tallies';

const fresh = freshDatabases();
const NOW = new Date('2026-03-02T09:00:00.000Z');
const LATER = new Date('2026-04-01T00:30:00.000Z');

const recount = async (db: CribaDB) => countTallies(await db.rows.toArray());

/** A row as the list builds it, for a prospect captured at `createdAt`. */
async function rowAt(db: CribaDB, createdAt: string) {
  const { prospect } = await saveProspect(db, saveInput(), new Date(createdAt));
  const row = await db.rows.get(prospect.id);
  if (!row) throw new Error('no row');
  return row;
}

describe('tallies', () => {
  it('count a row under each of its values and its capture month (UTC)', async () => {
    const db = fresh();
    const row = await rowAt(db, '2026-02-28T23:59:59.999Z');
    expect(monthOf(row.createdAt)).toBe('2026-02');
    expect(tallyKeys(row)).toEqual([
      'all',
      `icp|${row.icpVersion}`,
      `verdict|${row.verdict}`,
      `grade|${row.grade}`,
      'status|new',
      'outcome|none',
      `source|${row.source}`,
      `funnel|${row.funnel}`,
      `country|${row.country}`,
      `m|2026-02|gs|${row.grade}|new`,
      `m|2026-02|f|${row.funnel}`,
    ]);
    expect(await readTallies(db)).toEqual(new Map(tallyKeys(row).map((k) => [k, 1])));
  });

  it('move with a rewrite, count a repeated id once, and vanish at zero', async () => {
    const db = fresh();
    const row = await rowAt(db, NOW.toISOString());
    const moved = { ...row, status: 'meeting' as const, createdAt: LATER.toISOString() };
    await db.transaction('rw', rowTables(db), () => putRows(db, [row, moved, moved]));
    expect((await readTallies(db)).get('all')).toBe(1);
    expect(await readTallies(db, 'm|')).toEqual(
      new Map([
        [`m|2026-04|gs|${row.grade}|meeting`, 1],
        [`m|2026-04|f|${row.funnel}`, 1],
      ]),
    );
    await db.transaction('rw', rowTables(db), () => deleteRows(db, [row.id, 'li:nadie']));
    expect(await db.tallies.count()).toBe(0);
  });

  it('leave a row that has not changed unwritten, and write one that has', async () => {
    const db = fresh();
    const row = await rowAt(db, NOW.toISOString());
    const other = await rowAt(db, LATER.toISOString());
    const written: string[] = [];
    db.rows.hook('updating', (_changes, id) => void written.push(String(id)));
    const counted = await readTallies(db);
    const put = (rows: (typeof row)[]) =>
      db.transaction('rw', rowTables(db), () => putRows(db, rows));
    await put([{ ...row }, { ...other }]);
    expect(written).toEqual([]);
    expect(await readTallies(db)).toEqual(counted);
    await put([{ ...row }, { ...other, status: 'won' }]);
    expect(written).toEqual([other.id]);
    expect(await readTallies(db)).toEqual(await recount(db));
  });

  it('refuse to be written outside a transaction that holds them', async () => {
    const db = fresh();
    const row = await rowAt(db, NOW.toISOString());
    const won = { ...row, status: 'won' as const };
    await expect(db.transaction('rw', db.rows, () => putRows(db, [won]))).rejects.toThrow();
    expect((await db.rows.get(row.id))?.status).toBe('new');
    expect(await readTallies(db)).toEqual(await recount(db));
  });

  it('leave out a record that does not parse (its count is unknown)', async () => {
    const db = fresh();
    await db.tallies.bulkPut([
      { key: 'all', n: 3 },
      { key: 'status|new', n: -2 },
      { key: 'status|won', n: 1.5 },
    ]);
    expect(await readTallies(db)).toEqual(new Map([['all', 3]]));
  });

  it('stay a recount of the rows through an import, a delete and a restore', async () => {
    const db = fresh();
    await saveProspect(db, saveInput(), NOW);
    await importRows(
      db,
      [
        { line: 2, input: marcInput() },
        { line: 3, input: saveInput({ notes: 'Otra vez' }) },
      ],
      LATER,
    );
    expect((await readTallies(db)).get('all')).toBe(2);
    expect(await readTallies(db)).toEqual(await recount(db));
    await deleteProspects(db, ['email:marc@logistica-brava.com']);
    expect(await readTallies(db)).toEqual(await recount(db));

    // A backup's counters are never trusted: the restore counts what it restored.
    const parsed = parseBackup(await exportBackup(db, LATER));
    if (!parsed.ok) throw new Error('backup did not parse');
    const forged = { ...parsed.data, tallies: [{ key: 'all', n: 99_999 }] };
    const target = fresh();
    expect((await restoreBackup(target, forged)).tallies).toBe(await db.tallies.count());
    expect(await readTallies(target)).toEqual(await recount(db));
  });

  it('are read from a backup made before they existed', async () => {
    const db = fresh();
    await saveProspect(db, saveInput(), NOW);
    const json = JSON.parse(await exportBackup(db, NOW)) as Record<string, unknown>;
    delete json.tallies;
    const parsed = parseBackup(JSON.stringify(json));
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
    const target = fresh();
    await restoreBackup(target, parsed.data);
    expect(await readTallies(target)).toEqual(await recount(db));
  });

  it('are the only way the code writes rows', () => {
    // A write that skips row-writes.ts would leave the counters wrong without a sound.
    const writes =
      /\.rows\s*\.\s*(put|bulkPut|add|bulkAdd|update|bulkUpdate|delete|bulkDelete|clear)\s*\(|table\(\s*['"]rows['"]\s*\)\s*\.\s*(put|bulkPut|add|bulkAdd|update|delete|bulkDelete|clear)\s*\(/;
    // Upgrades to versions before the tallies existed write rows that v5 then counts.
    const allowed = (f: string) => f === 'lib/db/row-writes.ts' || /^lib\/db\/upgrade-/.test(f);
    const offenders = ['lib', 'components', 'entrypoints']
      .flatMap((dir) => sourceFiles(dir))
      .filter((f) => !allowed(f) && writes.test(readFileSync(f, 'utf8')));
    expect(offenders).toEqual([]);
    // The check sees a direct write when there is one.
    expect(writes.test('await db.rows.bulkPut(rows);')).toBe(true);
    expect(writes.test("tx.table('rows').clear()")).toBe(true);
  });
});
