import type { Table } from 'dexie';
import { contactIdentity, contactKeys } from '../identity/keys';
import { ContactSchema, SuppressionSchema, type Contact } from '../model/records';
import { DEXIE_TABLES, type TableName } from '../state/registry';
import type { CribaDB } from './database';
import { guardQuota } from './errors';
import { mentionPattern, scrubMentions } from './scrub-mentions';
import { prospectIdsOf, syncRows } from './sync-rows';
import { readAllValid, readValid, validated } from './validate';
import { deleteRows, rowTables } from './row-writes';
import { transact } from './transact';

/**
 * Erasure and suppression. An erased person leaves only SHA-256 hashes of their keys
 * (`li:<slug>`, `email:<address>`), so Criba can refuse to capture them again without
 * keeping who they were.
 */

/** Keys are compared trimmed and lower-cased, as the key builders produce them. */
export function normaliseSuppressionKey(key: string): string {
  return key.trim().toLowerCase();
}

/** SHA-256 hex of the normalised key (Web Crypto: browsers and Node 20). */
export async function suppressionHash(key: string): Promise<string> {
  const bytes = new TextEncoder().encode(normaliseSuppressionKey(key));
  const digest = await crypto.subtle.digest('SHA-256', bytes);
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

export async function isSuppressed(db: CribaDB, key: string): Promise<boolean> {
  const hash = await suppressionHash(key);
  return readValid(SuppressionSchema, await db.suppressions.get(hash)) !== null;
}

export interface EraseResult {
  contacts: number;
  prospects: number;
  scoreHistory: number;
  /** Records of others (a company, a colleague's prospect…) that mentioned the person. */
  scrubbed: number;
}

/**
 * Removes the mentions `pattern` finds from every record of `table`; the keys of the
 * records it rewrote. The primary key and
 * indexed fields stay: they are identifiers and references, and rewriting one would
 * orphan or duplicate a record. A record that was valid is parsed again before it is
 * written; one that was already corrupt is still scrubbed (erasure comes first).
 */
async function scrubTable(table: Table, pattern: RegExp): Promise<unknown[]> {
  const { primKey, indexes } = table.schema;
  const fixed = new Set([primKey, ...indexes].flatMap((i) => i.keyPath ?? []));
  const schema = DEXIE_TABLES[table.name as TableName]?.schema;
  const rewritten: unknown[] = [];
  for (const record of (await table.toArray()) as Record<string, unknown>[]) {
    const free = Object.fromEntries(Object.entries(record).filter(([k]) => !fixed.has(k)));
    const scrubbed = scrubMentions(free, pattern);
    if (scrubbed === free) continue;
    const next = { ...record, ...scrubbed };
    const wasValid = schema?.safeParse(record).success ?? false;
    rewritten.push(schema && wasValid ? validated(schema, next, table.name) : next);
  }
  await table.bulkPut(rewritten);
  return rewritten.map((r) => (r as Record<string, unknown>)[primKey.keyPath as string]);
}

/**
 * Deletes a person everywhere — every contact record with their key, slug or email, the
 * prospects of those contacts and their score history, their unsaved work and the links
 * the rep rejected for them — then removes what still names
 * them from every other record of every table (scrub-mentions.ts: a company field read
 * on their profile keeps its value but loses the profile URL), and records suppression
 * hashes of every key they were known by. Accounts stay: they describe companies, not
 * people. All in one transaction over every table, so an erase is never partial. Works
 * (and still suppresses) when nothing about the person is stored.
 */
export async function erasePerson(
  db: CribaDB,
  contactKey: string,
  now: Date,
): Promise<EraseResult> {
  const key = normaliseSuppressionKey(contactKey);
  // Hashing is not an IndexedDB request, so it must finish before the transaction starts
  // (IndexedDB commits a transaction that waits on anything else).
  const stored = readValid(ContactSchema, await db.contacts.get(key));
  const keys = [
    ...new Set([
      key,
      ...contactKeys(contactIdentity({ linkedinSlug: stored?.linkedinSlug, email: stored?.email })),
    ]),
  ];
  const hashes = await Promise.all(keys.map(suppressionHash));
  return guardQuota(() =>
    // Every table, so one added later is scrubbed too without touching this code.
    transact(db, 'rw', db.tables, async (db) => eraseWithin(db, keys, hashes, now)),
  );
}

/**
 * The body of `erasePerson`, inside the caller's rw transaction over every table: `keys`
 * every contact key the person is known by, `hashes` their suppression hashes (hashing
 * cannot run inside a transaction). A restore runs it for each person of the backup who
 * was erased since, so the restore and the erasure are one.
 */
export async function eraseWithin(
  db: CribaDB,
  keys: readonly string[],
  hashes: readonly string[],
  now: Date,
): Promise<EraseResult> {
  const slugs = keys.filter((k) => k.startsWith('li:')).map((k) => k.slice(3));
  const emails = keys.filter((k) => k.startsWith('email:')).map((k) => k.slice(6));
  const createdAt = now.toISOString();
  const contactKeys = new Set(keys);
  for (const c of await db.contacts.where('linkedinSlug').anyOf(slugs).toArray()) {
    contactKeys.add(c.key);
  }
  for (const c of await db.contacts.where('email').anyOf(emails).toArray()) {
    contactKeys.add(c.key);
  }
  const ck = [...contactKeys];
  // By contactKey, not by id: an account-only prospect may share an id like `li:x`.
  const ids = (await db.prospects.where('contactKey').anyOf(ck).primaryKeys()).map(String);
  const history = await db.scoreHistory.where('prospectId').anyOf(ids).delete();
  await db.prospects.bulkDelete(ids);
  await deleteRows(db, ids);
  const existing = (await db.contacts.bulkGet(ck)).filter((c) => c !== undefined);
  await db.contacts.bulkDelete(ck);
  // Their unsaved work and the links the rep rejected are keyed by their keys, which
  // scrubbing (indexes stay) would not reach.
  await db.drafts.bulkDelete(ck);
  await db.personLinks.where('a').anyOf(ck).delete();
  await db.personLinks.where('b').anyOf(ck).delete();
  const people = readAllValid(ContactSchema, existing).valid;
  const pattern = mentionPattern(erasedPeople(people, slugs, emails));
  const rows = hashes.map((hash) =>
    validated(SuppressionSchema, { hash, createdAt }, 'suppression'),
  );
  // Keep the first date a hash was stored: re-erasing does not reset it.
  const already = readAllValid(SuppressionSchema, await db.suppressions.bulkGet([...hashes])).valid;
  const known = new Set(already.map((s) => s.hash));
  await db.suppressions.bulkPut(rows.filter((r) => !known.has(r.hash)));
  // Suppressions hold only hashes; a hash never names anyone. Rows are built from the
  // other tables, so they are built again from what the scrub left.
  const derived = new Set([db.suppressions, ...rowTables(db)]);
  const others = db.tables.filter((t) => !derived.has(t));
  const rewritten = new Map<string, string[]>();
  if (pattern) {
    for (const t of others) rewritten.set(t.name, (await scrubTable(t, pattern)).map(String));
  }
  const shown = await prospectIdsOf(db, {
    accountKeys: rewritten.get('accounts'),
    contactKeys: rewritten.get('contacts'),
  });
  await syncRows(db, [...(rewritten.get('prospects') ?? []), ...shown]);
  const scrubbed = [...rewritten.values()].reduce((n, keys) => n + keys.length, 0);
  return { contacts: existing.length, prospects: ids.length, scoreHistory: history, scrubbed };
}

/** The stored records of the person, plus the keys asked for (nothing may be stored). */
function erasedPeople(stored: readonly Contact[], slugs: string[], emails: string[]) {
  return [
    ...stored.map((c) => ({ name: c.name, linkedinSlug: c.linkedinSlug, email: c.email })),
    ...slugs.map((linkedinSlug) => ({ name: '', linkedinSlug, email: null })),
    ...emails.map((email) => ({ name: '', linkedinSlug: null, email })),
  ];
}
