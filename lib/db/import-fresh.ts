import {
  accountIdentity,
  accountKey,
  contactIdentity,
  contactKey,
  contactKeys,
  type AccountIdentity,
  type ContactIdentity,
} from '../identity/keys';
import { AccountSchema, ContactSchema, type Account } from '../model/records';
import type { CribaDB } from './database';
import type { Joined } from './prospect-rows';
import { putRows } from './row-writes';
import { buildAccount, buildContact, prospectRecord, type SaveData } from './save-prospect';
import { rowsOf } from './sync-rows';
import { validated } from './validate';

/**
 * The bulk path of an import: rows about people and companies nothing stored is known
 * by, and no other row of the file names, are built in memory and written with one bulk
 * put per table — what `saveWithin` row by row would store (import-fresh.test.ts holds
 * both to the same tables), without its ~25 awaited reads and writes per row. A company
 * several rows share is folded in file order, as successive saves fold it. Everything
 * else (a known person, a shared email, a company known by another key) goes through
 * `saveWithin`, in the same transaction.
 */

export interface PreparedRow {
  line: number;
  data: SaveData;
  /** Suppression hashes of the person's keys. */
  hashes: string[];
}

interface Identified {
  row: PreparedRow;
  account: AccountIdentity | null;
  accountKey: string | null;
  contact: ContactIdentity | null;
  contactKey: string | null;
  /** Every key the person is known by. */
  personKeys: string[];
  id: string | null;
}

function identify(row: PreparedRow): Identified {
  const { company, person } = row.data;
  const account = company ? accountIdentity(company) : null;
  const contact = person ? contactIdentity(person) : null;
  const aKey = account ? accountKey(account) : null;
  const cKey = contact ? contactKey(contact) : null;
  const personKeys = contact ? contactKeys(contact) : [];
  // A person with no key is not this path's to refuse: saveWithin says why.
  const id = person ? cKey : aKey;
  return { row, account, accountKey: aKey, contact, contactKey: cKey, personKeys, id };
}

const tally = (values: Iterable<string>) => {
  const n = new Map<string, number>();
  for (const v of values) n.set(v, (n.get(v) ?? 0) + 1);
  return n;
};
const present = (xs: Iterable<string | null | undefined>) =>
  [...new Set(xs)].filter((x): x is string => !!x);

/** What the database already knows among the file's keys, read in one go per index. */
async function storedKeys(db: CribaDB, rows: readonly Identified[]) {
  const [contacts, slugs, emails, prospects, accounts, domains, pages] = await Promise.all([
    db.contacts.bulkGet(present(rows.flatMap((r) => r.personKeys))),
    db.contacts
      .where('linkedinSlug')
      .anyOf(present(rows.map((r) => r.contact?.linkedinSlug)))
      .keys(),
    db.contacts
      .where('email')
      .anyOf(present(rows.map((r) => r.contact?.email)))
      .keys(),
    db.prospects.bulkGet(present(rows.map((r) => r.id))),
    db.accounts.bulkGet(present(rows.map((r) => r.accountKey))),
    db.accounts
      .where('domain')
      .anyOf(present(rows.map((r) => r.account?.domain)))
      .keys(),
    db.accounts
      .where('linkedinSlug')
      .anyOf(present(rows.map((r) => r.account?.linkedinSlug)))
      .keys(),
  ]);
  const keyed = (xs: readonly ({ key: string } | undefined)[]) =>
    new Set(xs.flatMap((x) => (x ? [x.key] : [])));
  return {
    people: new Set([
      ...keyed(contacts),
      ...slugs.map((s) => `li:${String(s)}`),
      ...emails.map((e) => `email:${String(e)}`),
    ]),
    prospects: new Set(prospects.flatMap((p) => (p ? [p.id] : []))),
    accounts: keyed(accounts),
    domains: new Set(domains.map(String)),
    pages: new Set(pages.map(String)),
  };
}

/** The rows the bulk path takes, and the rest (in file order each). */
export async function splitFresh(
  db: CribaDB,
  rows: readonly PreparedRow[],
): Promise<{ fresh: PreparedRow[]; rest: PreparedRow[] }> {
  const all = rows.map(identify);
  const stored = await storedKeys(db, all);
  const personUses = tally(all.flatMap((r) => r.personKeys));
  const idUses = tally(all.flatMap((r) => (r.id ? [r.id] : [])));
  // A company is one only when every row names it by the same domain and page.
  const pair = (r: Identified) => `${r.account?.domain ?? ''} ${r.account?.linkedinSlug ?? ''}`;
  const pairOf = new Map<string, string>();
  // Each domain and page with the company keys naming it: two keys for one is a merge.
  const keysOfId = new Map<string, Set<string>>();
  const unsure = new Set<string>();
  for (const r of all) {
    if (!r.accountKey || !r.account) continue;
    if ((pairOf.get(r.accountKey) ?? pair(r)) !== pair(r)) unsure.add(r.accountKey);
    pairOf.set(r.accountKey, pair(r));
    const { domain, linkedinSlug } = r.account;
    for (const id of present([domain && `d:${domain}`, linkedinSlug && `p:${linkedinSlug}`])) {
      keysOfId.set(id, (keysOfId.get(id) ?? new Set()).add(r.accountKey));
    }
  }
  for (const keys of keysOfId.values()) if (keys.size > 1) keys.forEach((k) => unsure.add(k));
  const companyKnown = (r: Identified) =>
    !!r.accountKey &&
    (stored.accounts.has(r.accountKey) ||
      (!!r.account?.domain && stored.domains.has(r.account.domain)) ||
      (!!r.account?.linkedinSlug && stored.pages.has(r.account.linkedinSlug)));
  const alone = (r: Identified) =>
    !!r.id &&
    !r.row.data.unsaved &&
    (!r.row.data.person || !!r.contactKey) &&
    idUses.get(r.id) === 1 &&
    !stored.prospects.has(r.id) &&
    r.personKeys.every((k) => personUses.get(k) === 1 && !stored.people.has(k)) &&
    !companyKnown(r);
  for (const r of all) if (r.accountKey && !alone(r)) unsure.add(r.accountKey);
  const fresh = (r: Identified) => alone(r) && !(r.accountKey && unsure.has(r.accountKey));
  return {
    fresh: all.filter(fresh).map((r) => r.row),
    rest: all.filter((r) => !fresh(r)).map((r) => r.row),
  };
}

/**
 * Writes rows `splitFresh` found fresh, inside the caller's rw transaction over the save
 * tables: accounts, contacts, prospects and their list rows, one bulk put each.
 */
export async function writeFresh(
  db: CribaDB,
  rows: readonly PreparedRow[],
  nowIso: string,
): Promise<void> {
  const accounts = new Map<string, Account>();
  const built = rows.map(({ data }) => {
    const r = identify({ line: 0, data, hashes: [] });
    let aKey: string | null = null;
    if (data.company && r.account && r.accountKey) {
      const before = accounts.get(r.accountKey) ?? null;
      const plan = {
        finalKey: r.accountKey,
        target: before,
        sources: before ? [before] : [],
        absorbed: [],
      };
      const account = buildAccount(plan, data.company, r.account, nowIso);
      accounts.set(r.accountKey, validated(AccountSchema, account, 'account'));
      aKey = r.accountKey;
    }
    const contact =
      data.person && r.contact && r.contactKey
        ? validated(
            ContactSchema,
            buildContact(
              { finalKey: r.contactKey, target: null, sources: [], absorbed: [] },
              data.person,
              r.contact,
              aKey,
              nowIso,
            ),
            'contact',
          )
        : null;
    const keys = {
      id: r.id ?? '',
      accountKey: contact?.accountKey ?? aKey,
      contactKey: r.contactKey,
    };
    return { prospect: prospectRecord(keys, data, null, nowIso), contact };
  });
  // Every row shows its company as the last row naming it left it.
  const joined: Joined[] = built.map(({ prospect, contact }) => ({
    prospect,
    contact,
    account: prospect.accountKey ? (accounts.get(prospect.accountKey) ?? null) : null,
  }));
  await db.accounts.bulkPut([...accounts.values()]);
  await db.contacts.bulkPut(built.flatMap((b) => (b.contact ? [b.contact] : [])));
  await db.prospects.bulkPut(built.map((b) => b.prospect));
  await putRows(db, rowsOf(joined));
}
