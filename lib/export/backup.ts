import { z } from 'zod';
import type { CribaDB } from '../db/database';
import { InvalidRecordError, guardQuota } from '../db/errors';
import { IcpRecordSchema } from '../db/icp-record';
import { readAllValid } from '../db/validate';
import {
  AccountSchema,
  ContactSchema,
  ProspectSchema,
  ScoreHistorySchema,
  SuppressionSchema,
} from '../model/records';
import { issuesFrom, type BackupIssue } from './backup-issues';

export type { BackupIssue } from './backup-issues';

/**
 * JSON backup of the whole database and its restore: validated with the same schemas as
 * every stored record, and all or nothing — a file with one bad value is refused whole,
 * and a restore that fails half-way leaves the database as it was.
 */

export const BACKUP_FORMAT = 'criba-backup';
export const BACKUP_VERSION = 1;

/** Each table's records must have distinct keys (a restore adds them one by one). */
function uniqueBy<T>(key: (r: T) => unknown, what: { en: string; es: string }) {
  return (records: T[], ctx: z.RefinementCtx) => {
    const seen = new Set<unknown>();
    records.forEach((r, i) => {
      const k = key(r);
      if (k === undefined) return;
      if (seen.has(k)) {
        ctx.addIssue({
          code: 'custom',
          path: [i],
          message: `Duplicate ${what.en}: ${String(k)}.`,
          params: { es: `${what.es} repetido: ${String(k)}.` },
        });
      }
      seen.add(k);
    });
  };
}

export const BackupSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(BACKUP_VERSION),
  exportedAt: z.iso.datetime(),
  accounts: z
    .array(AccountSchema)
    .superRefine(uniqueBy((a) => a.key, { en: 'account key', es: 'Clave de empresa' })),
  contacts: z
    .array(ContactSchema)
    .superRefine(uniqueBy((c) => c.key, { en: 'contact key', es: 'Clave de contacto' })),
  prospects: z
    .array(ProspectSchema)
    .superRefine(uniqueBy((p) => p.id, { en: 'prospect id', es: 'Id de prospecto' })),
  scoreHistory: z
    .array(ScoreHistorySchema)
    .superRefine(uniqueBy((h) => h.id, { en: 'score history id', es: 'Id de historial' })),
  icps: z
    .array(IcpRecordSchema)
    .superRefine(uniqueBy((i) => i.version, { en: 'ICP version', es: 'Versión de ICP' })),
  suppressions: z
    .array(SuppressionSchema)
    .superRefine(uniqueBy((s) => s.hash, { en: 'suppression hash', es: 'Hash de supresión' })),
});
export type BackupData = z.infer<typeof BackupSchema>;

const TABLES = [
  'accounts',
  'contacts',
  'prospects',
  'scoreHistory',
  'icps',
  'suppressions',
] as const;

/**
 * The whole database as JSON. Records that no longer parse are left out: they could not
 * be restored, and one of them must not make the whole backup unusable.
 */
export async function exportBackup(db: CribaDB, now: Date): Promise<string> {
  const tables = TABLES.map((name) => db.table(name));
  const data = await db.transaction('r', tables, async () => ({
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: now.toISOString(),
    accounts: readAllValid(AccountSchema, await db.accounts.toArray()).valid,
    contacts: readAllValid(ContactSchema, await db.contacts.toArray()).valid,
    prospects: readAllValid(ProspectSchema, await db.prospects.toArray()).valid,
    scoreHistory: readAllValid(ScoreHistorySchema, await db.scoreHistory.toArray()).valid,
    icps: readAllValid(IcpRecordSchema, await db.icps.toArray()).valid,
    suppressions: readAllValid(SuppressionSchema, await db.suppressions.toArray()).valid,
  }));
  return JSON.stringify(data, null, 2);
}

export type ParsedBackup = { ok: true; data: BackupData } | { ok: false; issues: BackupIssue[] };

const fileIssue = (en: string, es: string): ParsedBackup => ({
  ok: false,
  issues: [{ path: '', message: { en, es } }],
});

/** Reads a backup file's text; every problem is listed, nothing is half-accepted. */
export function parseBackup(text: string): ParsedBackup {
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return fileIssue(
      'The file is not valid JSON (it may be damaged or incomplete).',
      'El archivo no es un JSON válido (puede estar dañado o incompleto).',
    );
  }
  const head = (json && typeof json === 'object' ? json : {}) as Record<string, unknown>;
  if (head.format !== BACKUP_FORMAT) {
    return fileIssue(
      'This is not a Criba backup file.',
      'Este archivo no es una copia de seguridad de Criba.',
    );
  }
  if (typeof head.version === 'number' && head.version > BACKUP_VERSION) {
    return fileIssue(
      'This backup was made by a newer version of Criba. Update Criba and try again.',
      'Esta copia la hizo una versión más reciente de Criba. Actualiza Criba y vuelve a intentarlo.',
    );
  }
  const parsed = BackupSchema.safeParse(json);
  return parsed.success
    ? { ok: true, data: parsed.data }
    : { ok: false, issues: issuesFrom(parsed.error) };
}

export interface RestoreResult {
  accounts: number;
  contacts: number;
  prospects: number;
  scoreHistory: number;
  icps: number;
  suppressions: number;
}

/**
 * Replaces everything in the database with the backup, in one transaction: on any error
 * (invalid data, a full disk → `StorageFullError`) nothing changes.
 */
export async function restoreBackup(db: CribaDB, data: BackupData): Promise<RestoreResult> {
  const parsed = BackupSchema.safeParse(data);
  if (!parsed.success) {
    throw new InvalidRecordError(
      issuesFrom(parsed.error).map((i) => ({ path: i.path, message: i.message.en })),
    );
  }
  const backup = parsed.data;
  const tables = TABLES.map((name) => db.table(name));
  return guardQuota(() =>
    db.transaction('rw', tables, async () => {
      for (const t of tables) await t.clear();
      await db.accounts.bulkAdd(backup.accounts);
      await db.contacts.bulkAdd(backup.contacts);
      await db.prospects.bulkAdd(backup.prospects);
      await db.scoreHistory.bulkAdd(backup.scoreHistory);
      await db.icps.bulkAdd(backup.icps);
      await db.suppressions.bulkAdd(backup.suppressions);
      return {
        accounts: backup.accounts.length,
        contacts: backup.contacts.length,
        prospects: backup.prospects.length,
        scoreHistory: backup.scoreHistory.length,
        icps: backup.icps.length,
        suppressions: backup.suppressions.length,
      };
    }),
  );
}
