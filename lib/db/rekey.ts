import { ProspectSchema, type Prospect } from '../model/records';
import type { CribaDB } from './database';
import { InvalidRecordError } from './errors';
import { mergeProspects } from './merge-records';
import { readValid, validated } from './validate';

/**
 * Moving references when a stored record changes key (an account first keyed by its
 * LinkedIn slug gets its domain; a contact first keyed by email gets their profile).
 * Runs inside the caller's rw transaction over accounts, contacts, prospects and
 * scoreHistory.
 */

/**
 * Moves prospect `fromId` to `toId` (merging with a prospect already there) and its
 * score history with it. `patch` sets the new account/contact keys.
 */
export async function moveProspect(
  db: CribaDB,
  fromId: string,
  toId: string,
  patch: Partial<Pick<Prospect, 'accountKey' | 'contactKey'>>,
): Promise<void> {
  if (fromId === toId) return;
  const from = readValid(ProspectSchema, await db.prospects.get(fromId));
  if (!from) return;
  const there = readValid(ProspectSchema, await db.prospects.get(toId));
  if (there && patch.contactKey !== undefined && there.contactKey !== patch.contactKey) {
    // An account-only prospect and a person's prospect share the id space (both may be
    // `li:<slug>`); never fold one into the other.
    throw new InvalidRecordError([
      { path: 'prospect.id', message: `${toId} already belongs to another prospect` },
    ]);
  }
  const moved = validated(
    ProspectSchema,
    { ...(there ? mergeProspects(there, from, toId) : { ...from, id: toId }), ...patch },
    'prospect',
  );
  await db.scoreHistory.where('prospectId').equals(fromId).modify({ prospectId: toId });
  await db.prospects.delete(fromId);
  await db.prospects.put(moved);
}

/** Points everything that referenced the accounts `oldKeys` at `newKey`. */
export async function repointAccount(
  db: CribaDB,
  oldKeys: readonly string[],
  newKey: string,
): Promise<void> {
  const old = oldKeys.filter((k) => k !== newKey);
  if (old.length === 0) return;
  for (const key of old) {
    const p = readValid(ProspectSchema, await db.prospects.get(key));
    // Only the account's own prospect is keyed by the account key.
    if (p && p.contactKey === null && p.accountKey === key) {
      await moveProspect(db, key, newKey, { accountKey: newKey, contactKey: null });
    }
  }
  await db.contacts.where('accountKey').anyOf(old).modify({ accountKey: newKey });
  await db.prospects.where('accountKey').anyOf(old).modify({ accountKey: newKey });
  await db.accounts.bulkDelete(old);
}

/** Points the prospects of the contacts `oldKeys` at `newKey` (their id follows). */
export async function repointContact(
  db: CribaDB,
  oldKeys: readonly string[],
  newKey: string,
): Promise<void> {
  const old = oldKeys.filter((k) => k !== newKey);
  if (old.length === 0) return;
  for (const key of old) await moveProspect(db, key, newKey, { contactKey: newKey });
  await db.prospects.where('contactKey').anyOf(old).modify({ contactKey: newKey });
  await db.contacts.bulkDelete(old);
}
