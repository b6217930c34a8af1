import { contactIdentity, contactKeys } from '../identity/keys';
import { ContactSchema, SuppressionSchema } from '../model/records';
import type { CribaDB } from './database';
import { guardQuota } from './errors';
import { readAllValid, readValid, validated } from './validate';

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
}

/**
 * Deletes a person everywhere — every contact record with their key, slug or email, the
 * prospects of those contacts and their score history — and records suppression hashes
 * of every key they were known by. Accounts stay: they describe companies, not people.
 * Works (and still suppresses) when nothing about the person is stored.
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
  const slugs = keys.filter((k) => k.startsWith('li:')).map((k) => k.slice(3));
  const emails = keys.filter((k) => k.startsWith('email:')).map((k) => k.slice(6));
  const hashes = await Promise.all(keys.map(suppressionHash));
  const createdAt = now.toISOString();

  return guardQuota(() =>
    db.transaction(
      'rw',
      [db.contacts, db.prospects, db.scoreHistory, db.suppressions],
      async () => {
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
        const existing = await db.contacts.bulkGet(ck);
        await db.contacts.bulkDelete(ck);
        const rows = hashes.map((hash) =>
          validated(SuppressionSchema, { hash, createdAt }, 'suppression'),
        );
        // Keep the first date a hash was stored: re-erasing does not reset it.
        const already = readAllValid(
          SuppressionSchema,
          await db.suppressions.bulkGet(hashes),
        ).valid;
        const known = new Set(already.map((s) => s.hash));
        await db.suppressions.bulkPut(rows.filter((r) => !known.has(r.hash)));
        return {
          contacts: existing.filter((c) => c !== undefined).length,
          prospects: ids.length,
          scoreHistory: history,
        };
      },
    ),
  );
}
