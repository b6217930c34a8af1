import {
  accountKey,
  contactKey,
  type AccountIdentity,
  type ContactIdentity,
  type IdentityKeys,
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

export async function planAccount(
  db: CribaDB,
  { domain, linkedinSlug: slug }: AccountIdentity,
): Promise<MergePlan<Account> | null> {
  const desiredKey = accountKey({ domain, linkedinSlug: slug });
  if (!desiredKey) return null;
  const byKey = readValid(AccountSchema, await db.accounts.get(desiredKey));
  const candidates = [
    ...(byKey ? [byKey] : []),
    ...(domain ? await accountsWhere(db, 'domain', domain) : []),
    ...(slug ? await accountsWhere(db, 'linkedinSlug', slug) : []),
  ];
  return planMerge(candidates, domain, (a) => a.domain, desiredKey);
}

export async function planContact(
  db: CribaDB,
  { linkedinSlug: slug, email }: ContactIdentity,
): Promise<MergePlan<Contact> | null> {
  const desiredKey = contactKey({ linkedinSlug: slug, email });
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

export interface Existing {
  account: Account | null;
  contact: Contact | null;
  prospect: Prospect | null;
}

/**
 * What is stored about the company and person described (`identityKeys`). Identifiers
 * are matched by key and by the secondary indexes, so a company first saved from LinkedIn
 * (slug) is found when its website (domain + slug) is read, and a person saved from Gmail
 * (email) is found on their profile once the email is known.
 */
export async function findExisting(db: CribaDB, identity: IdentityKeys): Promise<Existing> {
  return db.transaction('r', [db.accounts, db.contacts, db.prospects], async () => {
    const accountPlan = await planAccount(db, identity.account);
    const contactPlan = await planContact(db, identity.contact);
    const plan = contactPlan ?? accountPlan;
    const ids = plan ? [plan.finalKey, ...[...plan.sources].reverse().map((s) => s.key)] : [];
    return {
      account: accountPlan?.target ?? null,
      contact: contactPlan?.target ?? null,
      prospect: await firstProspect(db, ids),
    };
  });
}
