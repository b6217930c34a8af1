import Dexie, { type DexieOptions, type EntityTable } from 'dexie';
import type {
  Account,
  Contact,
  Prospect,
  PersonLink,
  ScoreHistory,
  Suppression,
} from '../model/records';
import type { Unsaved } from '../model/unsaved';
import type { IcpRecord } from './icp-record';
import type { ListRow } from './list-row';
import type { StageWord } from './stage-words';
import type { Tally } from './tallies';
import { applySchemaVersions } from './migrations';

export type { IcpRecord };

/** Where IndexedDB comes from: the page's own by default; tests pass fake-indexeddb. */
export type IndexedDbDeps = Pick<DexieOptions, 'indexedDB' | 'IDBKeyRange'>;

/**
 * Criba's IndexedDB database. Its schema versions and upgrade functions live in
 * migrations.ts (all of them, forever); migrations.test.ts opens a database of every
 * earlier version and checks that nothing is lost. Records are typed here but always
 * parsed with the zod schemas on read and write (see repository.ts).
 */
export class CribaDB extends Dexie {
  accounts!: EntityTable<Account, 'key'>;
  contacts!: EntityTable<Contact, 'key'>;
  prospects!: EntityTable<Prospect, 'id'>;
  scoreHistory!: EntityTable<ScoreHistory, 'id'>;
  icps!: EntityTable<IcpRecord, 'version'>;
  suppressions!: EntityTable<Suppression, 'hash'>;
  /** One display-ready line per prospect, for the list (list-row.ts, sync-rows.ts). */
  rows!: EntityTable<ListRow, 'id'>;
  /** Counters of the rows, written with them (tallies.ts, row-writes.ts). */
  tallies!: EntityTable<Tally, 'key'>;
  /** Each row's words behind its status, for a search within stages (stage-words.ts). */
  stageWords!: EntityTable<StageWord, 'key'>;
  drafts!: EntityTable<Unsaved, 'id'>;
  personLinks!: EntityTable<PersonLink, 'pair'>;

  constructor(name = 'criba', deps?: IndexedDbDeps) {
    super(name, deps);
    applySchemaVersions(this);
  }
}

/**
 * The database of one extension (name 'criba'), or a separately named one — tests open
 * a fresh name (or a fresh fake IndexedDB) each so they never share state.
 */
export function openCribaDB(name = 'criba', deps?: IndexedDbDeps): CribaDB {
  return new CribaDB(name, deps);
}
