import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach } from 'vitest';
import { CribaDB } from '../../lib/db/database';

let counter = 0;

/**
 * Call once at a test file's top level. Returns `fresh()`: each call opens an empty
 * database on its own fake IndexedDB, so tests never share state; every database opened
 * during a test is closed after it.
 */
export function freshDatabases(): () => CribaDB {
  const open: CribaDB[] = [];
  afterEach(() => {
    for (const db of open.splice(0)) db.close();
  });
  return () => {
    const db = new CribaDB(`criba-test-${++counter}`, { indexedDB: new IDBFactory(), IDBKeyRange });
    open.push(db);
    return db;
  };
}
