import Dexie from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CribaDB } from '../../lib/db/database';

/** public/warm-db.js as the prospects page runs it, against one IndexedDB. */
const source = readFileSync('public/warm-db.js', 'utf8');
const warm = (indexedDB: IDBFactory) => new Function('indexedDB', source)(indexedDB) as void;
const settle = () => new Promise((done) => setTimeout(done, 20));

describe("the prospects page's database warm-up", () => {
  it('never creates the database on a first run', async () => {
    const indexedDB = new IDBFactory();
    warm(indexedDB);
    await settle();
    expect(await indexedDB.databases()).toEqual([]);
    // Dexie then creates it with the whole schema.
    const db = new CribaDB('criba', { indexedDB, IDBKeyRange });
    await db.open();
    expect(db.tables.map((t) => t.name)).toContain('rows');
    db.close();
  });

  it('opens a stored database and lets go of it, so Dexie opens (and upgrades) it', async () => {
    const indexedDB = new IDBFactory();
    const old = new Dexie('criba', { indexedDB, IDBKeyRange });
    old.version(1).stores({ prospects: 'id' });
    await old.open();
    await old.table('prospects').put({ id: 'li:ana' });
    old.close();
    warm(indexedDB);
    await settle();
    const db = new CribaDB('criba', { indexedDB, IDBKeyRange });
    await db.open();
    expect(await db.prospects.count()).toBe(1);
    db.close();
  });
});
