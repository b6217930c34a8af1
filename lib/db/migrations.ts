import type Dexie from 'dexie';
import type { Transaction } from 'dexie';
import { fillStageWordsInUpgrade } from './stage-words';
import { countRowsInUpgrade, rebuildRowsInUpgrade } from './upgrade-rows';
import { upgradeToV2 } from './upgrade-v2';
import { companyNameKey } from '../identity/company-name';

/**
 * Every schema version Criba has ever shipped, oldest first. A version is never edited
 * once released: a change adds a new entry with the stores that changed (Dexie keeps the
 * rest) and, when stored data must be reshaped, an `upgrade` that runs inside the
 * version-change transaction when an older database is opened.
 *
 * migrations.test.ts seeds a database at every version listed here and reopens it with
 * the current code; a new version must bring its seed there.
 */
export interface SchemaVersion {
  version: number;
  /** Dexie store specs: primary key first, then indexes; null deletes a store. */
  stores: Readonly<Record<string, string | null>>;
  upgrade?: (tx: Transaction) => Promise<void> | void;
  /** Why this version exists, for whoever reads the history. */
  why: string;
}

/** The rows' indexes at v2, kept at v4 beside the insights' own. */
const V2_ROW_INDEXES = [
  'id',
  'kName',
  'kCompany',
  'kTitle',
  'grade',
  'verdict',
  'status',
  'kStatus',
  'outcome',
  'kOutcome',
  'country',
  'source',
  'kNext',
  'icpVersion',
  'createdAt',
  'updatedAt',
  '*words',
  '*met',
];

/** The rows' indexes at v4, kept at v6 beside the stage sorts. */
const V4_ROW_INDEXES = [
  ...V2_ROW_INDEXES,
  '*answers',
  // The insights count each of these over a range of capture dates (lib/db/insight-counts.ts).
  '[funnel+createdAt]',
  '[grade+status+createdAt]',
  '[status+createdAt]',
];

/**
 * `[status+<sort key>]` for every sort column but status itself: one stage's rows in a
 * column's order (list-query.ts `STAGE_INDEX`).
 */
export const STAGE_SORT_INDEXES = [
  '[status+kName]',
  '[status+kCompany]',
  '[status+kTitle]',
  '[status+grade]',
  '[status+kNext]',
  '[status+kOutcome]',
  '[status+source]',
  '[status+country]',
  '[status+updatedAt]',
] as const;

export const SCHEMA_VERSIONS: readonly SchemaVersion[] = [
  {
    version: 1,
    why: 'First release: accounts, contacts, prospects with score history, ICP versions, suppressions.',
    stores: {
      accounts: 'key, domain, linkedinSlug, updatedAt',
      contacts: 'key, accountKey, linkedinSlug, email, updatedAt',
      prospects: 'id, accountKey, contactKey, status, outcome, updatedAt',
      scoreHistory: '++id, prospectId, at',
      icps: 'version',
      suppressions: 'hash',
    },
  },
  {
    version: 2,
    why: 'The prospects list at 100,000: a compact row per prospect with indexes to count, sort, filter and search; status becomes the pipeline stage and outcomes carry their details.',
    stores: {
      // Status and outcome are read through the rows now; an outcome is no longer a key.
      prospects: 'id, accountKey, contactKey, updatedAt',
      rows: V2_ROW_INDEXES.join(', '),
    },
    upgrade: upgradeToV2,
  },
  {
    version: 3,
    why: 'One person across surfaces: accounts found by their folded name; unsaved work per prospect; what the rep said about linking two keys of one person.',
    stores: {
      accounts: 'key, domain, linkedinSlug, updatedAt, nameKey',
      drafts: 'id, updatedAt',
      personLinks: 'pair, a, b, createdAt',
    },
    async upgrade(tx) {
      await tx
        .table('accounts')
        .toCollection()
        .modify((account: { name?: unknown; nameKey?: string | null }) => {
          account.nameKey = companyNameKey(typeof account.name === 'string' ? account.name : '');
        });
    },
  },
  {
    version: 4,
    why: 'Insights at 100,000 prospects: rows carry the answers, the decision day, the discount and the furthest stage reached; compound indexes let the first charts count by capture date instead of reading every row.',
    stores: { rows: V4_ROW_INDEXES.join(', ') },
    upgrade: rebuildRowsInUpgrade,
  },
  {
    version: 5,
    why: 'Counting at 100,000 prospects: IndexedDB count() walks every key, so the rows get counters (by grade, status, ICP version, capture month…) kept in the same transaction as every row written (lib/db/tallies.ts).',
    stores: { tallies: 'key' },
    upgrade: countRowsInUpgrade,
  },
  {
    version: 6,
    why: 'One pipeline stage in any order at 100,000 prospects: the status filter reps use all day, paired with each sort column, reads a page of its own index instead of walking the whole sort order (lib/db/list-query.ts).',
    stores: { rows: [...V4_ROW_INDEXES, ...STAGE_SORT_INDEXES].join(', ') },
  },
  {
    version: 7,
    why: "A search within pipeline stages at 100,000 prospects: each row's words behind its status in a table of their own, so \"garcía\" among the proposals reads the proposals' entries, not every García's (lib/db/stage-words.ts).",
    stores: { stageWords: 'key' },
    upgrade: fillStageWordsInUpgrade,
  },
];

const last = SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 1];
if (!last) throw new Error('SCHEMA_VERSIONS is empty');
export const CURRENT_SCHEMA_VERSION: number = last.version;

/** Declares `versions` on a Dexie instance (before it opens). */
export function applySchemaVersions(
  db: Dexie,
  versions: readonly SchemaVersion[] = SCHEMA_VERSIONS,
): void {
  for (const v of versions) {
    const declared = db.version(v.version).stores({ ...v.stores });
    if (v.upgrade) declared.upgrade(v.upgrade);
  }
}
