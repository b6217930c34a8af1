import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { freshDatabases } from '../../tests/support/fresh-db';
import { sourceFiles } from '../../tests/support/source-files';
import { SCHEMA_VERSIONS } from '../db/migrations';
import { DEFAULT_RETENTION_MONTHS } from '../db/retention';
import { DEXIE_TABLES, STORAGE_ITEMS, STORAGE_ITEM_KEYS, TABLE_NAMES } from './registry';

const fresh = freshDatabases();

/** The stores of the latest schema: every version's changes applied in order. */
function latestStores(): Map<string, string> {
  const stores = new Map<string, string>();
  for (const v of SCHEMA_VERSIONS) {
    for (const [name, spec] of Object.entries(v.stores)) {
      if (spec === null) stores.delete(name);
      else stores.set(name, spec);
    }
  }
  return stores;
}

describe('the state registry', () => {
  it('lists every table of the latest database schema, and no other', () => {
    expect([...latestStores().keys()].sort()).toEqual([...TABLE_NAMES].sort());
  });

  it('names each table’s primary key as the open database has it', async () => {
    const db = fresh();
    await db.open();
    expect(db.tables.map((t) => t.name).sort()).toEqual([...TABLE_NAMES].sort());
    for (const name of TABLE_NAMES) {
      expect(db.table(name).schema.primKey.keyPath, name).toBe(DEXIE_TABLES[name].primaryKey);
    }
  });

  it('lists every storage item the code defines, and no other', () => {
    const defined: string[] = [];
    for (const file of ['components', 'entrypoints', 'lib'].flatMap((d) => sourceFiles(d))) {
      const text = readFileSync(file, 'utf8');
      const calls = text.match(/\bdefineItem\s*(<[^(]*>)?\s*\(/g) ?? [];
      const keys = [...text.matchAll(/\bdefineItem\s*(?:<[^(]*>)?\s*\(\s*'([^']+)'/g)];
      // A key built at run time would escape this check: keys are written out.
      expect(keys.length, `${file} defines an item without a literal key`).toBe(calls.length);
      defined.push(...keys.map((m) => m[1]!));
    }
    expect(defined.sort()).toEqual([...STORAGE_ITEM_KEYS].sort());
  });

  it('accepts each storage item’s value when nothing was ever stored', () => {
    expect(STORAGE_ITEMS['local:locale'].schema.parse('auto')).toBe('auto');
    expect(STORAGE_ITEMS['local:customFramework'].schema.parse(null)).toBeNull();
    expect(STORAGE_ITEMS['local:retentionMonths'].schema.parse(DEFAULT_RETENTION_MONTHS)).toBe(24);
    expect(STORAGE_ITEMS['local:importMapping'].schema.parse({})).toEqual({});
  });
});
