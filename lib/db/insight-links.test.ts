import { describe, expect, it } from 'vitest';
import { freshDatabases } from '../../tests/support/fresh-db';
import { seedProspects } from '../../tests/support/insight-seed';
import { discountsByGrade } from '../insights/discounts';
import type { LinkFilters } from '../insights/query-url';
import { rangeBounds, type DateRange } from '../insights/range';
import { signLinks } from '../insights/sign-links';
import { contactsSign, discountsSign, followUpsSign, signInputOf } from '../insights/signs';
import { decisionTimes } from '../insights/timing';
import type { CribaDB } from './database';
import { decidedRows, firstCharts } from './insight-counts';
import { RowQuerySchema, countRows, viewRows } from './list-query';
import { putRows, rowTables } from './row-writes';

/**
 * The insights' figures that count prospects the breakdown links cannot name by a stored
 * field alone — the warning signs, the time to decision, the discounted wins — open the
 * prospects list on exactly as many prospects as they say, for all time and for ranges
 * an end of which cuts a month.
 */

const fresh = freshDatabases();
const NOW = new Date('2026-06-30T12:00:00.000Z');
const rows = seedProspects(500, 220, NOW, { seed: 3 }).map((s) => s.row);

/** How many prospects the list shows for a link's filters. */
async function listed(db: CribaDB, filters: LinkFilters): Promise<number> {
  const q = RowQuerySchema.parse(filters);
  return countRows(db, q, await viewRows(db, q));
}

const RANGES: DateRange[] = [
  { from: null, to: null },
  { from: '2025-09-14', to: '2026-03-09' },
  { from: null, to: '2026-02-17' },
];

describe('insights: a figure opens the prospects it counts', () => {
  for (const range of RANGES) {
    it(`signs, time buckets and discounted wins, captured ${range.from ?? '…'} – ${range.to ?? '…'}`, async () => {
      const db = fresh();
      await db.transaction('rw', rowTables(db), () => putRows(db, rows));
      const { from, to } = rangeBounds(range);
      const linkRange: LinkFilters = { from, to, dateOn: 'created' };
      const { counts, progress } = await firstCharts(db, range, NOW);
      const decided = await decidedRows(db, range);
      const input = signInputOf(counts, progress.stale, decided);
      expect(progress.stale).toBeGreaterThan(0);

      const signs = [contactsSign(input), followUpsSign(input), discountsSign(input)];
      for (const sign of signs) {
        if (!sign) throw new Error('the decided rows were given');
        const links = signLinks(sign.id, linkRange, progress.staleTo);
        for (const [name, value] of Object.entries(sign.message.params ?? {})) {
          const filters = links[name];
          if (filters) expect(await listed(db, filters), `${sign.id}.${name}`).toBe(value);
        }
      }

      const times = decisionTimes(decided);
      for (const b of times.buckets) {
        expect(await listed(db, { ...linkRange, decidedIn: [b.key] }), b.key).toBe(b.count);
      }
      const all = discountsByGrade(decided).find((l) => l.grade === '*');
      expect(all?.discounted).toBeGreaterThan(0);
      for (const l of discountsByGrade(decided)) {
        const grade = l.grade === '*' ? {} : { grade: [l.grade] };
        const won = { ...linkRange, ...grade, status: ['won' as const] };
        expect(await listed(db, won), l.grade).toBe(l.wins);
        expect(await listed(db, { ...won, discounted: true }), l.grade).toBe(l.discounted);
      }
    });
  }
});
