import { z } from 'zod';
import type { CribaDB } from './database';
import { guardQuota } from './errors';
import { deleteRows, rowTables } from './row-writes';
import { transact } from './transact';

/** How many months Criba keeps a prospect nobody has touched: 24 unless the rep says. */
export const DEFAULT_RETENTION_MONTHS = 24;
/** At least a month (a shorter window loses work in progress); at most ten years. */
export const RETENTION_MONTHS_RANGE = { min: 1, max: 120 } as const;
export const RetentionMonthsSchema = z
  .number()
  .int()
  .min(RETENTION_MONTHS_RANGE.min)
  .max(RETENTION_MONTHS_RANGE.max);

export interface RetentionResult {
  prospects: number;
  scoreHistory: number;
  contacts: number;
  accounts: number;
  drafts: number;
  personLinks: number;
}

/**
 * Unsaved work nobody has touched for this many days is dropped: it holds personal data
 * the rep never chose to keep.
 */
export const DRAFT_RETENTION_DAYS = 30;

/**
 * `now` less `months` calendar months (UTC), the day clamped to the shorter month's end:
 * 31 March less one month is 28 (or 29) February, not 3 March.
 */
export function retentionCutoff(months: number, now: Date): Date {
  const target = new Date(now.getTime());
  target.setUTCDate(1);
  target.setUTCMonth(target.getUTCMonth() - months);
  const lastDay = new Date(
    Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0),
  ).getUTCDate();
  target.setUTCDate(Math.min(now.getUTCDate(), lastDay));
  return target;
}

/** Stored timestamps older than the cutoff; an unreadable date counts as expired. */
const olderThan = (iso: unknown, cutoff: number): boolean => {
  const t = typeof iso === 'string' ? Date.parse(iso) : NaN;
  return Number.isNaN(t) || t < cutoff;
};

/**
 * Deletes prospects not updated for more than `months` months (with their score history
 * and rows);
 * one updated exactly at the cutoff stays. Then contacts no remaining prospect refers to
 * and not updated within the window, then accounts no remaining prospect or contact
 * refers to, likewise. Unsaved work expires after DRAFT_RETENTION_DAYS (or the window, if
 * shorter), rejected links with the window. Suppression hashes and ICP versions never
 * expire. Dates are
 * compared as instants (stored ISO dates may differ in precision). One transaction: a
 * purge is never partial.
 */
export async function applyRetention(
  db: CribaDB,
  months: number,
  now: Date,
): Promise<RetentionResult> {
  if (!RetentionMonthsSchema.safeParse(months).success) {
    const { min, max } = RETENTION_MONTHS_RANGE;
    throw new RangeError(`months must be a whole number from ${min} to ${max}, got ${months}`);
  }
  const cutoff = retentionCutoff(months, now).getTime();
  const draftCutoff = Math.max(cutoff, now.getTime() - DRAFT_RETENTION_DAYS * 86_400_000);
  const tables = [
    ...rowTables(db),
    db.accounts,
    db.contacts,
    db.prospects,
    db.scoreHistory,
    db.drafts,
    db.personLinks,
  ];
  return guardQuota(() =>
    transact(db, 'rw', tables, async (db) => {
      const prospects = await db.prospects.toArray();
      const expired = prospects.filter((p) => olderThan(p.updatedAt, cutoff)).map((p) => p.id);
      const kept = prospects.filter((p) => !olderThan(p.updatedAt, cutoff));
      const scoreHistory = await db.scoreHistory.where('prospectId').anyOf(expired).delete();
      await db.prospects.bulkDelete(expired);
      await deleteRows(db, expired);

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

      const drafts = (await db.drafts.toArray())
        .filter((d) => olderThan(d.updatedAt, draftCutoff))
        .map((d) => d.id);
      await db.drafts.bulkDelete(drafts);
      const links = (await db.personLinks.toArray())
        .filter((l) => olderThan(l.createdAt, cutoff))
        .map((l) => l.pair);
      await db.personLinks.bulkDelete(links);

      return {
        prospects: expired.length,
        scoreHistory,
        contacts: staleContacts.length,
        accounts: staleAccounts.length,
        drafts: drafts.length,
        personLinks: links.length,
      };
    }),
  );
}
