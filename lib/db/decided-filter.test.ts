import { describe, expect, it } from 'vitest';
import { freshDatabases } from '../../tests/support/fresh-db';
import { seedProspects } from '../../tests/support/insight-seed';
import { isDecided } from '../insights/decided-row';
import { daysToDecision, decisionTimes } from '../insights/timing';
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
import { countFromTallies } from './list-counts';
import type { ListRow } from './list-row';
import { rowMatcher } from './row-match';
import { putRows, rowTables } from './row-writes';

/**
 * The prospects list's filters on a decided deal's outcome — time from capture to
 * decision (`decidedIn`, the insights' buckets) and a discount needed — which no index
 * holds: the rows are tested in memory, narrowed by the closed statuses (decided-keys.ts).
 */

const fresh = freshDatabases();
const NOW = new Date('2026-06-15T12:00:00.000Z');
const q = (over: Partial<RowQuery> = {}): RowQuery => RowQuerySchema.parse(over);
const seeded = seedProspects(320, 170, NOW, { seed: 7 });

/** A decided row captured on 2026-01-01 and decided `days` later (none: no decision day). */
function decidedAfter(days: number | null, over: Partial<ListRow> = {}): ListRow {
  const base = seeded.find((s) => s.row.status === 'won')?.row;
  if (!base) throw new Error('the seed has no win');
  const decidedAt =
    days === null ? '' : new Date(Date.UTC(2026, 0, 1) + days * 86_400_000).toISOString();
  return {
    ...base,
    createdAt: '2026-01-01T18:30:00.000Z',
    decidedAt: decidedAt.slice(0, 10),
    ...over,
  };
}

describe('the time-to-decision filter', () => {
  it('puts each side of every bucket boundary where the chart counts it', () => {
    const buckets = {
      month: [0, 30],
      quarter: [31, 90],
      half: [91, 182],
      longer: [183, 700],
    } as const;
    for (const [key, [first, last]] of Object.entries(buckets)) {
      const matches = rowMatcher(q({ decidedIn: [key as 'month'] }));
      const label = `${key}: ${first}–${last}`;
      expect(matches(decidedAfter(first)), label).toBe(true);
      expect(matches(decidedAfter(last)), label).toBe(true);
      if (first > 0) expect(matches(decidedAfter(first - 1)), label).toBe(false);
      if (key !== 'longer') expect(matches(decidedAfter(last + 1)), label).toBe(false);
      // The chart counts the same row in the same bucket.
      const times = decisionTimes([decidedAfter(first), decidedAfter(last)]);
      expect(times.buckets.find((b) => b.key === key)?.count, label).toBe(2);
    }
  });

  it('matches only a decided deal with a decision day, in any bucket asked for', () => {
    const all = q({ decidedIn: ['month', 'quarter', 'half', 'longer'] });
    const matches = rowMatcher(all);
    expect(matches(decidedAfter(null))).toBe(false);
    expect(matches(decidedAfter(10, { status: 'lost' }))).toBe(true);
    expect(matches(decidedAfter(10, { status: 'no_decision' }))).toBe(true);
    expect(matches(decidedAfter(10, { status: 'proposal' }))).toBe(false);
    const two = rowMatcher(q({ decidedIn: ['month', 'half'] }));
    expect([10, 60, 120, 300].map((d) => two(decidedAfter(d)))).toEqual([true, false, true, false]);
  });

  it('the discount filter matches decided deals that needed one, and combines', () => {
    const discounted = rowMatcher(q({ discounted: true }));
    expect(discounted(decidedAfter(10, { discounted: true }))).toBe(true);
    expect(discounted(decidedAfter(10, { discounted: false }))).toBe(false);
    expect(discounted(decidedAfter(10, { discounted: true, status: 'meeting' }))).toBe(false);
    const both = rowMatcher(q({ discounted: true, decidedIn: ['month'] }));
    expect(both(decidedAfter(10, { discounted: true }))).toBe(true);
    expect(both(decidedAfter(40, { discounted: true }))).toBe(false);
  });

  it('no tally counts them', () => {
    const tallies = new Map([['all', 9]]);
    expect(countFromTallies(q({ decidedIn: ['month'] }), tallies)).toBeNull();
    expect(countFromTallies(q({ discounted: true }), tallies)).toBeNull();
  });
});

/** The seeded rows, a few decided ones without a decision day and open ones with one. */
async function stored(db: CribaDB): Promise<ListRow[]> {
  const rows = seeded.map(({ row }, i) => {
    if (isDecided(row) && i % 11 === 0) return { ...row, decidedAt: '' };
    if (!isDecided(row) && i % 13 === 0) return { ...row, decidedAt: '2026-05-01' };
    return row;
  });
  await db.transaction('rw', rowTables(db), () => putRows(db, rows));
  return rows;
}

/** The bucket by its day bounds, from daysToDecision alone. */
function bruteBucket(r: ListRow): string | null {
  const d = isDecided(r) ? daysToDecision(r) : null;
  if (d === null) return null;
  return d <= 30 ? 'month' : d <= 90 ? 'quarter' : d <= 182 ? 'half' : 'longer';
}

const QUERIES: Partial<RowQuery>[] = [
  { decidedIn: ['month'] },
  { decidedIn: ['quarter'], sort: 'name', dir: 'asc' },
  { decidedIn: ['half', 'longer'], sort: 'grade' },
  { decidedIn: ['longer'], status: ['won', 'new'] },
  { decidedIn: ['quarter'], grade: ['A1', 'A2', 'B1'], sort: 'outcome' },
  {
    decidedIn: ['month', 'quarter'],
    dateOn: 'created',
    from: '2025-06-01T00:00:00.000Z',
    to: '2026-01-31T23:59:59.999Z',
  },
  { decidedIn: ['half'], dateOn: 'updated', from: '2025-09-01T00:00:00.000Z' },
  { discounted: true },
  { discounted: true, status: ['won'], grade: ['C1', 'C2'], sort: 'company' },
  { discounted: true, decidedIn: ['quarter', 'half'], search: 'ana' },
];

const PATHS: ViewOptions[] = [
  { sortInMemory: 1000, first: 7 },
  { sortInMemory: 0, walkBudget: 10_000, first: 7 },
  { sortInMemory: 20, walkBudget: 30, first: 7 },
  { sortInMemory: 0, walkBudget: 30, first: 7 },
];

/** The ids the query's other filters show (their own test's oracle), kept by brute force. */
async function expected(db: CribaDB, rows: ListRow[], over: Partial<RowQuery>) {
  const { decidedIn = [], discounted = false, ...others } = over;
  const keep = new Set(
    rows
      .filter((r) => {
        const bucket = bruteBucket(r);
        const inBucket = decidedIn.length === 0 || decidedIn.some((b) => b === bucket);
        return isDecided(r) && inBucket && (!discounted || r.discounted);
      })
      .map((r) => r.id),
  );
  const walked: RowView = { total: rows.length, count: null, ids: null, walk: true, first: [] };
  return (await viewIds(db, q(others), walked)).filter((id) => keep.has(id));
}

describe('the list finds exactly those deals on every path', () => {
  it('the same ids as daysToDecision over every row, in the sort order', async () => {
    const db = fresh();
    const rows = await stored(db);
    for (const over of QUERIES) {
      const query = q(over);
      const want = await expected(db, rows, over);
      expect(want.length, JSON.stringify(over)).toBeGreaterThan(0);
      for (const options of PATHS) {
        const label = JSON.stringify({ over, options });
        const view = await viewRows(db, query, options);
        expect(
          view.first.map((r) => r.id),
          label,
        ).toEqual(want.slice(0, 7));
        const count = await countRows(db, query, view);
        const paged: string[] = [];
        for (let offset = 0; offset < count + 40; offset += 40) {
          paged.push(...(await pageRows(db, query, view, offset, 40)).map((r) => r.id));
        }
        expect({ count, ids: await viewIds(db, query, view), paged }, label).toEqual({
          count: want.length,
          ids: want,
          paged: want,
        });
      }
    }
  });
});
