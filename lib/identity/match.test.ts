import { describe, expect, it } from 'vitest';
import { companyNameKey, sameCompanyName } from './company-name';
import { linkedIdentity } from './link';
import { matchPerson, type PersonSide } from './match';
import { samePersonName } from './person-name';

/** Invented people: Begoña at Txantxangorri Software, seen on LinkedIn and by email. */
const onLinkedIn: PersonSide = {
  name: 'Begoña Irazabal Etxeberria',
  contact: { linkedinSlug: 'begona-irazabal-demo', email: null },
  company: { domain: null, linkedinSlug: 'txantxangorri-software', name: 'Txantxangorri Software' },
};
const byEmail: PersonSide = {
  name: 'Begoña Irazabal',
  contact: { linkedinSlug: null, email: 'begona@txantxangorri.eus' },
  company: { domain: 'txantxangorri.eus', linkedinSlug: null, name: 'Txantxangorri Software S.L.' },
};
const person = (over: Partial<PersonSide>): PersonSide => ({ ...byEmail, ...over });

describe('companyNameKey', () => {
  it.each([
    ['Cerámicas Nubia, S.L.', 'ceramicas nubia'],
    ['CERAMICAS NUBIA SL', 'ceramicas nubia'],
    ['Cerámicas Nubia S.L.U.', 'ceramicas nubia'],
    ['Vidrios Altamar S.A.', 'vidrios altamar'],
    ['Logística Brava SAS', 'logistica brava'],
    ['Maison Verte SARL', 'maison verte'],
    ['Müller Werkzeug GmbH & Co. KG', 'muller werkzeug'],
    ['Nordhaus AG', 'nordhaus'],
    ['Hafen Logistik GmbH', 'hafen logistik'],
    ['Harbour Tools Ltd.', 'harbour tools'],
    ['Harbour Tools Limited', 'harbour tools'],
    ['Copper Lane LLC', 'copper lane'],
    ['Copper Lane, Inc.', 'copper lane'],
    ['Copper Lane Corp', 'copper lane'],
    ['Tulp Systemen B.V.', 'tulp systemen'],
    ['Ferro Lucano S.r.l.', 'ferro lucano'],
    ['Ferro Lucano SpA', 'ferro lucano'],
    ['Wisła Dane Sp. z o.o.', 'wisla dane'],
    ['Cortiça Viva Lda', 'cortica viva'],
  ])('%s folds to %s', (name, key) => {
    expect(companyNameKey(name)).toBe(key);
  });

  it('keeps a name that is only a legal form, and legal words inside a name', () => {
    expect(companyNameKey('S.A.')).toBe('s a');
    expect(companyNameKey('Sociedad Anónima de Cementos')).toBe('sociedad anonima de cementos');
    expect(companyNameKey('')).toBeNull();
  });

  it('tells different companies apart', () => {
    expect(sameCompanyName('Cerámicas Nubia S.L.', 'Cerámicas Nubia Norte S.L.')).toBe(false);
    expect(sameCompanyName('Cerámicas Nubia S.L.', 'CERÁMICAS NUBIA')).toBe(true);
  });
});

describe('samePersonName', () => {
  it('folds accents, case and punctuation', () => {
    expect(samePersonName('Begoña Irazabal', 'BEGONA  irazabal')).toBe(true);
  });
  it('matches a name without its second surname, never a lone given name', () => {
    expect(samePersonName('Begoña Irazabal', 'Begoña Irazabal Etxeberria')).toBe(true);
    expect(samePersonName('Begoña', 'Begoña Irazabal Etxeberria')).toBe(false);
    expect(samePersonName('Begoña Etxeberria', 'Begoña Irazabal Etxeberria')).toBe(false);
    expect(samePersonName('', '')).toBe(false);
  });
});

describe('matchPerson', () => {
  it('links the same LinkedIn profile exactly, however the rest differs', () => {
    const other = { ...onLinkedIn, name: 'B. I.', company: { ...byEmail.company, name: null } };
    expect(matchPerson(onLinkedIn, other)).toEqual({ kind: 'exact', by: 'linkedin' });
  });

  it('links the same email exactly, both ways', () => {
    const stored = {
      ...onLinkedIn,
      contact: { ...onLinkedIn.contact, email: byEmail.contact.email },
    };
    expect(matchPerson(byEmail, stored)).toEqual({ kind: 'exact', by: 'email' });
    expect(matchPerson(stored, byEmail)).toEqual({ kind: 'exact', by: 'email' });
  });

  it('offers the same name at the same company (names after folding), both ways', () => {
    expect(matchPerson(byEmail, onLinkedIn)).toEqual({ kind: 'likely', by: 'name-company' });
    expect(matchPerson(onLinkedIn, byEmail)).toEqual({ kind: 'likely', by: 'name-company' });
  });

  it('offers the same name when the email domain is the stored company’s domain', () => {
    const stored = {
      ...onLinkedIn,
      company: { domain: 'txantxangorri.eus', linkedinSlug: null, name: 'Txori Soft' },
    };
    const page = person({ company: { domain: null, linkedinSlug: null, name: null } });
    expect(matchPerson(page, stored)).toEqual({ kind: 'likely', by: 'name-company' });
    expect(matchPerson(stored, page)).toEqual({ kind: 'likely', by: 'name-company' });
  });

  it('offers the same name when the company’s LinkedIn page is the same', () => {
    const page = person({
      company: { domain: null, linkedinSlug: 'txantxangorri-software', name: 'Txori' },
    });
    expect(matchPerson(page, onLinkedIn)).toEqual({ kind: 'likely', by: 'name-company' });
  });

  it('does not match the same name at another company', () => {
    const elsewhere = person({
      contact: { linkedinSlug: null, email: 'begona@forjas-urola.eus' },
      company: { domain: 'forjas-urola.eus', linkedinSlug: null, name: 'Forjas Urola S.A.' },
    });
    expect(matchPerson(elsewhere, onLinkedIn)).toBeNull();
    expect(matchPerson(onLinkedIn, elsewhere)).toBeNull();
  });

  it('does not match a free-mail address to a company by its domain', () => {
    const a = person({
      contact: { linkedinSlug: null, email: 'begona@gmail.com' },
      company: { domain: null, linkedinSlug: null, name: null },
    });
    const b = { ...a, contact: { linkedinSlug: 'other', email: 'b.irazabal@gmail.com' } };
    expect(matchPerson(a, b)).toBeNull();
  });

  it('does not match another person at the same company, nor two different profiles', () => {
    expect(matchPerson(person({ name: 'Iker Olano' }), onLinkedIn)).toBeNull();
    const twin = { ...onLinkedIn, contact: { linkedinSlug: 'begona-irazabal-2', email: null } };
    expect(matchPerson(twin, onLinkedIn)).toBeNull();
  });
});

describe('linkedIdentity', () => {
  const page = {
    contact: byEmail.contact,
    account: { domain: 'txantxangorri.eus', linkedinSlug: null },
  };
  it('joins the email to the profile and the company’s page to its domain', () => {
    expect(linkedIdentity(page, onLinkedIn.contact, onLinkedIn.company)).toEqual({
      contact: { linkedinSlug: 'begona-irazabal-demo', email: 'begona@txantxangorri.eus' },
      account: { domain: 'txantxangorri.eus', linkedinSlug: 'txantxangorri-software' },
    });
  });
  it('never carries a company page whose stored domain is another', () => {
    const other = { domain: 'txori.eus', linkedinSlug: 'txori' };
    expect(linkedIdentity(page, onLinkedIn.contact, other).account).toEqual(page.account);
  });
});
