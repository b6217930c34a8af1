import type { CribaDB } from './database';
import { guardQuota } from './errors';

export interface RetentionResult {
  prospects: number;
  scoreHistory: number;
  contacts: number;
  accounts: number;
}

const DAY_MS = 86_400_000;

/** Stored timestamps older than the cutoff; an unreadable date counts as expired. */
const olderThan = (iso: unknown, cutoff: number): boolean => {
  const t = typeof iso === 'string' ? Date.parse(iso) : NaN;
  return Number.isNaN(t) || t < cutoff;
};

/**
 * Deletes prospects not updated for more than `maxAgeDays` (with their score history),
 * then contacts no remaining prospect refers to and that were not updated within the
 * window, then accounts no remaining prospect or contact refers to, likewise. Suppression
 * hashes and ICP versions are never expired. Dates are compared as instants (not as
 * strings: stored ISO dates may differ in precision).
 */
export async function applyRetention(
  db: CribaDB,
  maxAgeDays: number,
  now: Date,
): Promise<RetentionResult> {
  if (!Number.isFinite(maxAgeDays) || maxAgeDays <= 0) {
    throw new RangeError(`maxAgeDays must be a positive number, got ${maxAgeDays}`);
  }
  const cutoff = now.getTime() - maxAgeDays * DAY_MS;
  return guardQuota(() =>
    db.transaction('rw', [db.accounts, db.contacts, db.prospects, db.scoreHistory], async () => {
      const prospects = await db.prospects.toArray();
      const expired = prospects.filter((p) => olderThan(p.updatedAt, cutoff)).map((p) => p.id);
      const kept = prospects.filter((p) => !olderThan(p.updatedAt, cutoff));
      const scoreHistory = await db.scoreHistory.where('prospectId').anyOf(expired).delete();
      await db.prospects.bulkDelete(expired);

      const contactsInUse = new Set(kept.map((p) => p.contactKey));
      const contacts = await db.contacts.toArray();
      const staleContacts = contacts
        .filter((c) => !contactsInUse.has(c.key) && olderThan(c.updatedAt, cutoff))
        .map((c) => c.key);
      await db.contacts.bulkDelete(staleContacts);

      const gone = new Set(staleContacts);
      const accountsInUse = new Set([
        ...kept.map((p) => p.accountKey),
        ...contacts.filter((c) => !gone.has(c.key)).map((c) => c.accountKey),
      ]);
      const staleAccounts = (await db.accounts.toArray())
        .filter((a) => !accountsInUse.has(a.key) && olderThan(a.updatedAt, cutoff))
        .map((a) => a.key);
      await db.accounts.bulkDelete(staleAccounts);

      return {
        prospects: expired.length,
        scoreHistory,
        contacts: staleContacts.length,
        accounts: staleAccounts.length,
      };
    }),
  );
}
