import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { freshDatabases } from '../../tests/support/fresh-db';
import { seedProspects } from '../../tests/support/insight-seed';
import { countRows, zeroStatuses } from '../insights/counts';
import { rangeBounds, type DateRange } from '../insights/range';
import { SIGN_THRESHOLDS } from '../insights/signs';
import { PROSPECT_STATUSES } from '../model/vocab';
import type { CribaDB } from './database';
import { firstCharts } from './insight-counts';
import { FUNNEL_STEPS, type ListRow } from './list-row';
import { putRows, rowTables } from './row-writes';

/**
 * The first charts from the month tallies equal counting the rows themselves, for any
 * rows and any range: open ends, empty ranges, ends that cut a month anywhere, instants
 * stored at any precision (`…:59Z` sorts after `…:59.999Z` in the index).
 */
const fresh = freshDatabases();
const NOW = new Date('2026-03-20T12:00:00.000Z');
const base = seedProspects(1, 0, NOW)[0]?.row as ListRow;

const MONTHS = ['2025-11', '2025-12', '2026-01', '2026-02'];
const TIMES = ['00:00:00.000Z', '09:30:00.000Z', '23:59:59.999Z', '23:59:59Z', '00:00:00.000000Z'];
const DAYS = [1, 2, 14, 15, 16, 17, 27, 28, 29, 30, 31];

const daysIn = (month: string) =>
  new Date(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)), 0)).getUTCDate();
const day = (month: string, d: number) =>
  `${month}-${String(Math.min(d, daysIn(month))).padStart(2, '0')}`;

const arbRow = fc
  .record({
    grade: fc.constantFrom('A1', 'B2', 'C3', ''),
    status: fc.constantFrom(...PROSPECT_STATUSES),
    funnel: fc.integer({ min: 0, max: FUNNEL_STEPS.length - 1 }),
    month: fc.constantFrom(...MONTHS),
    day: fc.integer({ min: 1, max: 31 }),
    time: fc.constantFrom(...TIMES),
  })
  .map(({ month, day: d, time, ...r }) => ({ ...r, createdAt: `${day(month, d)}T${time}` }));

const arbDay = fc.option(
  fc
    .record({
      month: fc.constantFrom('2025-10', ...MONTHS, '2026-03'),
      d: fc.constantFrom(...DAYS),
    })
    .map(({ month, d }) => day(month, d)),
);
const arbRange = fc.record({ from: arbDay, to: arbDay });

type Part = typeof arbRow extends fc.Arbitrary<infer T> ? T : never;

async function stored(db: CribaDB, parts: Part[]): Promise<ListRow[]> {
  const rows = parts.map((p, i) => ({ ...base, ...p, id: `li:persona-${i}` }));
  await db.transaction('rw', rowTables(db), () => putRows(db, rows));
  return rows;
}

const within = (rows: ListRow[], range: DateRange) => {
  const { from, to } = rangeBounds(range);
  return rows.filter((r) => (!from || r.createdAt >= from) && (!to || r.createdAt <= to));
};

describe('first charts from the month tallies', () => {
  it('equal counting the rows, for random rows and random ranges', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(arbRow, { maxLength: 60 }), arbRange, async (parts, range) => {
        const db = fresh();
        const rows = await stored(db, parts);
        const expected = countRows(within(rows, range));
        // Every grade stored is answered, with zeros when nobody in range has it.
        for (const r of rows) expected.byGradeStatus[r.grade] ??= zeroStatuses();
        expect((await firstCharts(db, range, NOW)).counts).toEqual(expected);
      }),
      { numRuns: 150 },
    );
  });

  it('count the deals in progress waiting too long, for random rows and ranges', async () => {
    const cutoff = new Date(
      NOW.getTime() - SIGN_THRESHOLDS.followUps.staleDays * 86_400_000,
    ).toISOString();
    await fc.assert(
      fc.asyncProperty(fc.array(arbRow, { maxLength: 60 }), arbRange, async (parts, range) => {
        const db = fresh();
        const rows = await stored(db, parts);
        const stale = within(rows, range).filter(
          (r) => ['contacted', 'meeting', 'proposal'].includes(r.status) && r.createdAt <= cutoff,
        );
        expect((await firstCharts(db, range, NOW)).progress.stale).toBe(stale.length);
      }),
      { numRuns: 100 },
    );
  });
});
