import { describe, expect, it } from 'vitest';
import { freshDatabases } from '../../tests/support/fresh-db';
import { T0, field, saveInput } from '../../tests/support/test-records';
import type { IdentityKeys } from '../identity/keys';
import type { CribaDB } from './database';
import { findExisting } from './find-existing';
import { rememberLink } from './person-links';
import { saveProspect } from './save-prospect';

/**
 * One person met on LinkedIn and by email (Begoña Irazabal at Txantxangorri Software,
 * invented): found exactly by profile or email, offered by name at the same company,
 * never offered again once the rep says no, and saved as one contact and one prospect.
 */
const fresh = freshDatabases();
const NOW = new Date('2026-03-02T09:00:00.000Z');
const LATER = new Date('2026-03-03T09:00:00.000Z');
const onLinkedIn = {
  surface: 'linkedin-profile',
  url: 'https://www.linkedin.com/in/begona-irazabal-demo/',
} as const;

/** Saved from her LinkedIn profile: the company known only by its LinkedIn page. */
async function savedFromLinkedIn(db: CribaDB) {
  return saveProspect(
    db,
    saveInput({
      company: {
        name: 'Txantxangorri Software',
        domain: null,
        linkedinSlug: 'txantxangorri-software',
        fields: { name: field('Txantxangorri Software', onLinkedIn) },
      },
      person: {
        name: 'Begoña Irazabal Etxeberria',
        linkedinSlug: 'begona-irazabal-demo',
        email: null,
        fields: { name: field('Begoña Irazabal Etxeberria', onLinkedIn) },
      },
      answers: { need: { value: 'yes', answeredAt: T0 } },
    }),
    NOW,
  );
}

/** Her email, as a Gmail thread reads it: her work address, the company in her signature. */
const fromGmail: IdentityKeys = {
  account: { domain: 'txantxangorri.eus', linkedinSlug: null },
  contact: { linkedinSlug: null, email: 'begona@txantxangorri.eus' },
};
const gmailNames = { name: 'Begoña Irazabal', company: 'Txantxangorri Software S.L.' };

describe('a person across LinkedIn and email', () => {
  it('offers the person of the same name at the same company, by folded company name', async () => {
    const db = fresh();
    await savedFromLinkedIn(db);
    const found = await findExisting(db, fromGmail, gmailNames);
    expect(found.link).toMatchObject({
      kind: 'likely',
      by: 'name-company',
      contact: { key: 'li:begona-irazabal-demo' },
      account: { key: 'li:txantxangorri-software' },
    });
    // Until the rep confirms, nothing of hers is shown as this page's.
    expect(found).toMatchObject({ contact: null, prospect: null });
  });

  it('offers her by the email’s domain when her company’s domain is stored', async () => {
    const db = fresh();
    await saveProspect(
      db,
      saveInput({
        company: { name: 'Txori', domain: 'txantxangorri.eus', linkedinSlug: null, fields: {} },
        person: {
          name: 'Begoña Irazabal',
          linkedinSlug: 'begona-irazabal-demo',
          email: null,
          fields: {},
        },
      }),
      NOW,
    );
    const found = await findExisting(db, fromGmail, { name: 'BEGOÑA IRAZABAL', company: null });
    expect(found.link?.contact.key).toBe('li:begona-irazabal-demo');
  });

  it('does not offer a namesake at another company, nor a colleague', async () => {
    const db = fresh();
    await savedFromLinkedIn(db);
    const elsewhere: IdentityKeys = {
      account: { domain: 'forjas-urola.eus', linkedinSlug: null },
      contact: { linkedinSlug: null, email: 'begona@forjas-urola.eus' },
    };
    expect(
      (await findExisting(db, elsewhere, { name: 'Begoña Irazabal', company: 'Forjas Urola' }))
        .link,
    ).toBeNull();
    expect(
      (await findExisting(db, fromGmail, { name: 'Iker Olano', company: gmailNames.company })).link,
    ).toBeNull();
  });

  it('confirmed, she is found exactly from her email with her answers, on every later look', async () => {
    const db = fresh();
    await savedFromLinkedIn(db);
    await rememberLink(db, 'email:begona@txantxangorri.eus', 'li:begona-irazabal-demo', true, NOW);
    const found = await findExisting(db, fromGmail, gmailNames);
    expect(found.link).toMatchObject({
      kind: 'exact',
      contact: { key: 'li:begona-irazabal-demo' },
    });
    expect(found.prospect?.answers.need?.value).toBe('yes');
    expect(found.account?.key).toBe('li:txantxangorri-software');
  });

  it('confirmed, the save joins the email to her LinkedIn contact: one contact, one prospect, one company', async () => {
    const db = fresh();
    await savedFromLinkedIn(db);
    const linked = {
      account: { ...fromGmail.account, linkedinSlug: 'txantxangorri-software' },
      contact: { ...fromGmail.contact, linkedinSlug: 'begona-irazabal-demo' },
    };
    await saveProspect(
      db,
      saveInput({
        company: { name: 'Txantxangorri Software S.L.', fields: {}, ...linked.account },
        person: { name: 'Begoña Irazabal', fields: {}, ...linked.contact },
        answers: { budget: { value: 'allocated', answeredAt: LATER.toISOString() } },
      }),
      LATER,
    );
    expect(await db.contacts.toCollection().primaryKeys()).toEqual(['li:begona-irazabal-demo']);
    expect(await db.prospects.toCollection().primaryKeys()).toEqual(['li:begona-irazabal-demo']);
    expect(await db.accounts.toCollection().primaryKeys()).toEqual(['domain:txantxangorri.eus']);
    const prospect = await db.prospects.get('li:begona-irazabal-demo');
    expect(Object.keys(prospect!.answers).sort()).toEqual(['budget', 'need']);

    // Her email now finds her exactly, and the panel says where she was met.
    const found = await findExisting(db, fromGmail, gmailNames);
    expect(found.link).toMatchObject({ kind: 'exact', by: 'email' });
    expect(found.prospect?.id).toBe('li:begona-irazabal-demo');
    expect(found.account?.key).toBe('domain:txantxangorri.eus');
  });

  it('the reverse: saved from her email, her profile joins it when the rep confirms', async () => {
    const db = fresh();
    await saveProspect(
      db,
      saveInput({
        company: { name: 'Txantxangorri Software S.L.', fields: {}, ...fromGmail.account },
        person: { name: 'Begoña Irazabal', fields: {}, ...fromGmail.contact },
      }),
      NOW,
    );
    const profile: IdentityKeys = {
      account: { domain: null, linkedinSlug: 'txantxangorri-software' },
      contact: { linkedinSlug: 'begona-irazabal-demo', email: null },
    };
    const names = { name: 'Begoña Irazabal Etxeberria', company: 'Txantxangorri Software' };
    const found = await findExisting(db, profile, names);
    expect(found.link).toMatchObject({
      kind: 'likely',
      contact: { key: 'email:begona@txantxangorri.eus' },
    });

    await saveProspect(
      db,
      saveInput({
        company: {
          name: 'Txantxangorri Software',
          fields: {},
          domain: 'txantxangorri.eus',
          linkedinSlug: 'txantxangorri-software',
        },
        person: {
          name: names.name,
          fields: {},
          linkedinSlug: 'begona-irazabal-demo',
          email: 'begona@txantxangorri.eus',
        },
      }),
      LATER,
    );
    expect(await db.contacts.toCollection().primaryKeys()).toEqual(['li:begona-irazabal-demo']);
    expect(await db.prospects.toCollection().primaryKeys()).toEqual(['li:begona-irazabal-demo']);
  });

  it('shows her company’s stored facts through her contact when the page names no company', async () => {
    const db = fresh();
    await savedFromLinkedIn(db);
    const found = await findExisting(db, {
      account: { domain: null, linkedinSlug: null },
      contact: { linkedinSlug: 'begona-irazabal-demo', email: null },
    });
    expect(found.account?.key).toBe('li:txantxangorri-software');
    expect(found.link).toBeNull();
  });
});

describe('a link the rep rejected', () => {
  it('is never offered again by name', async () => {
    const db = fresh();
    await savedFromLinkedIn(db);
    await rememberLink(db, 'email:begona@txantxangorri.eus', 'li:begona-irazabal-demo', false, NOW);
    expect((await findExisting(db, fromGmail, gmailNames)).link).toBeNull();
  });

  it('undoes an exact link: found no more, and saving keeps two people', async () => {
    const db = fresh();
    await saveProspect(db, saveInput(), NOW); // Lucía, with profile and email
    const byEmail: IdentityKeys = {
      account: { domain: 'ceramicas-nubia.es', linkedinSlug: null },
      contact: { linkedinSlug: null, email: 'lucia.ferrer@ceramicas-nubia.es' },
    };
    expect((await findExisting(db, byEmail)).link).toMatchObject({ kind: 'exact', by: 'email' });
    await rememberLink(
      db,
      'li:lucia-ferrer-nubia',
      'email:lucia.ferrer@ceramicas-nubia.es',
      false,
      NOW,
    );
    expect(await findExisting(db, byEmail)).toMatchObject({
      contact: null,
      prospect: null,
      link: null,
    });

    await saveProspect(
      db,
      saveInput({ person: { name: 'Recepción', fields: {}, ...byEmail.contact } }),
      LATER,
    );
    expect((await db.contacts.toCollection().primaryKeys()).sort()).toEqual([
      'email:lucia.ferrer@ceramicas-nubia.es',
      'li:lucia-ferrer-nubia',
    ]);
  });
});
