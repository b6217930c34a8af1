import {
  accountDomain,
  accountKeyFor,
  companySlug,
  contactKeyFor,
  normaliseEmail,
  personSlug,
} from '../identity/keys';
import {
  AccountSchema,
  ContactSchema,
  ProspectSchema,
  type Account,
  type Contact,
  type Prospect,
} from '../model/records';
import type { CribaDB } from './database';
import { planMerge, type MergePlan } from './merge-records';
import { readAllValid, readValid } from './validate';

/**
 * Finding what is already stored about a company or person, by key and by the secondary
 * indexes, and deciding how several stored records of one entity fold into one
 * (merge-records.ts `planMerge`). These helpers run inside the caller's transaction.
 */

async function accountsWhere(db: CribaDB, index: 'domain' | 'linkedinSlug', value: string) {
  return readAllValid(AccountSchema, await db.accounts.where(index).equals(value).toArray()).valid;
}

async function contactsWhere(db: CribaDB, index: 'linkedinSlug' | 'email', value: string) {
  return readAllValid(ContactSchema, await db.contacts.where(index).equals(value).toArray()).valid;
}

/** `domain` and `slug` must be normalised (accountDomain / companySlug). */
export async function planAccount(
  db: CribaDB,
  domain: string | null,
  slug: string | null,
): Promise<MergePlan<Account> | null> {
  const desiredKey = accountKeyFor({ domain, linkedinCompanySlug: slug });
  if (!desiredKey) return null;
  const byKey = readValid(AccountSchema, await db.accounts.get(desiredKey));
  const candidates = [
    ...(byKey ? [byKey] : []),
    ...(domain ? await accountsWhere(db, 'domain', domain) : []),
    ...(slug ? await accountsWhere(db, 'linkedinSlug', slug) : []),
  ];
  return planMerge(candidates, domain, (a) => a.domain, desiredKey);
}

/** `slug` and `email` must be normalised (personSlug / normaliseEmail). */
export async function planContact(
  db: CribaDB,
  slug: string | null,
  email: string | null,
): Promise<MergePlan<Contact> | null> {
  const desiredKey = contactKeyFor({ linkedinUrl: slug, email });
  if (!desiredKey) return null;
  const byKey = readValid(ContactSchema, await db.contacts.get(desiredKey));
  const candidates = [
    ...(byKey ? [byKey] : []),
    ...(slug ? await contactsWhere(db, 'linkedinSlug', slug) : []),
    ...(email ? await contactsWhere(db, 'email', email) : []),
  ];
  return planMerge(candidates, slug, (c) => c.linkedinSlug, desiredKey);
}

/** The first stored, valid prospect among `ids`. */
export async function firstProspect(db: CribaDB, ids: readonly string[]): Promise<Prospect | null> {
  for (const id of ids) {
    const p = readValid(ProspectSchema, await db.prospects.get(id));
    if (p) return p;
  }
  return null;
}

export interface ExistingQuery {
  accountKey?: string | null;
  contactKey?: string | null;
  domain?: string | null;
  /** The company's LinkedIn slug or page URL. */
  linkedinSlug?: string | null;
  /** Same as `linkedinSlug` (the name `keysForCapture` uses). */
  companySlug?: string | null;
  personSlug?: string | null;
  email?: string | null;
}

export interface Existing {
  account: Account | null;
  contact: Contact | null;
  prospect: Prospect | null;
}

const after = (key: string | null | undefined, prefix: string): string | null =>
  key?.startsWith(prefix) ? key.slice(prefix.length) : null;

/**
 * What is stored about the company and person a capture (or the panel) describes.
 * Accepts `keysForCapture(capture)` as is. Identifiers are matched by key and by the
 * secondary indexes, so a company first saved from LinkedIn (slug) is found when its
 * website (domain + slug) is read, and a person saved from Gmail (email) is found on
 * their profile once the email is known.
 */
export async function findExisting(db: CribaDB, query: ExistingQuery): Promise<Existing> {
  const domain = accountDomain(query.domain) ?? accountDomain(after(query.accountKey, 'domain:'));
  const coSlug =
    companySlug(query.linkedinSlug ?? query.companySlug) ?? after(query.accountKey, 'li:');
  const pSlug = personSlug(query.personSlug) ?? after(query.contactKey, 'li:');
  const email = normaliseEmail(query.email) ?? normaliseEmail(after(query.contactKey, 'email:'));

  return db.transaction('r', [db.accounts, db.contacts, db.prospects], async () => {
    const accountPlan = await planAccount(db, domain, coSlug);
    const contactPlan = await planContact(db, pSlug, email);
    const plan = contactPlan ?? accountPlan;
    const ids = plan ? [plan.finalKey, ...[...plan.sources].reverse().map((s) => s.key)] : [];
    return {
      account: accountPlan?.target ?? null,
      contact: contactPlan?.target ?? null,
      prospect: await firstProspect(db, ids),
    };
  });
}
