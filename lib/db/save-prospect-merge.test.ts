import { describe, expect, it } from 'vitest';
import { freshDatabases } from '../../tests/support/fresh-db';
import { contactIdentity, identityKeys } from '../identity/keys';
import { draftFromCapture } from '../prospect/draft';
import { findExisting, saveProspect, setOutcome } from './repository';
import { T0, saveInput } from '../../tests/support/test-records';

const NOW = new Date('2026-03-02T09:00:00.000Z');
const LATER = new Date('2026-03-05T09:00:00.000Z');
/** Merging by key and secondary indexes (find-existing.ts, merge-records.ts, rekey.ts). */
const fresh = freshDatabases();

describe('saveProspect merges one company or person seen in several places', () => {
  it('merges a company first seen by LinkedIn slug into its domain account', async () => {
    const db = fresh();
    // From the LinkedIn company page: slug only, no person (an account-only prospect).
    const onLinkedIn = saveInput({ person: null });
    onLinkedIn.company = { ...onLinkedIn.company!, domain: null };
    const { prospect: first } = await saveProspect(db, onLinkedIn, NOW);
    expect(first.id).toBe('li:ceramicas-nubia');
    await setOutcome(db, first.id, 'proposal', NOW);
    // A person at that company, saved from their profile (company slug only).
    const personInput = saveInput();
    personInput.company = { ...personInput.company!, domain: null };
    await saveProspect(db, personInput, NOW);
    expect((await db.contacts.get('li:lucia-ferrer-nubia'))?.accountKey).toBe('li:ceramicas-nubia');

    // The website gives domain + slug: the same company, re-keyed by domain.
    const onWebsite = saveInput({ person: null, score: null });
    await saveProspect(db, onWebsite, LATER);

    expect(await db.accounts.toCollection().primaryKeys()).toEqual(['domain:ceramicas-nubia.es']);
    expect((await db.contacts.get('li:lucia-ferrer-nubia'))?.accountKey).toBe(
      'domain:ceramicas-nubia.es',
    );
    expect(await db.prospects.get('li:ceramicas-nubia')).toBeUndefined();
    const accountProspect = await db.prospects.get('domain:ceramicas-nubia.es');
    expect(accountProspect).toMatchObject({
      accountKey: 'domain:ceramicas-nubia.es',
      contactKey: null,
      outcome: 'proposal',
      createdAt: NOW.toISOString(),
    });
    expect((await db.prospects.get('li:lucia-ferrer-nubia'))?.accountKey).toBe(
      'domain:ceramicas-nubia.es',
    );
    const moved = await db.scoreHistory
      .where('prospectId')
      .equals('domain:ceramicas-nubia.es')
      .count();
    expect(moved).toBe(1);
  });

  it('finds the domain account when later saved with the company slug only', async () => {
    const db = fresh();
    await saveProspect(db, saveInput({ person: null }), NOW);
    const fromProfile = saveInput();
    fromProfile.company = { ...fromProfile.company!, domain: null, name: '' };
    const { prospect: saved } = await saveProspect(db, fromProfile, LATER);
    expect(saved.accountKey).toBe('domain:ceramicas-nubia.es');
    expect(await db.accounts.count()).toBe(1);
    expect((await db.accounts.get('domain:ceramicas-nubia.es'))?.name).toBe('Cerámicas Nubia');
  });

  it('does not merge a LinkedIn page already tied to a different domain', async () => {
    const db = fresh();
    await saveProspect(db, saveInput({ person: null }), NOW);
    const other = saveInput({ person: null });
    other.company = { ...other.company!, domain: 'nubia-group.com' };
    await saveProspect(db, other, LATER);
    expect((await db.accounts.toCollection().primaryKeys()).sort()).toEqual([
      'domain:ceramicas-nubia.es',
      'domain:nubia-group.com',
    ]);
  });

  it('re-keys a person first saved by email once their profile is known', async () => {
    const db = fresh();
    const fromGmail = saveInput({
      answers: { budget: { value: 'no', answeredAt: T0 } },
      notes: 'Escribió desde Gmail',
    });
    fromGmail.person = { ...fromGmail.person!, linkedinSlug: null };
    const { prospect: first } = await saveProspect(db, fromGmail, NOW);
    expect(first.id).toBe('email:lucia.ferrer@ceramicas-nubia.es');
    await setOutcome(db, first.id, 'meeting', NOW);

    const found = await findExisting(db, {
      account: { domain: null, linkedinSlug: null },
      contact: contactIdentity({
        linkedinSlug: 'lucia-ferrer-nubia',
        email: 'LUCIA.FERRER@ceramicas-nubia.es',
      }),
    });
    expect(found.contact?.key).toBe('email:lucia.ferrer@ceramicas-nubia.es');
    expect(found.prospect?.id).toBe('email:lucia.ferrer@ceramicas-nubia.es');

    const { prospect: saved } = await saveProspect(
      db,
      saveInput({ notes: 'Perfil revisado' }),
      LATER,
    );
    expect(saved.id).toBe('li:lucia-ferrer-nubia');
    expect(saved.outcome).toBe('meeting');
    expect(saved.createdAt).toBe(NOW.toISOString());
    expect(await db.contacts.toCollection().primaryKeys()).toEqual(['li:lucia-ferrer-nubia']);
    expect(await db.prospects.toCollection().primaryKeys()).toEqual(['li:lucia-ferrer-nubia']);
    expect(await db.scoreHistory.where('prospectId').equals(saved.id).count()).toBe(2);
  });

  it('an email-only save finds the person already stored with their profile', async () => {
    const db = fresh();
    await saveProspect(db, saveInput(), NOW);
    const fromGmail = saveInput({ company: null });
    fromGmail.person = { ...fromGmail.person!, linkedinSlug: null, fields: {} };
    const { prospect: saved } = await saveProspect(db, fromGmail, LATER);
    expect(saved.id).toBe('li:lucia-ferrer-nubia');
    expect(saved.accountKey).toBe('domain:ceramicas-nubia.es');
    expect(await db.contacts.count()).toBe(1);
    expect((await db.contacts.get(saved.id))?.fields.title?.value).toBe('Directora de Operaciones');
  });

  it('finds what a capture describes through identityKeys', async () => {
    const db = fresh();
    await saveProspect(db, saveInput(), NOW);
    const source = {
      surface: 'linkedin-profile' as const,
      url: 'https://www.linkedin.com/in/lucia-ferrer-nubia/',
      method: 'url' as const,
      capturedAt: T0,
    };
    const keys = identityKeys(
      draftFromCapture({
        signals: [
          {
            entity: 'person',
            field: 'linkedinUrl',
            value: 'https://www.linkedin.com/in/Lucia-Ferrer-Nubia/',
            source,
            confidence: 1,
          },
          {
            entity: 'person',
            field: 'companyLinkedinUrl',
            value: 'https://www.linkedin.com/company/ceramicas-nubia/',
            source,
            confidence: 1,
          },
        ],
      }),
    );
    const found = await findExisting(db, keys);
    expect(found.account?.key).toBe('domain:ceramicas-nubia.es');
    expect(found.contact?.key).toBe('li:lucia-ferrer-nubia');
    expect(found.prospect?.id).toBe('li:lucia-ferrer-nubia');
    const stranger = {
      account: { domain: null, linkedinSlug: null },
      contact: contactIdentity({ email: 'nadie@otra-empresa.es' }),
    };
    expect(await findExisting(db, stranger)).toEqual({
      account: null,
      contact: null,
      prospect: null,
      link: null,
    });
  });
});
