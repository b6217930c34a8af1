import { rebuildAllRows } from '../db/sync-rows';
import { z } from 'zod';
import type { CribaDB } from '../db/database';
import { InvalidRecordError, guardQuota } from '../db/errors';
import { eraseWithin, suppressionHash } from '../db/suppression';
import { contactIdentity, contactKeys } from '../identity/keys';
import { SuppressionSchema } from '../model/records';
import { readAllValid } from '../db/validate';
import { t } from '../i18n';
import type { MessageKey } from '../i18n';
import { translateIssues, type ImportIssue } from '../icp/zod-issues';
import { DEXIE_TABLES, TABLE_NAMES, type TableName } from '../state/registry';
import {
  StoredItemsSchema,
  readStoredItems,
  writeStoredItems,
  type ItemAccessors,
} from '../state/stored-items';
import { transact } from '../db/transact';

/**
 * JSON backup of everything the state registry (lib/state/registry.ts) lists, and its
 * restore: validated with the same schemas as every stored record, and all or nothing —
 * a file with one bad value is refused whole, and a restore that fails half-way leaves
 * the database as it was.
 */

export const BACKUP_FORMAT = 'criba-backup';
export const BACKUP_VERSION = 1;

/** Each table's records must have distinct keys (a restore adds them one by one). */
function uniqueBy(field: string, table: TableName) {
  return (records: readonly object[], ctx: z.RefinementCtx) => {
    const seen = new Set<unknown>();
    records.forEach((r, i) => {
      const k = (r as Record<string, unknown>)[field];
      if (k === undefined) return;
      if (seen.has(k)) {
        ctx.addIssue({
          code: 'custom',
          path: [i],
          message: `Duplicate ${field} in ${table}: ${String(k)}.`,
          params: { criba: 'duplicate-key', field, value: String(k) },
        });
      }
      seen.add(k);
    });
  };
}

const isDerived = (name: TableName): boolean =>
  (DEXIE_TABLES[name] as { derived?: true }).derived === true;

type TablesShape = { [N in TableName]: z.ZodArray<(typeof DEXIE_TABLES)[N]['schema']> };

/** One list per registered table, refusing two records with one primary key. */
function tablesShape(): TablesShape {
  const shape: Partial<Record<TableName, z.ZodType>> = {};
  for (const name of TABLE_NAMES) {
    const { schema, primaryKey } = DEXIE_TABLES[name];
    const list = z.array(schema).superRefine(uniqueBy(primaryKey, name));
    // A derived table is built again on restore: a backup made before it existed has none.
    shape[name] = isDerived(name) ? list.default([]) : list;
  }
  return shape as TablesShape;
}

export const BackupSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(BACKUP_VERSION),
  exportedAt: z.iso.datetime(),
  ...tablesShape(),
  /** The registered settings; absent when the backup was made without them. */
  settings: StoredItemsSchema.optional(),
});
export type BackupData = z.infer<typeof BackupSchema>;

/**
 * The whole database, and the settings when `items` gives access to them, as JSON.
 * Records that no longer parse are left out: they could not be restored, and one of
 * them must not make the whole backup unusable. Derived tables are left out too: a
 * restore builds them again (at 100,000 prospects the stage words alone are a million
 * records).
 */
export async function exportBackup(db: CribaDB, now: Date, items?: ItemAccessors): Promise<string> {
  const tables = await transact(db, 'r', TABLE_NAMES, async (db) => {
    const out: Partial<Record<TableName, unknown[]>> = {};
    for (const name of TABLE_NAMES) {
      if (isDerived(name)) continue;
      out[name] = readAllValid(DEXIE_TABLES[name].schema, await db.table(name).toArray()).valid;
    }
    return out;
  });
  const data = {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: now.toISOString(),
    ...tables,
    ...(items ? { settings: await readStoredItems(items) } : {}),
  };
  return JSON.stringify(data, null, 2);
}

export type ParsedBackup = { ok: true; data: BackupData } | { ok: false; issues: ImportIssue[] };

const fileIssue = (key: MessageKey): ParsedBackup => ({
  ok: false,
  issues: [{ path: '(file)', message: { key } }],
});

/** Keys Criba never writes, that change an object's prototype when copied or assigned. */
const UNSAFE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** Reads a backup file's text; every problem is listed, nothing is half-accepted. */
export function parseBackup(text: string): ParsedBackup {
  let json: unknown;
  let unsafe = false;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''), (key, value: unknown) => {
      if (UNSAFE_KEYS.has(key)) unsafe = true;
      return value;
    });
  } catch {
    return fileIssue('issue.notJson');
  }
  // Never handed on: a "__proto__" key becomes an object's prototype in some parsers.
  if (unsafe) return fileIssue('data.file.unsafeKey');
  const head = (json && typeof json === 'object' ? json : {}) as Record<string, unknown>;
  if (head.format !== BACKUP_FORMAT) {
    return fileIssue('issue.notBackup');
  }
  if (typeof head.version === 'number' && head.version > BACKUP_VERSION) {
    return fileIssue('issue.newerBackup');
  }
  const parsed = BackupSchema.safeParse(json);
  return parsed.success
    ? { ok: true, data: parsed.data }
    : { ok: false, issues: translateIssues(parsed.error.issues, 100) };
}

export type RestoreResult = Record<TableName, number>;

/**
 * The people of the backup erased since it was made (a suppression hash stored now
 * matches one of their keys): the restore erases them again in its own transaction.
 */
async function erasedSince(
  backup: BackupData,
  suppressed: ReadonlySet<string>,
): Promise<{ keys: string[]; hashes: string[] }[]> {
  const people = await Promise.all(
    backup.contacts.map(async (c) => {
      const keys = [
        ...new Set([
          c.key,
          ...contactKeys(contactIdentity({ linkedinSlug: c.linkedinSlug, email: c.email })),
        ]),
      ];
      return { keys, hashes: await Promise.all(keys.map(suppressionHash)) };
    }),
  );
  return people.filter((p) => p.hashes.some((h) => suppressed.has(h)));
}

/**
 * Replaces everything in the database with the backup, in one transaction: on any error
 * (invalid data, a full disk → `StorageFullError`) nothing changes. The suppression list
 * wins: hashes stored now are kept, and a person of the backup erased since is erased
 * again in the same transaction. The backup's settings are written after the database,
 * when `items` gives access to them.
 */
export async function restoreBackup(
  db: CribaDB,
  data: BackupData,
  items?: ItemAccessors,
  now: Date = new Date(),
): Promise<RestoreResult> {
  const parsed = BackupSchema.safeParse(data);
  if (!parsed.success) {
    throw new InvalidRecordError(
      translateIssues(parsed.error.issues).map((i) => ({
        path: i.path,
        message: t('en', i.message.key, i.message.params),
      })),
    );
  }
  const backup = parsed.data;
  const current = readAllValid(SuppressionSchema, await db.suppressions.toArray()).valid;
  const suppressed = new Set([...current, ...backup.suppressions].map((s) => s.hash));
  const erased = await erasedSince(backup, suppressed);
  const counts = await guardQuota(() =>
    transact(db, 'rw', db.tables, async (db) => {
      const restored: Partial<RestoreResult> = {};
      for (const name of TABLE_NAMES) {
        const table = db.table(name);
        await table.clear();
        if (!isDerived(name)) await table.bulkAdd(backup[name]);
      }
      const inBackup = new Set(backup.suppressions.map((s) => s.hash));
      await db.suppressions.bulkAdd(current.filter((s) => !inBackup.has(s.hash)));
      for (const person of erased) await eraseWithin(db, person.keys, person.hashes, now);
      // The list's rows and their tallies are derived: built again from what was restored,
      // never trusted from the file (a hand-edited backup could show rows no record
      // stands behind).
      await rebuildAllRows(db);
      for (const name of TABLE_NAMES) restored[name] = await db.table(name).count();
      return restored as RestoreResult;
    }),
  );
  if (items && backup.settings) await writeStoredItems(items, backup.settings);
  return counts;
}
