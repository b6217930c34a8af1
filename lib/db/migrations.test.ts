import Dexie from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import {
  AccountSchema,
  ContactSchema,
  ProspectSchema,
  PersonLinkSchema,
  ScoreHistorySchema,
  SuppressionSchema,
} from '../model/records';
import { UnsavedSchema } from '../model/unsaved';
import { CribaDB } from './database';
import { latestIcp } from './icp-repository';
import { CURRENT_SCHEMA_VERSION, SCHEMA_VERSIONS, applySchemaVersions } from './migrations';
import { isSuppressed, listProspectRows, suppressionHash } from './repository';

/**
 * For every schema version ever shipped: create a database at that version, fill it with
 * records exactly as that version stored them (frozen literals, never built with today's
 * code), reopen it with the current code, and check that everything is there and
 * parses. A new version in migrations.ts must add its entry to SEEDS.
 */

interface Seed {
  /** Writes records shaped as this version stored them. */
  seed(db: Dexie): Promise<void>;
  /** What the current code must find after the upgrade. */
  check(db: CribaDB): Promise<void>;
}

const AT = '2025-11-03T08:15:00.000Z';
const src = (url: string) => ({ surface: 'website', url, method: 'json-ld', capturedAt: AT });

const SEEDS: Record<number, Seed> = {
  1: {
    async seed(db) {
      await db.table('accounts').add({
        key: 'domain:vidrios-altamar.es',
        domain: 'vidrios-altamar.es',
        linkedinSlug: 'vidrios-altamar',
        name: 'Vidrios Altamar',
        fields: {
          industry: { value: 'Glass', source: src('https://vidrios-altamar.es/'), confidence: 0.9 },
          tech: {
            value: ['WordPress', 'HubSpot'],
            source: src('https://vidrios-altamar.es/'),
            confidence: 0.8,
          },
        },
        createdAt: AT,
        updatedAt: AT,
      });
      await db.table('contacts').add({
        key: 'email:nerea@vidrios-altamar.es',
        accountKey: 'domain:vidrios-altamar.es',
        linkedinSlug: null,
        email: 'nerea@vidrios-altamar.es',
        name: 'Nerea Goñi',
        fields: {
          title: {
            value: 'Gerente',
            source: src('https://vidrios-altamar.es/equipo'),
            confidence: 0.7,
          },
        },
        createdAt: AT,
        updatedAt: AT,
      });
      const score = {
        fit: 55,
        confidence: 70,
        qualification: null,
        grade: null,
        verdict: 'nurture',
        reason: null,
        stale: false,
        lines: [],
        icpVersion: 1,
        frameworkId: 'bant',
        locale: 'es',
        computedAt: AT,
      };
      await db.table('prospects').add({
        id: 'email:nerea@vidrios-altamar.es',
        accountKey: 'domain:vidrios-altamar.es',
        contactKey: 'email:nerea@vidrios-altamar.es',
        status: 'nurture',
        frameworkId: 'bant',
        answers: { need: { value: 'unknown', answeredAt: AT } },
        pain: 'Plazos de entrega',
        notes: 'Volver a llamar en enero',
        outcome: 'meeting',
        outcomeAt: AT,
        score,
        icpVersion: 1,
        createdAt: AT,
        updatedAt: AT,
      });
      await db
        .table('scoreHistory')
        .add({ prospectId: 'email:nerea@vidrios-altamar.es', at: AT, score });
      await db
        .table('icps')
        .add({ version: 1, savedAt: AT, icp: { name: 'Fábricas medianas', criteria: [] } });
      await db
        .table('suppressions')
        .add({ hash: await suppressionHash('email:baja@vidrios-altamar.es'), createdAt: AT });
    },
    async check(db) {
      const schemas = [
        [db.accounts, AccountSchema],
        [db.contacts, ContactSchema],
        [db.prospects, ProspectSchema],
        [db.scoreHistory, ScoreHistorySchema],
        [db.suppressions, SuppressionSchema],
      ] as const;
      for (const [table, schema] of schemas) {
        const all = await table.toArray();
        expect(all, table.name).toHaveLength(1);
        for (const r of all) expect(schema.safeParse(r).success, table.name).toBe(true);
      }
      const { rows, skipped } = await listProspectRows(db);
      expect(skipped).toBe(0);
      expect(rows[0]).toMatchObject({
        id: 'email:nerea@vidrios-altamar.es',
        name: 'Nerea Goñi',
        company: 'Vidrios Altamar',
        industry: 'Glass',
        outcome: 'meeting',
        fit: 55,
      });
      expect((await db.prospects.get('email:nerea@vidrios-altamar.es'))?.notes).toBe(
        'Volver a llamar en enero',
      );
      expect((await latestIcp(db))?.icp).toEqual({ name: 'Fábricas medianas', criteria: [] });
      expect(await isSuppressed(db, 'email:baja@vidrios-altamar.es')).toBe(true);
      // v3 folds every stored company name for matching people by company.
      expect((await db.accounts.where('nameKey').equals('vidrios altamar').first())?.key).toBe(
        'domain:vidrios-altamar.es',
      );
    },
  },
  3: {
    async seed(db) {
      await db.table('accounts').add({
        key: 'li:forjas-urola',
        domain: null,
        linkedinSlug: 'forjas-urola',
        name: 'Forjas Urola S.A.',
        nameKey: 'forjas urola',
        fields: {},
        createdAt: AT,
        updatedAt: AT,
      });
      await db.table('drafts').add({
        id: 'li:iker-olano-demo',
        answers: { budget: { value: 'allocated', answeredAt: AT } },
        clearedAnswers: { need: AT },
        pain: { text: 'Roturas de stock', at: AT },
        notes: null,
        facts: {
          person: { set: {}, cleared: {} },
          company: {
            set: {
              industry: { value: 'Forja', source: src('https://forjas-urola.eus/'), confidence: 1 },
            },
            cleared: { phone: AT },
          },
        },
        updatedAt: AT,
      });
      await db.table('personLinks').add({
        pair: '["email:iker@forjas-urola.eus","li:iker-olano-demo"]',
        a: 'email:iker@forjas-urola.eus',
        b: 'li:iker-olano-demo',
        same: false,
        createdAt: AT,
      });
    },
    async check(db) {
      expect(UnsavedSchema.safeParse(await db.drafts.get('li:iker-olano-demo')).success).toBe(true);
      const [link] = await db.personLinks.toArray();
      expect(PersonLinkSchema.safeParse(link).success).toBe(true);
      expect((await db.accounts.where('nameKey').equals('forjas urola').first())?.key).toBe(
        'li:forjas-urola',
      );
    },
  },
};

describe('schema versions', () => {
  it('are listed oldest first, each number once', () => {
    const numbers = SCHEMA_VERSIONS.map((v) => v.version);
    expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
    expect(new Set(numbers).size).toBe(numbers.length);
    expect(CURRENT_SCHEMA_VERSION).toBe(numbers[numbers.length - 1]);
  });

  it('each has a seed in this test', () => {
    for (const v of SCHEMA_VERSIONS)
      expect(SEEDS[v.version], `seed for v${v.version}`).toBeDefined();
  });

  it('the current code opens at the current version', async () => {
    const db = new CribaDB('criba-current', { indexedDB: new IDBFactory(), IDBKeyRange });
    await db.open();
    // Dexie reports the declared version (IndexedDB stores it multiplied by 10).
    expect(db.verno).toBe(CURRENT_SCHEMA_VERSION);
    db.close();
  });

  for (const [i, v] of SCHEMA_VERSIONS.entries()) {
    it(`a database of v${v.version} reopens with the current code with nothing lost`, async () => {
      const seed = SEEDS[v.version];
      if (!seed) throw new Error(`no seed for v${v.version}`);
      const indexedDB = new IDBFactory();
      const name = `criba-migrate-from-v${v.version}`;

      const old = new Dexie(name, { indexedDB, IDBKeyRange });
      applySchemaVersions(old, SCHEMA_VERSIONS.slice(0, i + 1));
      await old.open();
      await seed.seed(old);
      old.close();

      const current = new CribaDB(name, { indexedDB, IDBKeyRange });
      await current.open();
      await seed.check(current);
      current.close();

      // Opening again (no upgrade to run) changes nothing.
      const again = new CribaDB(name, { indexedDB, IDBKeyRange });
      await seed.check(again);
      again.close();
    });
  }
});
