import { contactIdentity, contactKeys, accountIdentity } from '../identity/keys';
import type { Message } from '../i18n';
import type { CribaDB } from './database';
import { guardQuota } from './errors';
import { splitFresh, writeFresh, type PreparedRow } from './import-fresh';
import { firstProspect, planAccount, planContact } from './find-existing';
import { saveTables, saveWithin, type SaveData } from './save-prospect';
import { SaveInputSchema, type SaveInput } from './save-input';
import { suppressionHash } from './suppression';
import { validated } from './validate';
import { transact } from './transact';

export interface ImportRow {
  line: number;
  input: SaveInput;
}

export interface ImportReport {
  created: number;
  merged: number;
  /** Rows refused here (people erased before): the file's own rejections come on top. */
  rejected: { line: number; reason: Message }[];
}

/** The stored notes, then the file's when they add something (a re-import adds nothing). */
function joinNotes(stored: string, incoming: string): string {
  if (!incoming || stored.includes(incoming)) return stored;
  return (stored ? `${stored}\n\n${incoming}` : incoming).slice(0, 10_000);
}

/** The stored prospect this row describes, if any — as findExisting finds it. */
async function existingFor(db: CribaDB, input: SaveInput) {
  const accountPlan = input.company ? await planAccount(db, accountIdentity(input.company)) : null;
  const contactPlan = input.person ? await planContact(db, contactIdentity(input.person)) : null;
  const plan = contactPlan ?? accountPlan;
  const ids = plan ? [plan.finalKey, ...[...plan.sources].reverse().map((s) => s.key)] : [];
  return firstProspect(db, ids);
}

/** Whether fresh rows take the bulk path: off in tests, to hold it to the row-by-row one. */
export interface ImportOptions {
  bulk?: boolean;
}

/**
 * Saves imported rows in one transaction: merged by identity keys into what is stored
 * (and into rows earlier in the same file), so an import never makes a duplicate. Rows
 * about no one stored and no one else in the file are written in bulk (import-fresh.ts);
 * the others go through `saveWithin`, the body of every save. A stored prospect keeps its
 * stage, interview, score and angle; the file adds or updates facts. A row about an
 * erased person is refused and reported (the suppression list wins). Any failure — a
 * clash, a full disk — rolls the whole import back.
 */
export async function importRows(
  db: CribaDB,
  rows: readonly ImportRow[],
  now: Date,
  { bulk = true }: ImportOptions = {},
): Promise<ImportReport> {
  const nowIso = now.toISOString();
  const prepared: PreparedRow[] = await Promise.all(
    rows.map(async ({ line, input }) => {
      const data = validated(SaveInputSchema, input, `row ${line}`);
      const keys = data.person ? contactKeys(contactIdentity(data.person)) : [];
      return { line, data, hashes: await Promise.all(keys.map(suppressionHash)) };
    }),
  );
  return guardQuota(() =>
    transact(db, 'rw', saveTables(db), async (db) => {
      const report: ImportReport = { created: 0, merged: 0, rejected: [] };
      const erased = new Set(
        (await db.suppressions.bulkGet([...new Set(prepared.flatMap((p) => p.hashes))]))
          .filter((s) => s !== undefined)
          .map((s) => s.hash),
      );
      const allowed = prepared.filter(({ line, hashes }) => {
        if (!hashes.some((h) => erased.has(h))) return true;
        report.rejected.push({ line, reason: { key: 'data.reject.erased' } });
        return false;
      });
      const { fresh, rest } = bulk ? await splitFresh(db, allowed) : { fresh: [], rest: allowed };
      await writeFresh(db, fresh, nowIso);
      report.created += fresh.length;
      for (const { data, hashes } of rest) {
        const existing = await existingFor(db, data);
        const input: SaveData = existing
          ? {
              ...data,
              status: existing.status,
              frameworkId: existing.frameworkId,
              answers: existing.answers,
              pain: existing.pain,
              angle: existing.angle,
              notes: joinNotes(existing.notes, data.notes),
              score: existing.score,
              icpVersion: existing.icpVersion,
            }
          : data;
        await saveWithin(db, input, hashes, nowIso, { recordHistory: false });
        if (existing) report.merged++;
        else report.created++;
      }
      return report;
    }),
  );
}
