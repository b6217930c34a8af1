import { companyNameKey } from '../identity/company-name';
import { furthestStage } from '../model/stage';
import {
  accountIdentity,
  contactIdentity,
  contactKeys,
  type AccountIdentity,
  type ContactIdentity,
} from '../identity/keys';
import {
  AccountSchema,
  ContactSchema,
  ProspectSchema,
  ScoreHistorySchema,
  type Account,
  type Contact,
  type FieldMap,
  type Prospect,
} from '../model/records';
import type { CribaDB } from './database';
import { InvalidRecordError, SuppressedError, guardQuota } from './errors';
import { contactCandidates, planAccount, planContactOf } from './find-existing';
import { settleDrafts } from './drafts';
import { mergeAnswers, mergeFieldMaps, newest, type Keyed, type MergePlan } from './merge-records';
import { linkedPartners } from './person-links';
import { repointAccount, repointContact } from './rekey';
import type { z } from 'zod';
import { SaveInputSchema, type SaveInput } from './save-input';
import { suppressionHash } from './suppression';
import { prospectIdsOf, syncRows } from './sync-rows';
import { readValid, validated } from './validate';
import { rowTables } from './row-writes';
import { transact } from './transact';

/** Fields of every source (oldest first), then the incoming ones, by the merge rules. */
function foldFields(sources: readonly { fields: FieldMap }[], incoming: FieldMap): FieldMap {
  const stored = sources.reduce<FieldMap>((acc, s) => mergeFieldMaps(acc, s.fields), {});
  return mergeFieldMaps(stored, incoming);
}

function earliest(sources: readonly { createdAt: string }[], fallback: string): string {
  const times = sources.map((s) => s.createdAt).sort((a, b) => Date.parse(a) - Date.parse(b));
  return times[0] ?? fallback;
}

export function buildAccount(
  plan: MergePlan<Account>,
  company: NonNullable<SaveInput['company']>,
  { domain, linkedinSlug: slug }: AccountIdentity,
  now: string,
): Account {
  const src = plan.sources;
  const name = company.name.trim() || newest(src, (a) => a.name) || '';
  return {
    key: plan.finalKey,
    domain: domain ?? plan.target?.domain ?? null,
    linkedinSlug: slug ?? newest(src, (a) => a.linkedinSlug),
    name,
    nameKey: companyNameKey(name),
    fields: foldFields(src, company.fields),
    createdAt: earliest(src, now),
    updatedAt: now,
  };
}

export function buildContact(
  plan: MergePlan<Contact>,
  person: NonNullable<SaveInput['person']>,
  { linkedinSlug: slug, email }: ContactIdentity,
  accountKey: string | null,
  now: string,
): Contact {
  const src = plan.sources;
  return {
    key: plan.finalKey,
    accountKey: accountKey ?? newest(src, (c) => c.accountKey),
    linkedinSlug: slug ?? plan.target?.linkedinSlug ?? null,
    email: email ?? newest(src, (c) => c.email),
    name: person.name.trim() || newest(src, (c) => c.name) || '',
    fields: foldFields(src, person.fields),
    createdAt: earliest(src, now),
    updatedAt: now,
  };
}

const keysOf = (records: readonly Keyed[]) => records.map((r) => r.key);

/** What a save leaves stored: the panel shows it as it would a fresh lookup. */
export interface Saved {
  account: Account | null;
  contact: Contact | null;
  prospect: Prospect;
}

/**
 * Saves what the rep qualified, in one transaction: account, contact, prospect, (when
 * scored) a score-history row and the list rows it changes — all or nothing.
 *
 * - Refuses with `SuppressedError` when any key of the person was erased before.
 * - Stored records of the same company/person found by key or secondary index are
 *   merged into one and re-keyed to the strongest key (domain over company slug, profile
 *   slug over email); everything that pointed at an old key is moved.
 * - Field values merge by the rules in merge-records.ts (the rep's edits win); answers
 *   merge per question with the stored ones by `answeredAt`, here in the transaction, so
 *   two panels saving one prospect lose nothing.
 * - A stored person the rep said is someone else (person-links.ts) is never merged in.
 * - The unsaved work the save records is settled in the drafts (drafts.ts).
 * - The prospect keeps its createdAt, its stage (unless the input sets one) and its
 *   outcome; its id is the contact key, else the account key. A company without a domain or slug is not stored as an account (there
 *   is nothing to recognise it by later); a person without a profile or an email cannot
 *   be saved (`InvalidRecordError` at `input.person`).
 * - Every record is parsed with its zod schema before it is written
 *   (`InvalidRecordError` with the issue paths); a full disk gives `StorageFullError`.
 */
export async function saveProspect(db: CribaDB, input: SaveInput, now: Date): Promise<Saved> {
  const data = validated(SaveInputSchema, input, 'input');
  const nowIso = now.toISOString();
  const accountIds = data.company ? accountIdentity(data.company) : null;
  const contactIds = data.person ? contactIdentity(data.person) : null;
  const personKeys = contactIds ? contactKeys(contactIds) : [];

  if (data.person && personKeys.length === 0) {
    throw new InvalidRecordError([
      { path: 'input.person', message: 'A person needs a LinkedIn profile or an email.' },
    ]);
  }
  if (!data.person && !accountIds?.domain && !accountIds?.linkedinSlug) {
    throw new InvalidRecordError([
      { path: 'input.company', message: 'A company needs a domain or a LinkedIn page.' },
    ]);
  }
  const hashes = await Promise.all(personKeys.map(suppressionHash));

  return guardQuota(() =>
    transact(db, 'rw', saveTables(db), async (db) => saveWithin(db, data, hashes, nowIso)),
  );
}

/** The tables a save writes: a caller running several saves in one transaction opens these. */
export function saveTables(db: CribaDB) {
  return [
    db.accounts,
    db.contacts,
    db.prospects,
    db.scoreHistory,
    db.suppressions,
    db.drafts,
    db.personLinks,
    ...rowTables(db),
  ];
}

/** A save as SaveInputSchema parsed it: defaults filled in. */
export type SaveData = z.output<typeof SaveInputSchema>;

export interface SaveWithinOptions {
  /** Append the score to scoreHistory (an import keeping a stored score does not). */
  recordHistory?: boolean;
}

/**
 * The body of `saveProspect`, inside the caller's rw transaction over `saveTables`:
 * `data` already parsed with SaveInputSchema and carrying an identity, `hashes` the
 * suppression hashes of the person's keys (hashing cannot run inside a transaction).
 * An import runs it once per row in one transaction, so a file is all or nothing.
 */
export async function saveWithin(
  db: CribaDB,
  data: SaveData,
  hashes: readonly string[],
  nowIso: string,
  { recordHistory = true }: SaveWithinOptions = {},
): Promise<Saved> {
  const accountIds = data.company ? accountIdentity(data.company) : null;
  const contactIds = data.person ? contactIdentity(data.person) : null;
  const personKeys = contactIds ? contactKeys(contactIds) : [];
  // Each wait for IndexedDB is a round trip to the browser, most of a save's time: the
  // lookups go out together, and writes are not awaited one by one (a transaction runs
  // its requests in order, so a later read sees them; any failure still rejects the
  // transaction, and `writes` is awaited before the end).
  const writes: Promise<unknown>[] = [];
  const write = (request: Promise<unknown>) => {
    // Handled here so a failure waits for `Promise.all(writes)` (or an earlier throw) to
    // fail the transaction, instead of surfacing as an unhandled rejection first.
    request.catch(() => undefined);
    writes.push(request);
  };
  const [suppressed, accountPlan, partners, people] = await Promise.all([
    db.suppressions.bulkGet([...hashes]),
    accountIds ? planAccount(db, accountIds) : null,
    linkedPartners(db, personKeys),
    contactIds ? contactCandidates(db, contactIds) : [],
  ]);
  if (suppressed.some((s) => s !== undefined)) throw new SuppressedError();

  let accountKey: string | null = null;
  let account: Account | null = null;
  if (data.company && accountIds && accountPlan) {
    account = validated(
      AccountSchema,
      buildAccount(accountPlan, data.company, accountIds, nowIso),
      'account',
    );
    write(db.accounts.put(account));
    await repointAccount(db, keysOf(accountPlan.absorbed), accountPlan.finalKey);
    accountKey = accountPlan.finalKey;
  }

  let contactKey: string | null = null;
  let contact: Contact | null = null;
  const contactPlan = contactIds ? planContactOf(people, contactIds, partners.different) : null;
  if (data.person && contactIds && contactPlan) {
    contact = validated(
      ContactSchema,
      buildContact(contactPlan, data.person, contactIds, accountKey, nowIso),
      'contact',
    );
    write(db.contacts.put(contact));
    await repointContact(db, keysOf(contactPlan.absorbed), contactPlan.finalKey);
    contactKey = contact.key;
    accountKey = contact.accountKey;
  }

  const id = contactKey ?? accountKey;
  if (!id) {
    throw new InvalidRecordError([{ path: 'prospect.id', message: 'Nothing to key on.' }]);
  }
  // This prospect, the ones re-keyed into it, and every other prospect showing the
  // company or person saved (a colleague's row shows the company's name): read with the
  // stored prospect and the drafts the save settles, one wait.
  const [stored, shown] = await Promise.all([
    db.prospects.get(id),
    prospectIdsOf(db, {
      accountKeys: accountKey ? [accountKey] : [],
      contactKeys: contactKey ? [contactKey] : [],
    }),
    data.unsaved ? settleDrafts(db, [id, data.unsaved.id, ...personKeys], data.unsaved) : null,
  ]);
  const existing = readValid(ProspectSchema, stored);
  if (existing && existing.contactKey !== contactKey) {
    throw new InvalidRecordError([
      { path: 'prospect.id', message: `${id} already belongs to another prospect` },
    ]);
  }
  const prospect = prospectRecord({ id, accountKey, contactKey }, data, existing, nowIso);
  write(db.prospects.put(prospect));
  if (data.score && recordHistory) {
    const row = { prospectId: id, at: nowIso, score: data.score };
    write(db.scoreHistory.add(validated(ScoreHistorySchema, row, 'scoreHistory')));
  }
  const absorbed = [...(accountPlan?.absorbed ?? []), ...(contactPlan?.absorbed ?? [])];
  await syncRows(db, [id, ...keysOf(absorbed), ...shown]);
  await Promise.all(writes);
  return { account, contact, prospect };
}

/**
 * The prospect a save stores under `keys.id`: from `existing` (the one stored there, if
 * any) it keeps its dates, outcome, stage unless the input sets one, and the answers the
 * input does not replace.
 */
export function prospectRecord(
  keys: { id: string; accountKey: string | null; contactKey: string | null },
  data: SaveData,
  existing: Prospect | null,
  nowIso: string,
): Prospect {
  return validated(
    ProspectSchema,
    {
      id: keys.id,
      accountKey: keys.accountKey ?? existing?.accountKey ?? null,
      contactKey: keys.contactKey,
      status: data.status ?? existing?.status ?? 'new',
      reached: furthestStage(existing?.reached, existing?.status, data.status),
      frameworkId: data.frameworkId,
      answers: mergeAnswers(existing?.answers ?? {}, data.answers, data.clearedAnswers),
      pain: data.pain,
      angle: data.angle,
      advice: data.advice,
      problemId: data.problemId,
      notes: data.notes,
      outcome: existing?.outcome ?? null,
      nextStep: data.nextStep,
      revisitAt: data.revisitAt,
      score: data.score,
      icpVersion: data.icpVersion,
      createdAt: existing?.createdAt ?? nowIso,
      updatedAt: nowIso,
    } satisfies Prospect,
    'prospect',
  );
}
