import { describe, expect, it } from 'vitest';
import { freshDatabases } from '../../tests/support/fresh-db';
import { saveInput, score } from '../../tests/support/test-records';
import { PROSPECT_STATUSES, SURFACES, VERDICTS } from '../model/vocab';
import type { CribaDB } from './database';
import {
  RowQuerySchema,
  countRows,
  pageRows,
  viewIds,
  viewRows,
  type RowQuery,
  type RowView,
  type ViewOptions,
} from './list-query';
import { ROW_OUTCOMES, type ListRow } from './list-row';
import { matchingIds } from './match-keys';
import { rowMatcher } from './row-match';
import { putRows, rowTables } from './row-writes';
import { saveProspect } from './save-prospect';
import { rebuildAllRows } from './sync-rows';

/**
 * The first screen takes one of four paths (list-query.ts): every row from the sort
 * index; a narrow filter read and sorted in memory; a wide one walked in the sort order
 * with each row tested in memory; a rare match, when the walk's budget runs out, from the
 * indexes' keys. Every path must show exactly what the indexes say matches, in the
 * index's order — the oracle here is the indexes' keys in the sort index's order.
 */

const fresh = freshDatabases();
const NOW = new Date('2026-03-02T09:00:00.000Z');
const q = (over: Partial<RowQuery> = {}): RowQuery => RowQuerySchema.parse(over);
const N = 240;
const pad = (i: number) => String(i).padStart(3, '0');

/** 240 company-only prospects whose rows vary in every filtered field. */
async function varied(db: CribaDB): Promise<ListRow[]> {
  const at = NOW.toISOString();
  const keys = Array.from({ length: N }, (_, i) => `domain:v${pad(i)}.es`);
  await db.accounts.bulkPut(
    keys.map((key, i) => ({
      ...{ key, domain: key.slice(7), linkedinSlug: null, name: `Firma ${pad(i)}` },
      ...{ fields: {}, createdAt: at, updatedAt: at },
    })),
  );
  const { prospect } = await saveProspect(db, saveInput({ person: null }), NOW);
  await db.prospects.bulkPut(
    keys.map((key) => ({
      ...prospect,
      id: key,
      accountKey: key,
      contactKey: null,
      score: score(),
    })),
  );
  await db.prospects.delete(prospect.id);
  await db.accounts.delete(prospect.accountKey!);
  await rebuildAllRows(db);
  const day = (i: number) => new Date(NOW.getTime() + (i % 37) * 86_400_000).toISOString();
  const rows = (await db.rows.orderBy('id').toArray()).map((r, i) => ({
    ...r,
    verdict: [...VERDICTS, 'none' as const][i % 4],
    grade: ['A1', 'B2', 'C3', ''][i % 4],
    status: PROSPECT_STATUSES[i % PROSPECT_STATUSES.length],
    outcome: ROW_OUTCOMES[i % ROW_OUTCOMES.length],
    country: ['ES', 'MX', ''][i % 3],
    source: SURFACES[i % SURFACES.length],
    met: [['c1'], ['c1', 'c2'], [], ['c3']][i % 4],
    answers: i % 5 === 0 ? ['budget=yes'] : [],
    funnel: i % 5,
    words: ['firma', pad(i), i % 2 ? 'garcia' : 'garrido', ...(i % 60 === 0 ? ['rara'] : [])],
    kName: `${['b', 'a', 'c'][i % 3]} ${pad(i)}`,
    createdAt: day(i),
    updatedAt: day(i * 7),
  })) as ListRow[];
  await db.transaction('rw', rowTables(db), () => putRows(db, rows));
  return rows;
}

/** The field each column sorts by, as the schema indexes it (written out again here). */
const SORTED_BY: Record<RowQuery['sort'], keyof ListRow> = {
  ...{ name: 'kName', company: 'kCompany', title: 'kTitle', grade: 'grade', status: 'kStatus' },
  ...{ next: 'kNext', outcome: 'kOutcome', source: 'source', country: 'country' },
  updated: 'updatedAt',
};

/**
 * What the indexes say the query shows, in the whole sort index's order (not a stage's
 * part of it, which a one-status query reads).
 */
const oracle = async (db: CribaDB, query: RowQuery) => {
  const matched = await db.transaction('r', rowTables(db), () => matchingIds(db, query));
  const sorted = db.rows.orderBy(SORTED_BY[query.sort]);
  const all = (await (query.dir === 'desc' ? sorted.reverse() : sorted).primaryKeys()).map(String);
  return matched ? all.filter((id) => matched.has(id)) : all;
};

const QUERIES: Partial<RowQuery>[] = [
  {},
  { status: ['proposal'] },
  { status: ['new', 'won'], country: ['MX'] },
  { verdict: ['none'], sort: 'updated', dir: 'asc' },
  { grade: ['A1', 'C3'], sort: 'grade', dir: 'desc' },
  { outcome: ['lost'], sort: 'outcome' },
  { outcome: ['lost:price', 'won'] },
  { funnel: [3, 2], sort: 'name', dir: 'asc' },
  { met: ['c2'] },
  { notMet: ['c1'], source: [SURFACES[0]] },
  { answer: ['budget=yes'], sort: 'country' },
  { search: 'garc', sort: 'name', dir: 'desc' },
  { search: 'GARRIDO fir', country: [''] },
  { search: 'rara' },
  { search: 'gar 01' },
  { dateOn: 'created', from: '2026-03-05T00:00:00.000Z', to: '2026-03-20T00:00:00.000Z' },
  { from: '2026-03-30T00:00:00.000Z', status: ['lost', 'meeting'] },
  { ids: ['domain:v005.es', 'domain:v100.es', 'domain:nobody.es'] },
  { status: ['proposal'], search: 'rara' },
  // A search within stages: each term read from those stages' `stageWords` (schema v7).
  { status: ['new', 'meeting'], search: 'garrido 0' },
  { status: ['won'], search: 'garc fir', sort: 'name', dir: 'asc' },
  // One stage in each column's order: its part of the sort, read through `[status+…]`.
  { status: ['won'], sort: 'name' },
  { status: ['new'], sort: 'company', dir: 'asc' },
  { status: ['lost'], sort: 'title', dir: 'desc' },
  { status: ['meeting'], sort: 'grade', dir: 'asc', country: ['ES'] },
  { status: ['new'], sort: 'status', dir: 'asc' },
  { status: ['contacted'], sort: 'next', dir: 'desc' },
  { status: ['won'], sort: 'outcome', dir: 'asc' },
  { status: ['lost'], sort: 'source', search: 'garc' },
  { status: ['no_decision'], sort: 'country', dir: 'desc' },
  { status: ['proposal'], sort: 'updated', dir: 'asc' },
];

/**
 * Paths: in memory; walked; walked with a budget that runs out, the matches then found
 * from the indexes' keys and sorted in memory, or (more than `sortInMemory`) the first
 * of them found by walking the sort index's keys.
 */
const PATHS: ViewOptions[] = [
  { sortInMemory: 1000, first: 7 },
  { sortInMemory: 0, walkBudget: 10_000, first: 7 },
  { sortInMemory: 20, walkBudget: 30, first: 7 },
  { sortInMemory: 0, walkBudget: 30, first: 7 },
];

async function everything(db: CribaDB, query: RowQuery, view: RowView) {
  const count = await countRows(db, query, view);
  const paged: string[] = [];
  for (let offset = 0; offset < count + 40; offset += 40) {
    paged.push(...(await pageRows(db, query, view, offset, 40)).map((r) => r.id));
  }
  return { count, ids: await viewIds(db, query, view), paged };
}

describe('every path of the first screen shows what the indexes match, in their order', () => {
  it('the indexes match exactly the rows the in-memory test matches', async () => {
    const db = fresh();
    const rows = await varied(db);
    for (const over of QUERIES) {
      const query = q(over);
      const matched = await db.transaction('r', rowTables(db), () => matchingIds(db, query));
      const expected = rows.filter(rowMatcher(query)).map((r) => r.id);
      expect([...(matched ?? rows.map((r) => r.id))].sort(), JSON.stringify(over)).toEqual(
        expected.sort(),
      );
    }
  });

  it('for filters, searches, dates and sorts of every kind', async () => {
    const db = fresh();
    await varied(db);
    for (const over of QUERIES) {
      const query = q(over);
      const expected = await oracle(db, query);
      for (const options of PATHS) {
        const view = await viewRows(db, query, options);
        const label = JSON.stringify({ over, options });
        expect(
          view.first.map((r) => r.id),
          label,
        ).toEqual(expected.slice(0, 7));
        expect(await everything(db, query, view), label).toEqual({
          count: expected.length,
          ids: expected,
          paged: expected,
        });
      }
    }
  });

  it('reads a filter in memory up to the threshold, and walks one row past it', async () => {
    const db = fresh();
    await varied(db);
    const query = q({ verdict: ['nurture'] });
    const matches = (await oracle(db, query)).length;
    const narrow = await viewRows(db, query, { sortInMemory: matches, first: 7 });
    expect(narrow).toMatchObject({ walk: false, count: matches });
    expect(narrow.ids).toHaveLength(matches);
    const wide = await viewRows(db, query, { sortInMemory: matches - 1, first: 7 });
    // One kind of filter alone: the tallies count it.
    expect(wide).toMatchObject({ walk: true, ids: null, count: matches });
    expect(wide.first.map((r) => r.id)).toEqual(narrow.first.map((r) => r.id));
  });

  it('reads one stage alone as its part of the sort order, counted by the tallies', async () => {
    const db = fresh();
    await varied(db);
    for (const sort of ['name', 'status', 'outcome'] as const) {
      const query = q({ status: ['proposal'], sort });
      const expected = await oracle(db, query);
      // Whatever the thresholds: no key of the status index is read to find the page.
      const view = await viewRows(db, query, { sortInMemory: expected.length, first: 7 });
      expect(view).toMatchObject({ walk: false, ids: null, count: expected.length });
      expect(view.first.map((r) => r.id)).toEqual(expected.slice(0, 7));
      expect(await pageRows(db, query, view, 5, 100)).toEqual(
        (await db.rows.bulkGet(expected.slice(5))).filter(Boolean),
      );
    }
  });

  it('walks until the page is full, and counts from the indexes when the budget runs out', async () => {
    const db = fresh();
    await varied(db);
    const query = q({ status: ['new', 'won'], country: ['MX'] });
    const expected = await oracle(db, query);
    // Where the 7th match stands in the sort order: the rows a walk tests for a page of 7.
    const order = await viewIds(db, q(), await viewRows(db, q()));
    const tested = order.indexOf(expected[6] ?? '') + 1;
    expect(tested).toBeGreaterThan(7);
    const walked = await viewRows(db, query, { sortInMemory: 0, walkBudget: tested, first: 7 });
    // Two kinds at once: no tally tells, the count comes after the rows.
    expect(walked).toMatchObject({ walk: true, ids: null, count: null });
    expect(await countRows(db, query, walked)).toBe(expected.length);
    // One row short: the matches come from the indexes' keys — sorted in memory when few…
    const few = { sortInMemory: expected.length, walkBudget: tested - 1, first: 7 };
    expect(await viewRows(db, query, few)).toMatchObject({
      walk: false,
      ids: expected,
      count: expected.length,
    });
    // … else the first ones found by walking the sort index's keys, the rest walked later.
    const many = await viewRows(db, query, { ...few, sortInMemory: expected.length - 1 });
    expect(many).toMatchObject({ walk: true, ids: null, count: expected.length });
    expect(many.first.map((r) => r.id)).toEqual(expected.slice(0, 7));
  });
});
