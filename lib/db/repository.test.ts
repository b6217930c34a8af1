import { describe, expect, it } from 'vitest';
import { freshDatabases } from '../../tests/support/fresh-db';
import {
  SuppressedError,
  applyRetention,
  deleteProspects,
  erasePerson,
  isSuppressed,
  listProspectRows,
  saveProspect,
  suppressionHash,
} from './repository';
import { counts, marcInput, saveInput } from '../../tests/support/test-records';

const DAY = 86_400_000;
const NOW = new Date('2026-03-02T09:00:00.000Z');
const fresh = freshDatabases();

describe('deleteProspects', () => {
  it('removes the prospects, their score history and rows, keeping accounts and contacts', async () => {
    const db = fresh();
    const { prospect: p } = await saveProspect(db, saveInput(), NOW);
    await saveProspect(db, marcInput(), NOW);
    expect(await deleteProspects(db, [p.id, 'li:nadie'])).toBe(1);
    expect(await counts(db)).toMatchObject({
      accounts: 2,
      contacts: 2,
      prospects: 1,
      scoreHistory: 1,
      rows: 1,
    });
    expect(await deleteProspects(db, [p.id])).toBe(0);
  });
});

describe('erasePerson', () => {
  it('deletes the person everywhere, keeps the company, and suppresses every key', async () => {
    const db = fresh();
    const { prospect: p } = await saveProspect(db, saveInput(), NOW);
    await saveProspect(db, marcInput(), NOW);
    const result = await erasePerson(db, p.id, NOW);
    expect(result).toEqual({
      contacts: 1,
      prospects: 1,
      scoreHistory: 1,
      scrubbed: 0,
    });
    expect(await counts(db)).toMatchObject({
      accounts: 2,
      contacts: 1,
      prospects: 1,
      scoreHistory: 1,
      suppressions: 2,
    });
    expect(await isSuppressed(db, 'LI:Lucia-Ferrer-Nubia')).toBe(true);
    expect(await isSuppressed(db, 'email:lucia.ferrer@ceramicas-nubia.es')).toBe(true);
    expect(await isSuppressed(db, 'email:marc@logistica-brava.com')).toBe(false);
    // Only hashes are kept: nothing readable about the person remains.
    const stored = JSON.stringify(await db.suppressions.toArray());
    expect(stored).not.toMatch(/lucia/i);
  });

  it('refuses to store an erased person again, by profile or by email', async () => {
    const db = fresh();
    const { prospect: p } = await saveProspect(db, saveInput(), NOW);
    await erasePerson(db, p.id, NOW);
    const before = await counts(db);
    await expect(saveProspect(db, saveInput(), NOW)).rejects.toBeInstanceOf(SuppressedError);
    const byEmail = saveInput();
    byEmail.person = {
      ...byEmail.person!,
      linkedinSlug: null,
      email: 'Lucia.Ferrer@ceramicas-nubia.es',
    };
    await expect(saveProspect(db, byEmail, NOW)).rejects.toBeInstanceOf(SuppressedError);
    expect(await counts(db)).toEqual(before);
  });

  it('suppresses a person who was never stored', async () => {
    const db = fresh();
    expect(await erasePerson(db, 'email:pau@estudio-gris.es', NOW)).toEqual({
      contacts: 0,
      prospects: 0,
      scoreHistory: 0,
      scrubbed: 0,
    });
    expect(await isSuppressed(db, 'email:pau@estudio-gris.es')).toBe(true);
  });

  it('hashes with SHA-256 over the normalised key', async () => {
    // echo -n 'email:pau@estudio-gris.es' | sha256sum
    const expected = 'e085f566b566844b3430558e060eb88b7df4209c679ac137c2c0bbe5e57506d4';
    expect(await suppressionHash(' EMAIL:Pau@Estudio-Gris.es ')).toBe(expected);
    expect(await suppressionHash('email:pau@estudio-gris.es')).toBe(expected);
  });
});

describe('applyRetention', () => {
  it('expires old prospects and the records only they used', async () => {
    const db = fresh();
    const old = new Date(NOW.getTime() - 400 * DAY);
    await saveProspect(db, marcInput(), old);
    await saveProspect(db, saveInput(), NOW);
    expect(await applyRetention(db, 12, NOW)).toEqual({
      prospects: 1,
      scoreHistory: 1,
      contacts: 1,
      accounts: 1,
      drafts: 0,
      personLinks: 0,
    });
    expect(await db.prospects.toCollection().primaryKeys()).toEqual(['li:lucia-ferrer-nubia']);
    expect(await db.accounts.toCollection().primaryKeys()).toEqual(['domain:ceramicas-nubia.es']);
    expect(await applyRetention(db, 12, NOW)).toEqual({
      prospects: 0,
      scoreHistory: 0,
      contacts: 0,
      accounts: 0,
      drafts: 0,
      personLinks: 0,
    });
  });

  it('keeps an old account that a recent contact still belongs to', async () => {
    const db = fresh();
    const old = new Date(NOW.getTime() - 400 * DAY);
    await saveProspect(db, saveInput({ person: null }), old);
    await saveProspect(db, saveInput(), old);
    // Saved again from Gmail: the person is recent, the company record is not.
    await saveProspect(db, saveInput({ company: null }), NOW);
    expect(await applyRetention(db, 1, NOW)).toEqual({
      prospects: 1,
      scoreHistory: 1,
      contacts: 0,
      accounts: 0,
      drafts: 0,
      personLinks: 0,
    });
    expect(await db.prospects.toCollection().primaryKeys()).toEqual(['li:lucia-ferrer-nubia']);
    expect((await db.accounts.get('domain:ceramicas-nubia.es'))?.updatedAt).toBe(old.toISOString());
  });

  it('refuses a nonsensical age', async () => {
    const db = fresh();
    await expect(applyRetention(db, 0, NOW)).rejects.toBeInstanceOf(RangeError);
    await expect(applyRetention(db, Number.NaN, NOW)).rejects.toBeInstanceOf(RangeError);
    await expect(applyRetention(db, 1.5, NOW)).rejects.toBeInstanceOf(RangeError);
    await expect(applyRetention(db, 121, NOW)).rejects.toBeInstanceOf(RangeError);
  });
});

describe('listProspectRows', () => {
  it('joins prospect, account and contact, newest first', async () => {
    const db = fresh();
    await saveProspect(db, saveInput(), NOW);
    await saveProspect(db, marcInput(), new Date(NOW.getTime() + DAY));
    const { rows, skipped } = await listProspectRows(db);
    expect(skipped).toBe(0);
    expect(rows.map((r) => r.id)).toEqual([
      'email:marc@logistica-brava.com',
      'li:lucia-ferrer-nubia',
    ]);
    expect(rows[1]).toEqual({
      angle: null,
      advice: null,
      icpVersion: 1,
      id: 'li:lucia-ferrer-nubia',
      name: 'Lucía Ferrer',
      title: 'Directora de Operaciones',
      email: 'lucia.ferrer@ceramicas-nubia.es',
      phone: null,
      linkedinUrl: 'https://www.linkedin.com/in/lucia-ferrer-nubia/',
      company: 'Cerámicas Nubia',
      domain: 'ceramicas-nubia.es',
      website: 'https://www.ceramicas-nubia.es/',
      industry: 'Ceramics manufacturing',
      employeesMin: 51,
      employeesMax: 200,
      location: 'Castellón, España',
      country: 'ES',
      status: 'new',
      outcome: null,
      fit: 72,
      confidence: 80,
      qualification: 60,
      grade: 'B2',
      verdict: 'qualified',
      reason: null,
      updatedAt: NOW.toISOString(),
      createdAt: NOW.toISOString(),
    });
    expect(rows[0]).toMatchObject({ phone: '+34 600 000 111', linkedinUrl: null, grade: 'C3' });
  });

  it('skips and counts rows that no longer parse instead of crashing', async () => {
    const db = fresh();
    await saveProspect(db, saveInput(), NOW);
    const { prospect: m } = await saveProspect(db, marcInput(), NOW);
    await db.prospects.put({ id: 'li:roto', status: 'weird' } as never);
    await db.contacts.update(m.contactKey!, { fields: { title: 42 } } as never);
    const { rows, skipped } = await listProspectRows(db);
    expect(rows.map((r) => r.id)).toEqual(['li:lucia-ferrer-nubia']);
    expect(skipped).toBe(2);
  });
});
