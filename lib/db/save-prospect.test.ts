import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { freshDatabases } from '../../tests/support/fresh-db';
import { InvalidRecordError, StorageFullError, isQuotaError, userMessageOf } from './errors';
import { findExisting, saveProspect, setOutcome } from './repository';
import { T0, counts, field, saveInput, score } from '../../tests/support/test-records';

const NOW = new Date('2026-03-02T09:00:00.000Z');
const LATER = new Date('2026-03-05T09:00:00.000Z');
const fresh = freshDatabases();

describe('saveProspect', () => {
  it('writes account, contact, prospect and a score-history row in one go', async () => {
    const db = fresh();
    const { prospect: saved } = await saveProspect(db, saveInput(), NOW);
    expect(saved).toMatchObject({
      id: 'li:lucia-ferrer-nubia',
      accountKey: 'domain:ceramicas-nubia.es',
      contactKey: 'li:lucia-ferrer-nubia',
      status: 'qualified',
      outcome: 'none',
      createdAt: NOW.toISOString(),
      updatedAt: NOW.toISOString(),
    });
    expect(await counts(db)).toMatchObject({
      accounts: 1,
      contacts: 1,
      prospects: 1,
      scoreHistory: 1,
    });
    const account = await db.accounts.get('domain:ceramicas-nubia.es');
    expect(account).toMatchObject({
      domain: 'ceramicas-nubia.es',
      linkedinSlug: 'ceramicas-nubia',
    });
    const contact = await db.contacts.get('li:lucia-ferrer-nubia');
    expect(contact).toMatchObject({
      accountKey: 'domain:ceramicas-nubia.es',
      email: 'lucia.ferrer@ceramicas-nubia.es',
    });
  });

  it('returns what a lookup would find afterwards, so the panel need not look again', async () => {
    const db = fresh();
    const saved = await saveProspect(db, saveInput(), NOW);
    const found = await findExisting(db, {
      account: saved.account!,
      contact: { linkedinSlug: 'lucia-ferrer-nubia', email: null },
    });
    expect(found).toEqual({ ...saved, link: null });
  });

  it('normalises loosely written identifiers into keys', async () => {
    const db = fresh();
    const input = saveInput();
    const { prospect: saved } = await saveProspect(
      db,
      {
        ...input,
        company: {
          ...input.company!,
          domain: 'https://WWW.Ceramicas-Nubia.es/contacto',
          linkedinSlug: null,
        },
        person: {
          ...input.person!,
          linkedinSlug: 'https://es.linkedin.com/in/Lucia-Ferrer-Nubia/',
          email: ' Lucia.Ferrer@Ceramicas-Nubia.ES ',
        },
      },
      NOW,
    );
    expect(saved.id).toBe('li:lucia-ferrer-nubia');
    expect(saved.accountKey).toBe('domain:ceramicas-nubia.es');
    expect((await db.contacts.get(saved.id))?.email).toBe('lucia.ferrer@ceramicas-nubia.es');
  });

  it('keeps createdAt and the outcome on a later save, and appends score history', async () => {
    const db = fresh();
    await saveProspect(db, saveInput(), NOW);
    await setOutcome(db, 'li:lucia-ferrer-nubia', 'meeting', NOW);
    const { prospect: again } = await saveProspect(
      db,
      saveInput({ status: 'nurture', score: score({ fit: 40, verdict: 'nurture' }) }),
      LATER,
    );
    expect(again).toMatchObject({
      status: 'nurture',
      outcome: 'meeting',
      outcomeAt: NOW.toISOString(),
      createdAt: NOW.toISOString(),
      updatedAt: LATER.toISOString(),
    });
    const history = await db.scoreHistory.where('prospectId').equals(again.id).sortBy('at');
    expect(history.map((h) => h.score.fit)).toEqual([72, 40]);
  });

  it('adds no score-history row when there is no score', async () => {
    const db = fresh();
    const { prospect: saved } = await saveProspect(db, saveInput({ score: null }), NOW);
    expect(saved.score).toBeNull();
    expect(await db.scoreHistory.count()).toBe(0);
  });

  it("never overwrites the rep's value with a page value; otherwise the newer capture wins", async () => {
    const db = fresh();
    const first = saveInput();
    first.company!.fields.industry = field('Fabricación cerámica', { method: 'rep', at: T0 });
    await saveProspect(db, first, NOW);

    const second = saveInput();
    second.company!.fields = {
      industry: field('Manufacturing', { method: 'json-ld', at: '2026-03-04T00:00:00.000Z' }),
      employeesMin: field(201, { at: '2026-03-04T00:00:00.000Z' }),
      employeesMax: field(999, { at: '2026-01-01T00:00:00.000Z' }),
    };
    await saveProspect(db, second, LATER);
    const fields = (await db.accounts.get('domain:ceramicas-nubia.es'))!.fields;
    expect(fields.industry?.value).toBe('Fabricación cerámica');
    expect(fields.employeesMin?.value).toBe(201);
    expect(fields.employeesMax?.value).toBe(200);
    expect(fields.country?.value).toBe('ES');
  });
});

describe('saveProspect refuses bad input and rolls back', () => {
  it('throws InvalidRecordError with the zod paths and writes nothing', async () => {
    const db = fresh();
    const bad = saveInput({ notes: 'x'.repeat(10001) });
    bad.person!.fields.title = { ...field('CEO'), confidence: 7 };
    const err = await saveProspect(db, bad, NOW).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(InvalidRecordError);
    expect((err as InvalidRecordError).paths).toEqual(
      expect.arrayContaining(['input.person.fields.title.confidence', 'input.notes']),
    );
    expect(Object.values(await counts(db)).every((n) => n === 0)).toBe(true);
  });

  it('refuses a person with neither profile nor email', async () => {
    const db = fresh();
    const input = saveInput();
    input.person = { ...input.person!, linkedinSlug: null, email: 'no-es-un-email' };
    await expect(saveProspect(db, input, NOW)).rejects.toBeInstanceOf(InvalidRecordError);
    expect(await db.accounts.count()).toBe(0);
  });

  it('rolls back the account when the prospect cannot be written', async () => {
    const db = fresh();
    // An account-only prospect `li:acme-tiles` and a person whose slug is also
    // `acme-tiles` would share one id: the save fails after the account was written.
    const company = saveInput({ person: null });
    company.company = { ...company.company!, domain: null, linkedinSlug: 'acme-tiles' };
    await saveProspect(db, company, NOW);
    const before = await counts(db);
    const person = saveInput();
    person.company = { ...person.company!, domain: 'otra-ceramica.es', linkedinSlug: null };
    person.person = { ...person.person!, linkedinSlug: 'acme-tiles' };
    await expect(saveProspect(db, person, LATER)).rejects.toBeInstanceOf(InvalidRecordError);
    expect(await counts(db)).toEqual(before);
    expect(await db.accounts.get('domain:otra-ceramica.es')).toBeUndefined();
  });

  it('turns a quota error into StorageFullError and keeps nothing of the save', async () => {
    const db = fresh();
    db.prospects.hook('creating', () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    const err = await saveProspect(db, saveInput(), NOW).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(StorageFullError);
    expect(userMessageOf(err)).toEqual({ key: 'error.quota' });
    expect(Object.values(await counts(db)).every((n) => n === 0)).toBe(true);
  });

  it('recognises quota errors wrapped by Dexie', () => {
    const quota = new DOMException('full', 'QuotaExceededError');
    expect(isQuotaError(new Dexie.AbortError('aborted', quota))).toBe(true);
    expect(isQuotaError(new Dexie.QuotaExceededError('full'))).toBe(true);
    expect(isQuotaError({ name: 'BulkError', failures: [new Error('x'), quota] })).toBe(true);
    expect(isQuotaError(new Dexie.ConstraintError('dup'))).toBe(false);
    expect(isQuotaError(null)).toBe(false);
  });
});
