import Dexie, { type IndexableType } from 'dexie';
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
import {
  CURRENT_SCHEMA_VERSION,
  SCHEMA_VERSIONS,
  STAGE_SORT_INDEXES,
  applySchemaVersions,
} from './migrations';
import { defaultRowQuery, viewRows } from './list-query';
import { ListRowSchema, type ListRow } from './list-row';
import { stageWordIds } from './stage-words';
import { countTallies, readTallies } from './tallies';
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
        // v2: the outcome 'meeting' was a stage: it becomes the status.
        status: 'meeting',
        outcome: null,
        fit: 55,
      });
      // v2: the list's rows are built for what was stored.
      expect(await db.rows.toArray()).toEqual([
        expect.objectContaining({
          id: 'email:nerea@vidrios-altamar.es',
          name: 'Nerea Goñi',
          status: 'meeting',
          verdict: 'nurture',
          words: expect.arrayContaining(['nerea', 'goni', 'vidrios', 'altamar']),
        }),
      ]);
      const view = await viewRows(db, { ...defaultRowQuery(), search: 'GOÑI' });
      expect(view.count).toBe(1);
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
  2: {
    async seed(db) {
      await db.table('accounts').add({
        key: 'domain:toldos-ribera.es',
        domain: 'toldos-ribera.es',
        linkedinSlug: null,
        name: 'Toldos Ribera',
        fields: {
          country: { value: 'ES', source: src('https://toldos-ribera.es/'), confidence: 0.9 },
        },
        createdAt: AT,
        updatedAt: AT,
      });
      await db.table('prospects').add({
        id: 'domain:toldos-ribera.es',
        accountKey: 'domain:toldos-ribera.es',
        contactKey: null,
        status: 'lost',
        frameworkId: null,
        answers: {},
        pain: '',
        angle: null,
        notes: '',
        outcome: {
          at: '2025-11-02',
          value: 8400,
          currency: 'EUR',
          lostReason: 'competitor',
          lostNote: 'Otro proveedor local',
          discountNeeded: true,
          discountPercent: 12,
        },
        nextStep: null,
        revisitAt: '2026-05-01',
        score: null,
        icpVersion: null,
        createdAt: AT,
        updatedAt: AT,
      });
      await db.table('rows').add({
        id: 'domain:toldos-ribera.es',
        name: 'Toldos Ribera',
        company: 'Toldos Ribera',
        title: '',
        grade: '',
        verdict: 'none',
        reason: null,
        fit: null,
        status: 'lost',
        outcome: 'lost:competitor',
        value: 8400,
        currency: 'EUR',
        country: 'ES',
        source: 'website',
        nextStep: '',
        revisitAt: '2026-05-01',
        icpVersion: 0,
        createdAt: AT,
        updatedAt: AT,
        words: ['toldos', 'ribera', 'es'],
        met: [],
        kName: 'toldos ribera',
        kCompany: 'toldos ribera',
        kTitle: '',
        kStatus: 5,
        kNext: '2026-05-01',
        kOutcome: [1, 8400],
      });
    },
    async check(db) {
      expect((await db.prospects.get('domain:toldos-ribera.es'))?.outcome).toMatchObject({
        value: 8400,
        lostReason: 'competitor',
      });
      const rows = await db.rows.toArray();
      expect(rows).toHaveLength(1);
      expect(ListRowSchema.safeParse(rows[0]).success).toBe(true);
      const view = await viewRows(db, { ...defaultRowQuery(), outcome: ['lost'], search: 'rib' });
      expect(view.count).toBe(1);
      // v4 rebuilds the rows with the outcome's day and discount for the insights.
      expect(rows[0]).toMatchObject({
        decidedAt: '2025-11-02',
        discounted: true,
        discountPercent: 12,
        reached: 'new',
        funnel: 0,
        answers: [],
      });
    },
  },
  4: {
    async seed(db) {
      await db.table('prospects').add({
        id: 'li:amaia-etxeberria-demo',
        accountKey: null,
        contactKey: 'li:amaia-etxeberria-demo',
        status: 'won',
        reached: 'proposal',
        frameworkId: 'bant',
        answers: {
          need: { value: 'yes', answeredAt: AT },
          authority: { value: 'unknown', answeredAt: AT },
        },
        pain: '',
        angle: null,
        advice: null,
        problemId: null,
        notes: '',
        outcome: {
          at: '2025-12-01',
          value: 15000,
          currency: 'EUR',
          lostReason: null,
          lostNote: '',
          discountNeeded: false,
          discountPercent: null,
        },
        nextStep: null,
        revisitAt: null,
        score: null,
        icpVersion: null,
        createdAt: AT,
        updatedAt: AT,
      });
      await db.table('contacts').add({
        key: 'li:amaia-etxeberria-demo',
        accountKey: null,
        linkedinSlug: 'amaia-etxeberria-demo',
        email: null,
        name: 'Amaia Etxeberria',
        fields: {},
        createdAt: AT,
        updatedAt: AT,
      });
      await db.table('rows').add({
        id: 'li:amaia-etxeberria-demo',
        name: 'Amaia Etxeberria',
        company: '',
        title: '',
        grade: '',
        verdict: 'none',
        reason: null,
        fit: null,
        status: 'won',
        outcome: 'won',
        value: 15000,
        currency: 'EUR',
        country: '',
        source: 'unknown',
        nextStep: '',
        revisitAt: '',
        icpVersion: -1,
        createdAt: AT,
        updatedAt: AT,
        words: ['amaia', 'etxeberria', 'demo'],
        met: [],
        answers: ['need=yes'],
        decidedAt: '2025-12-01',
        discounted: false,
        discountPercent: null,
        reached: 'proposal',
        funnel: 4,
        kName: 'amaia etxeberria',
        kCompany: '',
        kTitle: '',
        kStatus: 4,
        kNext: '',
        kOutcome: [0, 15000],
      });
    },
    async check(db) {
      const prospect = await db.prospects.get('li:amaia-etxeberria-demo');
      expect(ProspectSchema.parse(prospect).reached).toBe('proposal');
      const [row] = await db.rows.toArray();
      expect(ListRowSchema.parse(row)).toMatchObject({ answers: ['need=yes'], funnel: 4 });
      // The insights' compound indexes answer by capture date.
      const won = db.rows
        .where('[grade+status+createdAt]')
        .between(['', 'won', AT], ['', 'won', AT], true, true);
      expect(await won.count()).toBe(1);
      expect(await db.rows.where('answers').equals('need=yes').count()).toBe(1);
      expect(
        await db.rows.where('[funnel+createdAt]').between([4, AT], [4, AT], true, true).count(),
      ).toBe(1);
    },
  },
};

/** The counters of the one row the v4 seed writes, as v5 stores them. */
const V5_TALLIES = [
  ['all', 1],
  ['icp|-1', 1],
  ['verdict|none', 1],
  ['grade|', 1],
  ['status|won', 1],
  ['outcome|won', 1],
  ['source|unknown', 1],
  ['funnel|4', 1],
  ['country|', 1],
  ['m|2025-11|gs||won', 1],
  ['m|2025-11|f|4', 1],
] as const;

SEEDS[5] = {
  async seed(db) {
    await SEEDS[4]!.seed(db);
    await db.table('tallies').bulkAdd(V5_TALLIES.map(([key, n]) => ({ key, n })));
  },
  async check(db) {
    await SEEDS[4]!.check(db);
    expect(await readTallies(db, 'm|2025-11|')).toEqual(
      new Map([
        ['m|2025-11|gs||won', 1],
        ['m|2025-11|f|4', 1],
      ]),
    );
  },
};

// v6 adds indexes only: its database holds what v5's does.
SEEDS[6] = SEEDS[5];

// v7 holds the row's words behind its status.
SEEDS[7] = {
  async seed(db) {
    await SEEDS[6]!.seed(db);
    const id = 'li:amaia-etxeberria-demo';
    await db
      .table('stageWords')
      .bulkAdd(['amaia', 'etxeberria', 'demo'].map((w) => ({ key: `won ${w} ${id}` })));
  },
  check: (db) => SEEDS[6]!.check(db),
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
      // Whatever the version, the rows are counted: the tallies are a recount of them.
      const rows = await current.rows.toArray();
      expect(await readTallies(current)).toEqual(countTallies(rows));
      // …and each row is in its stage's part of every sort order (v6).
      for (const r of rows) {
        for (const index of STAGE_SORT_INDEXES) {
          const [, key] = index.slice(1, -1).split('+') as [string, keyof ListRow];
          const found = await current.rows
            .where(index)
            .equals([r.status, r[key]] as IndexableType)
            .primaryKeys();
          expect(found, index).toContain(r.id);
        }
        // …and found by a search within its stage, by each of its words (v7).
        for (const w of r.words)
          expect(await stageWordIds(current, r.status, w), w).toContain(r.id);
      }
      // Those words and no others.
      const words = rows.reduce((n, r) => n + r.words.length, 0);
      expect(await current.stageWords.count()).toBe(words);
      current.close();

      // Opening again (no upgrade to run) changes nothing.
      const again = new CribaDB(name, { indexedDB, IDBKeyRange });
      await seed.check(again);
      again.close();
    });
  }
});
