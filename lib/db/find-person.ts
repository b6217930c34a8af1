import { companyNameKey } from '../identity/company-name';
import { companyDomain } from '../identity/domain';
import { matchPerson, type PersonSide } from '../identity/match';
import { AccountSchema, ContactSchema, type Account, type Contact } from '../model/records';
import { whereAnyOf } from './any-of';
import type { CribaDB } from './database';
import { readAllValid } from './validate';

/**
 * A stored person this page's person is (`exact`: same profile or email, found by
 * find-existing.ts) or may be (`likely`: same name at the same company), with their
 * company as stored.
 */
export interface Link {
  kind: 'exact' | 'likely';
  by: 'linkedin' | 'email' | 'name-company';
  contact: Contact;
  account: Account | null;
}

function sideOf(contact: Contact, account: Account | null): PersonSide {
  return {
    name: contact.name,
    contact: { linkedinSlug: contact.linkedinSlug, email: contact.email },
    company: {
      domain: account?.domain ?? null,
      linkedinSlug: account?.linkedinSlug ?? null,
      name: account?.name ?? null,
    },
  };
}

/**
 * The most recently updated stored person of the same name at the same company: the
 * companies are found by the page's domain (or its email's), its LinkedIn page and its
 * folded name (indexed), then their people are compared (lib/identity/match.ts).
 * `excluded` keys (the page's own, and those the rep rejected) are never offered.
 * Runs inside the caller's transaction.
 */
export async function findLikelyPerson(
  db: CribaDB,
  page: PersonSide,
  excluded: ReadonlySet<string>,
): Promise<Link | null> {
  if (!page.name?.trim()) return null;
  const domains = [page.company.domain, companyDomain(page.contact.email)].filter(
    (d): d is string => !!d,
  );
  const nameKey = companyNameKey(page.company.name);
  const found = [
    ...(await whereAnyOf(db.accounts, 'domain', domains)),
    ...(page.company.linkedinSlug
      ? await db.accounts.where('linkedinSlug').equals(page.company.linkedinSlug).toArray()
      : []),
    ...(nameKey ? await db.accounts.where('nameKey').equals(nameKey).toArray() : []),
  ];
  const accounts = new Map(readAllValid(AccountSchema, found).valid.map((a) => [a.key, a]));
  if (accounts.size === 0) return null;
  const people = readAllValid(
    ContactSchema,
    await whereAnyOf(db.contacts, 'accountKey', [...accounts.keys()]),
  ).valid;
  const matches = people
    .filter((c) => !excluded.has(c.key))
    .map((c) => ({ contact: c, account: accounts.get(c.accountKey ?? '') ?? null }))
    .filter(
      ({ contact, account }) => matchPerson(page, sideOf(contact, account))?.kind === 'likely',
    )
    .sort((x, y) => Date.parse(y.contact.updatedAt) - Date.parse(x.contact.updatedAt));
  const best = matches[0];
  return best ? { kind: 'likely', by: 'name-company', ...best } : null;
}
