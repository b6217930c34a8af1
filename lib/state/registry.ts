import { z } from 'zod';
import { IcpRecordSchema } from '../db/icp-record';
import { ListRowSchema } from '../db/list-row';
import { StageWordSchema } from '../db/stage-words';
import { TallySchema } from '../db/tallies';
import { RetentionMonthsSchema } from '../db/retention';
import {
  AccountSchema,
  ContactSchema,
  ProspectSchema,
  PersonLinkSchema,
  ScoreHistorySchema,
  SuppressionSchema,
} from '../model/records';
import { RememberedMappingSchema } from '../import/mapping';
import { UnsavedSchema } from '../model/unsaved';
import { LOCALES } from '../model/vocab';
import { FrameworkSchema } from '../qualify/framework-schema';

/**
 * Everything Criba keeps, in one list: the IndexedDB tables (lib/db) and the WXT storage
 * items the pages define (components/). Backup and restore walk this list, so a table or
 * setting left out of it would silently be left out of every backup; registry.test.ts
 * fails when the database schema or the code defines one that is not here.
 *
 * `personal` marks what holds personal data (people, or keys derived from them): what an
 * erasure request or a privacy notice has to account for.
 */

interface StoredTable {
  kind: 'dexie-table';
  schema: z.ZodType;
  /** The field Dexie keys the table by; two records with one key cannot both be restored. */
  primaryKey: string;
  personal: boolean;
  /**
   * Built from the other tables in the same transaction as every write to them: a
   * backup may leave it out, and a restore builds it again instead of trusting the file.
   */
  derived?: true;
}

interface StoredItem {
  kind: 'storage-item';
  /** What a valid stored value looks like; anything else reads as absent. */
  schema: z.ZodType;
  personal: boolean;
}

export const DEXIE_TABLES = {
  accounts: { kind: 'dexie-table', schema: AccountSchema, primaryKey: 'key', personal: false },
  contacts: { kind: 'dexie-table', schema: ContactSchema, primaryKey: 'key', personal: true },
  prospects: { kind: 'dexie-table', schema: ProspectSchema, primaryKey: 'id', personal: true },
  scoreHistory: {
    kind: 'dexie-table',
    schema: ScoreHistorySchema,
    primaryKey: 'id',
    personal: true,
  },
  icps: { kind: 'dexie-table', schema: IcpRecordSchema, primaryKey: 'version', personal: false },
  // Hashes of an erased person's identifiers: pseudonymous, still about a person.
  suppressions: {
    kind: 'dexie-table',
    schema: SuppressionSchema,
    primaryKey: 'hash',
    personal: true,
  },
  // The list's line per prospect (name, title…), derived from accounts, contacts and
  // prospects in the same transaction as every write to them (lib/db/sync-rows.ts).
  rows: {
    kind: 'dexie-table',
    schema: ListRowSchema,
    primaryKey: 'id',
    personal: true,
    derived: true,
  },
  // Counters of the rows (by grade, status, country, capture month…): no one is named.
  tallies: {
    kind: 'dexie-table',
    schema: TallySchema,
    primaryKey: 'key',
    personal: false,
    derived: true,
  },
  // Each row's words behind its status (lib/db/stage-words.ts): names, companies, titles.
  stageWords: {
    kind: 'dexie-table',
    schema: StageWordSchema,
    primaryKey: 'key',
    personal: true,
    derived: true,
  },
  // The rep's unsaved work per prospect: answers, notes, facts about the person.
  drafts: { kind: 'dexie-table', schema: UnsavedSchema, primaryKey: 'id', personal: true },
  // Pairs of a person's keys (profile slugs, emails) the rep said are, or are not, one person.
  personLinks: {
    kind: 'dexie-table',
    schema: PersonLinkSchema,
    primaryKey: 'pair',
    personal: true,
  },
} as const satisfies Record<string, StoredTable>;

export type TableName = keyof typeof DEXIE_TABLES;
export const TABLE_NAMES = Object.keys(DEXIE_TABLES) as TableName[];

/** Keyed by the WXT storage key each page passes to `storage.defineItem`. */
export const STORAGE_ITEMS = {
  /** The UI language; 'auto' follows the browser. */
  'local:locale': {
    kind: 'storage-item',
    schema: z.enum(['auto', ...LOCALES]),
    personal: false,
  },
  /** The team's own question set, or null for none. */
  'local:customFramework': {
    kind: 'storage-item',
    schema: FrameworkSchema.nullable(),
    personal: false,
  },
  /** Months an untouched prospect is kept before the daily purge deletes it. */
  'local:retentionMonths': {
    kind: 'storage-item',
    schema: RetentionMonthsSchema,
    personal: false,
  },
  /** The last CSV column mapping, by header name: headers, never values. */
  'local:importMapping': {
    kind: 'storage-item',
    schema: RememberedMappingSchema,
    personal: false,
  },
} as const satisfies Record<string, StoredItem>;

export type StorageItemKey = keyof typeof STORAGE_ITEMS;
export const STORAGE_ITEM_KEYS = Object.keys(STORAGE_ITEMS) as StorageItemKey[];
