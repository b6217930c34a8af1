import { describe, expect, it } from 'vitest';
import { freshDatabases } from '../../tests/support/fresh-db';
import { marcInput, saveInput } from '../../tests/support/test-records';
import type { CribaDB } from './database';
import { importRows } from './import-rows';
import type { ListRow } from './list-row';
import { deleteProspects, saveProspect } from './repository';
import { clearRows, deleteRows, putRows, rowTables } from './row-writes';
import { stageWordIds } from './stage-words';
import { erasePerson } from './suppression';
import { rebuildAllRows } from './sync-rows';

const fresh = freshDatabases();
const NOW = new Date('2026-03-02T09:00:00.000Z');

/** Every stored row's words behind its status, as `stage word id`, sorted. */
const expected = (rows: readonly ListRow[]) =>
  rows.flatMap((r) => r.words.map((w) => `${r.status} ${w} ${r.id}`)).sort();
const stored = async (db: CribaDB) =>
  (await db.stageWords.toCollection().primaryKeys()).map(String).sort();
const inStep = async (db: CribaDB) =>
  expect(await stored(db)).toEqual(expected(await db.rows.toArray()));
const write = (db: CribaDB, rows: ListRow[]) =>
  db.transaction('rw', rowTables(db), () => putRows(db, rows));

describe('stage words', () => {
  it('hold each word of a row behind its status, and follow the row as it changes', async () => {
    const db = fresh();
    const { prospect } = await saveProspect(db, saveInput(), NOW);
    const row = (await db.rows.get(prospect.id))!;
    expect(row.words.length).toBeGreaterThan(2);
    await inStep(db);
    // A new stage moves every word; a word dropped leaves; a word added arrives.
    await write(db, [{ ...row, status: 'proposal', words: [...row.words.slice(1), 'nuevo'] }]);
    await inStep(db);
    expect(await stageWordIds(db, 'new', row.words[1]!)).toEqual([]);
    expect(await stageWordIds(db, 'proposal', row.words[1]!)).toEqual([row.id]);
    expect(await stageWordIds(db, 'proposal', row.words[0]!)).toEqual([]);
    expect(await stageWordIds(db, 'proposal', 'nue')).toEqual([row.id]);
    await db.transaction('rw', rowTables(db), () => deleteRows(db, [row.id]));
    expect(await stored(db)).toEqual([]);
  });

  it('find a word by its start within one stage only, and never by its middle', async () => {
    const db = fresh();
    const { prospect } = await saveProspect(db, saveInput(), NOW);
    const row = (await db.rows.get(prospect.id))!;
    await write(db, [
      { ...row, words: ['garcia', 'ana'] },
      { ...row, id: 'li:otra', status: 'won', words: ['garcia'] },
      { ...row, id: 'li:tercera', words: ['ana', 'segarcia'] },
    ]);
    expect(await stageWordIds(db, 'new', 'garc')).toEqual([row.id]);
    expect((await stageWordIds(db, 'new', 'an')).sort()).toEqual([row.id, 'li:tercera']);
    expect(await stageWordIds(db, 'won', 'garcia')).toEqual(['li:otra']);
    expect(await stageWordIds(db, 'won', 'garcias')).toEqual([]);
    expect(await stageWordIds(db, 'meeting', 'garcia')).toEqual([]);
    expect(await stageWordIds(db, 'new', 'ana', 1)).toHaveLength(1);
  });

  it('stay in step through saves, an import, a delete, an erase, a rebuild and a clear', async () => {
    const db = fresh();
    const { prospect } = await saveProspect(db, saveInput(), NOW);
    await importRows(db, [{ line: 2, input: marcInput() }], NOW);
    await inStep(db);
    await deleteProspects(db, ['email:marc@logistica-brava.com']);
    await inStep(db);
    await erasePerson(db, prospect.contactKey!, NOW);
    await inStep(db);
    expect(await db.stageWords.count()).toBe(0);
    await importRows(db, [{ line: 2, input: marcInput() }], NOW);
    await db.stageWords.clear();
    await rebuildAllRows(db);
    await inStep(db);
    await db.transaction('rw', rowTables(db), () => clearRows(db));
    expect(await db.stageWords.count()).toBe(0);
  });
});
