import { describe, expect, it } from 'vitest';
import { freshDatabases } from '../../tests/support/fresh-db';
import { field, marcInput, saveInput, score } from '../../tests/support/test-records';
import { emptyOutcome } from '../model/outcome';
import type { CribaDB } from './database';
import { toListRow } from './list-row';
import { setOutcome, setStatus } from './pipeline';
import { joinRecords } from './prospect-rows';
import { deleteProspects } from './repository';
import { rescoreAll } from './rescore';
import { applyRetention } from './retention';
import { saveProspect } from './save-prospect';
import { erasePerson } from './suppression';
import { rebuildAllRows } from './sync-rows';
import { countTallies, readTallies } from './tallies';

/**
 * After every write path, the rows table must equal the rows built afresh from what is
 * stored, and the tallies a recount of those rows: never stale, never missing, never
 * left over.
 */
const fresh = freshDatabases();
const NOW = new Date('2026-03-02T09:00:00.000Z');
const LATER = new Date('2026-03-05T09:00:00.000Z');

async function expectInStep(db: CribaDB) {
  const { joined } = joinRecords(
    await db.prospects.toArray(),
    await db.accounts.toArray(),
    await db.contacts.toArray(),
  );
  const expected = joined.map((j) => toListRow(j.prospect, j.account, j.contact));
  expect(await db.rows.orderBy('id').toArray()).toEqual(
    expected.sort((a, b) => (a.id < b.id ? -1 : 1)),
  );
  // The counters moved with the rows: what a recount from scratch gives, nothing else.
  expect(await readTallies(db)).toEqual(countTallies(await db.rows.toArray()));
}

async function seed(db: CribaDB) {
  await saveProspect(db, saveInput(), NOW);
  await saveProspect(db, marcInput(), NOW);
  await saveProspect(db, saveInput({ person: null, score: null }), NOW);
}

describe('rows stay in step with', () => {
  it('a save, and a colleague’s save that renames the company', async () => {
    const db = fresh();
    await seed(db);
    await expectInStep(db);
    expect((await db.rows.get('li:lucia-ferrer-nubia'))?.company).toBe('Cerámicas Nubia');
    const jordi = saveInput();
    jordi.person = {
      name: 'Jordi Vidal',
      linkedinSlug: null,
      email: 'jordi@ceramicas-nubia.es',
      fields: {},
    };
    jordi.company = { ...jordi.company!, name: 'Cerámicas Nubia S.L.', fields: {} };
    await saveProspect(db, jordi, LATER);
    await expectInStep(db);
    expect((await db.rows.get('li:lucia-ferrer-nubia'))?.company).toBe('Cerámicas Nubia S.L.');
  });

  it('a save that re-keys a person first saved by email', async () => {
    const db = fresh();
    const byEmail = saveInput();
    byEmail.person = { ...byEmail.person!, linkedinSlug: null };
    await saveProspect(db, byEmail, NOW);
    expect(await db.rows.count()).toBe(1);
    await saveProspect(db, saveInput({ person: { ...saveInput().person!, name: '' } }), LATER);
    await expectInStep(db);
    expect(await db.rows.toCollection().primaryKeys()).toEqual(['li:lucia-ferrer-nubia']);
  });

  it('status and outcome changes, one or many', async () => {
    const db = fresh();
    await seed(db);
    const ids = ['li:lucia-ferrer-nubia', 'email:marc@logistica-brava.com'];
    expect(await setStatus(db, ids, 'contacted', LATER)).toBe(2);
    await expectInStep(db);
    const won = { ...emptyOutcome('2026-03-05'), value: 9000, currency: 'EUR' };
    await setOutcome(db, ids.slice(0, 1), { result: 'won', outcome: won }, LATER);
    await expectInStep(db);
    expect(await db.rows.get(ids[0]!)).toMatchObject({
      status: 'won',
      outcome: 'won',
      value: 9000,
    });
  });

  it('a re-score', async () => {
    const db = fresh();
    await seed(db);
    await rescoreAll(
      db,
      () => ({
        score: score({ icpVersion: 2, grade: 'A1' }),
        angle: 'x',
        nextStep: 'Call',
        revisitAt: null,
      }),
      LATER,
    );
    await expectInStep(db);
    expect(await db.rows.where('grade').equals('A1').count()).toBe(3);
  });

  it('a delete', async () => {
    const db = fresh();
    await seed(db);
    await deleteProspects(db, ['email:marc@logistica-brava.com']);
    await expectInStep(db);
    expect(await db.rows.count()).toBe(2);
  });

  it('an erase, which also rebuilds the rows of records it scrubbed', async () => {
    const db = fresh();
    await seed(db);
    const jordi = saveInput();
    jordi.person = {
      name: 'Jordi Vidal',
      linkedinSlug: null,
      email: 'jordi@ceramicas-nubia.es',
      fields: { title: field('Asistente de Lucía Ferrer') },
    };
    await saveProspect(db, jordi, LATER);
    await erasePerson(db, 'li:lucia-ferrer-nubia', LATER);
    await expectInStep(db);
    expect(await db.rows.get('li:lucia-ferrer-nubia')).toBeUndefined();
    expect(await db.rows.get('email:jordi@ceramicas-nubia.es')).toMatchObject({
      title: 'Asistente de […]',
      words: expect.not.arrayContaining(['lucia']),
    });
  });

  it('a retention purge', async () => {
    const db = fresh();
    await seed(db);
    await saveProspect(db, marcInput(), new Date('2028-06-01T00:00:00.000Z'));
    const purged = await applyRetention(db, 24, new Date('2028-06-02T00:00:00.000Z'));
    expect(purged.prospects).toBe(2);
    await expectInStep(db);
    expect(await db.rows.toCollection().primaryKeys()).toEqual(['email:marc@logistica-brava.com']);
  });

  it('a wholesale rewrite, rebuilt in one call', async () => {
    const db = fresh();
    await seed(db);
    await db.rows.clear();
    await db.prospects.put({ id: 'li:roto', status: 'weird' } as never);
    expect(await rebuildAllRows(db)).toBe(3);
    await expectInStep(db);
  });
});
