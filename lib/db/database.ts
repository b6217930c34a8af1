import Dexie, { type EntityTable } from 'dexie';
import type { Account, Contact, Prospect, ScoreHistory, Suppression } from '../model/records';

/** A stored ICP version: the JSON the team edits, with its version number. */
export interface IcpRecord {
  version: number;
  savedAt: string;
  /** Validated with IcpSchema (lib/model/icp.ts) on read and write. */
  icp: unknown;
}

/**
 * Criba's IndexedDB database. Every schema version stays here with its upgrade
 * function; tests/unit/db-migrations.test.ts opens a database of every earlier version
 * and checks that nothing is lost.
 */
export class CribaDB extends Dexie {
  accounts!: EntityTable<Account, 'key'>;
  contacts!: EntityTable<Contact, 'key'>;
  prospects!: EntityTable<Prospect, 'id'>;
  scoreHistory!: EntityTable<ScoreHistory, 'id'>;
  icps!: EntityTable<IcpRecord, 'version'>;
  suppressions!: EntityTable<Suppression, 'hash'>;

  constructor(name = 'criba') {
    super(name);
    this.version(1).stores({
      accounts: 'key, domain, linkedinSlug, updatedAt',
      contacts: 'key, accountKey, linkedinSlug, email, updatedAt',
      prospects: 'id, accountKey, contactKey, status, outcome, updatedAt',
      scoreHistory: '++id, prospectId, at',
      icps: 'version',
      suppressions: 'hash',
    });
  }
}
