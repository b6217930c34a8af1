import {
  accountKey,
  contactKey,
  contactKeys,
  type AccountIdentity,
  type ContactIdentity,
  type IdentityKeys,
} from '../identity/keys';
import type { PersonSide } from '../identity/match';
import {
  AccountSchema,
  ContactSchema,
  ProspectSchema,
  type Account,
  type Contact,
  type Prospect,
} from '../model/records';
import type { CribaDB } from './database';
import { findLikelyPerson, type Link } from './find-person';
import { planMerge, type MergePlan } from './merge-records';
import { linkedPartners } from './person-links';
import { readAllValid, readValid } from './validate';
import { transact } from './transact';

export type { Link };

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

/**
 * The stored accounts of this identity (by key, domain and slug; read together, one wait)
 * folded into one plan. Null when the identity has no key.
 */
export async function planAccount(
  db: CribaDB,
  { domain, linkedinSlug: slug }: AccountIdentity,
): Promise<MergePlan<Account> | null> {
  const desiredKey = accountKey({ domain, linkedinSlug: slug });
  if (!desiredKey) return null;
  const [byKey, byDomain, bySlug] = await Promise.all([
    db.accounts.get(desiredKey),
    domain ? accountsWhere(db, 'domain', domain) : [],
    slug ? accountsWhere(db, 'linkedinSlug', slug) : [],
  ]);
  const stored = readValid(AccountSchema, byKey);
  const candidates = [...(stored ? [stored] : []), ...byDomain, ...bySlug];
  return planMerge(candidates, domain, (a) => a.domain, desiredKey);
}

/** The stored contacts of this identity, by key, slug and email, read together. */
export async function contactCandidates(
  db: CribaDB,
  { linkedinSlug: slug, email }: ContactIdentity,
): Promise<Contact[]> {
  const desiredKey = contactKey({ linkedinSlug: slug, email });
  if (!desiredKey) return [];
  const [byKey, bySlug, byEmail] = await Promise.all([
    db.contacts.get(desiredKey),
    slug ? contactsWhere(db, 'linkedinSlug', slug) : [],
    email ? contactsWhere(db, 'email', email) : [],
  ]);
  const stored = readValid(ContactSchema, byKey);
  return [...(stored ? [stored] : []), ...bySlug, ...byEmail];
}

/**
 * `candidates` (contactCandidates) folded into one plan, leaving out `excluded`: keys of
 * people the rep said are not this one (person-links.ts). Null when the identity has no key.
 */
export function planContactOf(
  candidates: readonly Contact[],
  { linkedinSlug: slug, email }: ContactIdentity,
  excluded: ReadonlySet<string> = new Set(),
): MergePlan<Contact> | null {
  const desiredKey = contactKey({ linkedinSlug: slug, email });
  if (!desiredKey) return null;
  const kept = candidates.filter((c) => !excluded.has(c.key));
  return planMerge(kept, slug, (c) => c.linkedinSlug, desiredKey);
}

export async function planContact(
  db: CribaDB,
  identity: ContactIdentity,
  excluded: ReadonlySet<string> = new Set(),
): Promise<MergePlan<Contact> | null> {
  return planContactOf(await contactCandidates(db, identity), identity, excluded);
}

/** The first stored, valid prospect among `ids`. */
export async function firstProspect(db: CribaDB, ids: readonly string[]): Promise<Prospect | null> {
  for (const id of ids) {
    const p = readValid(ProspectSchema, await db.prospects.get(id));
    if (p) return p;
  }
  return null;
}

export interface Existing {
  account: Account | null;
  contact: Contact | null;
  prospect: Prospect | null;
  /**
   * The stored person this page's person is, when they were first met by another
   * identifier (`exact`: `contact` is them), or may be (`likely`: offered to the rep;
   * `contact` and `prospect` stay null until the rep says so).
   */
  link: Link | null;
}

/** The person's name and company name as the page gives them, for matching by name. */
export type PageNames = Pick<PersonSide, 'name'> & { company: string | null };

/**
 * What is stored about the company and person described (`identityKeys`). Identifiers
 * are matched by key and by the secondary indexes, so a company first saved from LinkedIn
 * (slug) is found when its website (domain + slug) is read, and a person saved from Gmail
 * (email) is found on their profile once the email is known. With no stored person by
 * identifier, the one the rep confirmed is found, else one of the same name at the same
 * company is offered (find-person.ts). The company is the one the page names, else the
 * stored person's.
 */
export async function findExisting(
  db: CribaDB,
  identity: IdentityKeys,
  names: PageNames = { name: null, company: null },
): Promise<Existing> {
  const tables = [db.accounts, db.contacts, db.prospects, db.personLinks];
  return transact(db, 'r', tables, async (db) => {
    const pageKeys = contactKeys(identity.contact);
    // Read together: one wait for IndexedDB, not one a lookup.
    const [partners, accountPlan, people] = await Promise.all([
      linkedPartners(db, pageKeys),
      planAccount(db, identity.account),
      contactCandidates(db, identity.contact),
    ]);
    const contactPlan = planContactOf(people, identity.contact, partners.different);
    // Else the person the rep confirmed this page's person is (person-links.ts).
    let contact = contactPlan?.target ?? null;
    for (const key of partners.same) {
      contact ??= readValid(ContactSchema, await db.contacts.get(key));
    }
    const plan = contactPlan ?? accountPlan;
    const ids = [
      ...(plan ? [plan.finalKey, ...[...plan.sources].reverse().map((s) => s.key)] : []),
      ...(contact ? [contact.key] : []),
    ];
    const employer = contact?.accountKey
      ? readValid(AccountSchema, await db.accounts.get(contact.accountKey))
      : null;
    const account = accountPlan?.target ?? employer;
    let link: Link | null = null;
    if (contact && !pageKeys.includes(contact.key)) {
      const by = identity.contact.linkedinSlug === contact.linkedinSlug ? 'linkedin' : 'email';
      link = { kind: 'exact', by, contact, account: employer };
    } else if (!contact && pageKeys.length > 0) {
      const page = {
        ...names,
        contact: identity.contact,
        company: { ...identity.account, name: names.company },
      };
      link = await findLikelyPerson(db, page, new Set([...partners.different, ...pageKeys]));
    }
    return { account, contact, prospect: await firstProspect(db, ids), link };
  });
}
