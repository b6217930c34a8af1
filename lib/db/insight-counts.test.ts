import { describe, expect, it } from 'vitest';
import { freshDatabases } from '../../tests/support/fresh-db';
import { seedProspects } from '../../tests/support/insight-seed';
import { countRows } from '../insights/counts';
import { isDecided } from '../insights/decided-row';
import { rangeBounds, type DateRange } from '../insights/range';
import { SIGN_THRESHOLDS } from '../insights/signs';
import { decidedRows, firstCharts } from './insight-counts';
import { ListRowSchema, type ListRow } from './list-row';
import { putRows, rowTables } from './row-writes';

const fresh = freshDatabases();
const NOW = new Date('2026-06-30T12:00:00.000Z');
const rows: ListRow[] = seedProspects(600, 150, NOW).map((s) => ListRowSchema.parse(s.row));

const within = (range: DateRange) => {
  const { from, to } = rangeBounds(range);
  return rows.filter((r) => (!from || r.createdAt >= from) && (!to || r.createdAt <= to));
};

describe('insight counts from the tallies and indexes', () => {
  for (const range of [
    { from: null, to: null },
    { from: '2025-09-01', to: '2026-02-28' },
    { from: '2026-04-01', to: null },
  ]) {
    it(`equal counting the rows themselves, captured ${range.from ?? '…'} – ${range.to ?? '…'}`, async () => {
      const db = fresh();
      await db.transaction('rw', rowTables(db), () => putRows(db, rows));
      const expected = countRows(within(range));
      const { counts: counted } = await firstCharts(db, range, NOW);
      expect(counted.atStep).toEqual(expected.atStep);
      // Every grade stored is answered; those with nobody in range are all zero.
      for (const [grade, byStatus] of Object.entries(counted.byGradeStatus)) {
        const want = expected.byGradeStatus[grade];
        if (want) expect(byStatus, grade).toEqual(want);
        else
          expect(
            Object.values(byStatus).every((n) => n === 0),
            grade,
          ).toBe(true);
      }
      const decided = await decidedRows(db, range);
      expect(decided.map((r) => r.id).sort()).toEqual(
        within(range)
          .filter(isDecided)
          .map((r) => r.id)
          .sort(),
      );
    });
  }

  it('deals in progress: how many wait too long, and the ten waiting longest', async () => {
    const db = fresh();
    await db.transaction('rw', rowTables(db), () => putRows(db, rows));
    const open = rows.filter((r) => ['contacted', 'meeting', 'proposal'].includes(r.status));
    const cutoff = new Date(NOW.getTime() - SIGN_THRESHOLDS.followUps.staleDays * 86_400_000);
    const { stale, stuck } = (await firstCharts(db, { from: null, to: null }, NOW)).progress;
    expect(stale).toBe(open.filter((r) => r.createdAt <= cutoff.toISOString()).length);
    expect(stale).toBeGreaterThan(0);
    const oldest = [...open].sort((a, b) => a.createdAt.localeCompare(b.createdAt)).slice(0, 10);
    expect(stuck.map((s) => s.id)).toEqual(oldest.map((r) => r.id));
    // A range that starts after the cutoff has nobody waiting too long.
    const recent = await firstCharts(db, { from: '2026-06-01', to: null }, NOW);
    expect(recent.progress.stale).toBe(0);
  });
});
