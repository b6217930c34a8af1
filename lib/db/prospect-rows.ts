import { linkedinPersonUrl } from '../identity/linkedin-url';
import {
  AccountSchema,
  ContactSchema,
  ProspectSchema,
  type Account,
  type Contact,
  type FieldMap,
  type Outcome,
  type Prospect,
} from '../model/records';
import type { Advice } from '../model/advice';
import type { Score } from '../model/score';
import type { ProspectStatus } from '../model/vocab';
import type { CribaDB } from './database';
import { readValid } from './validate';
import { transact } from './transact';

/** One line of every export: flat values from the full records (the list reads `rows`). */
export interface ProspectRow {
  id: string;
  name: string | null;
  title: string | null;
  email: string | null;
  phone: string | null;
  linkedinUrl: string | null;
  company: string | null;
  domain: string | null;
  website: string | null;
  industry: string | null;
  employeesMin: number | null;
  employeesMax: number | null;
  location: string | null;
  country: string | null;
  status: ProspectStatus;
  /** How the deal ended, while the status is won, lost or no decision. */
  outcome: Outcome | null;
  fit: number | null;
  confidence: number | null;
  qualification: number | null;
  grade: string | null;
  verdict: Score['verdict'] | null;
  reason: Score['reason'];
  /** The saved proposal angle or close-out note; null before the first scored save. */
  angle: string | null;
  /**
   * The recommendation as structure (null for records saved before it existed): an
   * export renders the angle from it in the file's language.
   */
  advice: Advice | null;
  /** The ICP version the stored score used; null when never scored. */
  icpVersion: number | null;
  updatedAt: string;
  createdAt: string;
}

export interface ProspectRows {
  rows: ProspectRow[];
  /** Stored prospects left out because they (or their account/contact) no longer parse. */
  skipped: number;
}

const text = (fields: FieldMap | undefined, field: string): string | null => {
  const v = fields?.[field]?.value;
  if (typeof v === 'string') return v.trim() || null;
  if (Array.isArray(v)) return v.join(', ') || null;
  return null;
};
const num = (fields: FieldMap | undefined, field: string): number | null => {
  const v = fields?.[field]?.value;
  return typeof v === 'number' ? v : null;
};
const first = <T>(...values: (T | null | undefined)[]): T | null =>
  values.find((v) => v !== null && v !== undefined && v !== '') ?? null;

/** Joins one prospect with its account and contact; the rep's fields first, then keys. */
export function toProspectRow(
  p: Prospect,
  account: Account | null,
  contact: Contact | null,
): ProspectRow {
  const a = account?.fields;
  const c = contact?.fields;
  return {
    id: p.id,
    name: first(contact?.name.trim(), text(c, 'name')),
    title: text(c, 'title'),
    email: first(text(c, 'email'), contact?.email),
    phone: first(text(c, 'phone'), text(a, 'phone')),
    linkedinUrl: first(
      text(c, 'linkedinUrl'),
      contact?.linkedinSlug ? linkedinPersonUrl(contact.linkedinSlug) : null,
    ),
    company: first(account?.name.trim(), text(a, 'name'), text(c, 'company')),
    domain: first(account?.domain, text(a, 'domain')),
    website: text(a, 'website'),
    industry: text(a, 'industry'),
    employeesMin: num(a, 'employeesMin'),
    employeesMax: num(a, 'employeesMax'),
    location: first(text(c, 'location'), text(a, 'location')),
    country: text(a, 'country'),
    status: p.status,
    outcome: p.outcome,
    fit: p.score?.fit ?? null,
    confidence: p.score?.confidence ?? null,
    qualification: p.score?.qualification ?? null,
    grade: p.score?.grade ?? null,
    verdict: p.score?.verdict ?? null,
    reason: p.score?.reason ?? null,
    angle: p.angle,
    advice: p.advice ?? null,
    icpVersion: p.score?.icpVersion ?? null,
    updatedAt: p.updatedAt,
    createdAt: p.createdAt,
  };
}

/**
 * Every prospect with its account and contact, most recently updated first. A prospect
 * that no longer parses, or whose account/contact exists but no longer parses, is left
 * out and counted in `skipped` — the list never crashes on one bad record.
 */
export async function listProspectRows(db: CribaDB): Promise<ProspectRows> {
  return transact(db, 'r', [db.prospects, db.accounts, db.contacts], async (db) => {
    const { joined, skipped } = await readJoined(db);
    const rows = joined.map(({ prospect, account, contact }) =>
      toProspectRow(prospect, account, contact),
    );
    rows.sort(
      (x, y) => Date.parse(y.updatedAt) - Date.parse(x.updatedAt) || x.id.localeCompare(y.id),
    );
    return { rows, skipped };
  });
}

/**
 * The export rows of `ids`, in that order (the list's order): only those records are
 * read. Ids no longer stored are left out; unreadable ones are counted in `skipped`.
 */
export async function prospectRowsOf(db: CribaDB, ids: readonly string[]): Promise<ProspectRows> {
  return transact(db, 'r', [db.prospects, db.accounts, db.contacts], async (db) => {
    const { joined, skipped } = await readJoinedOf(db, ids);
    const rows = joined.map(({ prospect, account, contact }) =>
      toProspectRow(prospect, account, contact),
    );
    return { rows, skipped };
  });
}

/** `readJoined` for the prospects of `ids` only (in that order; absent ones left out). */
export async function readJoinedOf(
  db: CribaDB,
  ids: readonly string[],
): Promise<{ joined: Joined[]; skipped: number }> {
  const prospects = (await db.prospects.bulkGet([...ids])).filter((p) => p !== undefined);
  const keys = (field: 'accountKey' | 'contactKey') => [
    ...new Set(prospects.flatMap((p) => (typeof p[field] === 'string' ? [p[field]] : []))),
  ];
  const [accounts, contacts] = await Promise.all([
    db.accounts.bulkGet(keys('accountKey')),
    db.contacts.bulkGet(keys('contactKey')),
  ]);
  const present = (xs: readonly unknown[]) => xs.filter((x) => x !== undefined);
  return joinRecords(prospects, present(accounts), present(contacts));
}

export interface Joined {
  prospect: Prospect;
  account: Account | null;
  contact: Contact | null;
}

/**
 * Every stored prospect with its account and contact, validated. A prospect that no
 * longer parses, or whose account/contact exists but no longer parses, is left out and
 * counted. Runs inside the caller's transaction (prospects, accounts, contacts).
 */
export async function readJoined(db: CribaDB): Promise<{ joined: Joined[]; skipped: number }> {
  const [prospects, accounts, contacts] = await Promise.all([
    db.prospects.toArray(),
    db.accounts.toArray(),
    db.contacts.toArray(),
  ]);
  return joinRecords(prospects, accounts, contacts);
}

/** `readJoined` on records already read (as stored: nothing is trusted before parsing). */
export function joinRecords(
  prospects: readonly unknown[],
  accounts: readonly unknown[],
  contacts: readonly unknown[],
): { joined: Joined[]; skipped: number } {
  const keyOf = (r: unknown, k: string) => (r as Record<string, unknown> | null)?.[k];
  const accountByKey = new Map<unknown, unknown>(accounts.map((a) => [keyOf(a, 'key'), a]));
  const contactByKey = new Map<unknown, unknown>(contacts.map((c) => [keyOf(c, 'key'), c]));
  const joined: Joined[] = [];
  let skipped = 0;
  for (const raw of prospects) {
    const prospect = readValid(ProspectSchema, raw);
    const rawAccount = prospect?.accountKey ? accountByKey.get(prospect.accountKey) : undefined;
    const rawContact = prospect?.contactKey ? contactByKey.get(prospect.contactKey) : undefined;
    const account = readValid(AccountSchema, rawAccount);
    const contact = readValid(ContactSchema, rawContact);
    if (
      !prospect ||
      (rawAccount !== undefined && !account) ||
      (rawContact !== undefined && !contact)
    ) {
      skipped++;
      continue;
    }
    joined.push({ prospect, account, contact });
  }
  return { joined, skipped };
}
