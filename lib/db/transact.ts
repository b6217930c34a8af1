import type { Table, Transaction } from 'dexie';
import type { CribaDB } from './database';

const BOUND = Symbol('criba.boundTransaction');

type TableRef = Table | string;
type Mode = 'r' | 'rw';

/**
 * Runs `scope` in one IndexedDB transaction over `tables` and hands it the database
 * bound to that transaction: every table read from it (`db.prospects`, `db.table(name)`,
 * `db.tables`) is the transaction's own table, so each request goes into this
 * transaction whatever happens to Dexie's ambient zone.
 *
 * Why not `db.transaction` alone: Dexie finds the current transaction through a zone it
 * carries across native `await`s by echoing microtasks. In the side panel, with the
 * page's other reads resolving at the same moment, that zone was lost in about one save
 * in four; the save's next `put` then ran in a transaction of its own, the save's own
 * transaction committed with nothing pending, and Dexie reported "Transaction committed
 * too early" after writes had already landed outside it. With bound tables a request
 * either joins this transaction or fails, and the whole scope is all or nothing.
 *
 * Called with a database already bound (a helper that opens a transaction, called from
 * inside another), it joins that transaction: the tables must be part of it and a write
 * needs a read-write one, as with Dexie's nested transactions.
 */
export function transact<T>(
  db: CribaDB,
  mode: Mode,
  tables: readonly TableRef[],
  scope: (db: CribaDB) => Promise<T>,
): Promise<T> {
  const outer = boundTransaction(db);
  if (outer) {
    try {
      joinable(outer, mode, tables);
    } catch (error) {
      return Promise.reject(error);
    }
    return scope(db);
  }
  return db.transaction(mode, [...tables], (tx) => scope(bind(db, tx)));
}

/** The transaction `db` is bound to, or null for the plain database. */
export function boundTransaction(db: CribaDB): Transaction | null {
  return (db as unknown as { [BOUND]?: Transaction })[BOUND] ?? null;
}

function nameOf(t: TableRef): string {
  return typeof t === 'string' ? t : t.name;
}

function joinable(tx: Transaction, mode: Mode, tables: readonly TableRef[]): void {
  if (mode === 'rw' && tx.mode !== 'readwrite') {
    throw new Error('A read-write transaction cannot join a read-only one.');
  }
  const missing = tables.map(nameOf).filter((n) => !tx.storeNames.includes(n));
  if (missing.length > 0) {
    throw new Error(`Tables not part of the outer transaction: ${missing.join(', ')}`);
  }
}

function bind(db: CribaDB, tx: Transaction): CribaDB {
  const stores = new Set(tx.storeNames);
  const tableNames = new Set(db.tables.map((t) => t.name));
  return new Proxy(db, {
    get(target, prop) {
      if (prop === BOUND) return tx;
      if (prop === 'table') {
        return (name: string) => {
          if (!stores.has(name)) throw new Error(`Table ${name} is not part of this transaction.`);
          return tx.table(name);
        };
      }
      if (prop === 'tables') {
        return target.tables.map((t) => (stores.has(t.name) ? tx.table(t.name) : t));
      }
      if (prop === 'transaction') {
        return () => {
          throw new Error('Inside transact(), open nested transactions with transact().');
        };
      }
      if (typeof prop === 'string' && tableNames.has(prop)) {
        if (!stores.has(prop)) throw new Error(`Table ${prop} is not part of this transaction.`);
        return tx.table(prop);
      }
      const value: unknown = Reflect.get(target, prop, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}
