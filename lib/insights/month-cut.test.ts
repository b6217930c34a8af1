import { describe, expect, it } from 'vitest';
import { byMonth, cutMonth, nextMonth } from './month-cut';

const day = (d: string, end = false) => `${d}T${end ? '23:59:59.999Z' : '00:00:00.000Z'}`;

describe('a range against one capture month', () => {
  it('knows the month after, across a year, and refuses a key no instant has', () => {
    expect(nextMonth('2025-12')).toBe('2026-01');
    expect(nextMonth('2026-02')).toBe('2026-03');
    expect(nextMonth('2026-13')).toBeNull();
    expect(nextMonth('junk')).toBeNull();
    expect(cutMonth('junk', { from: null, to: null })).toEqual({ kind: 'outside' });
  });

  it('takes a month whole only when no end of the range falls in it', () => {
    expect(cutMonth('2026-01', { from: null, to: null }).kind).toBe('whole');
    expect(cutMonth('2026-01', { from: day('2025-12-31'), to: day('2026-02-01') }).kind).toBe(
      'whole',
    );
    // An end on the month's last day still cuts it: `…:59Z` sorts after `…:59.999Z`.
    expect(cutMonth('2026-01', { from: null, to: day('2026-01-31', true) }).kind).toBe('besides');
    expect(cutMonth('2026-01', { from: day('2026-02-01'), to: null }).kind).toBe('outside');
    expect(cutMonth('2026-01', { from: null, to: day('2025-12-31', true) }).kind).toBe('outside');
  });

  it('counts the smaller side of a cut: the days in range, or those out of it', () => {
    // 12 days in range of 31: those are counted.
    expect(cutMonth('2026-01', { from: day('2026-01-20'), to: null })).toEqual({
      kind: 'inside',
      spans: [
        { lower: day('2026-01-20'), upper: '2026-02', includeLower: true, includeUpper: true },
      ],
    });
    // 27 days in range: the month's counters less the 4 days before it.
    expect(cutMonth('2026-01', { from: day('2026-01-05'), to: null })).toEqual({
      kind: 'besides',
      spans: [
        { lower: '2026-01', upper: day('2026-01-05'), includeLower: true, includeUpper: false },
      ],
    });
    // Both ends in the month, most of it in range: the two ends' days are left out.
    expect(cutMonth('2026-01', { from: day('2026-01-03'), to: day('2026-01-29', true) })).toEqual({
      kind: 'besides',
      spans: [
        { lower: '2026-01', upper: day('2026-01-03'), includeLower: true, includeUpper: false },
        {
          lower: day('2026-01-29', true),
          upper: '2026-02',
          includeLower: false,
          includeUpper: true,
        },
      ],
    });
  });

  it('groups month counters by month, leaving other counters out', () => {
    const months = byMonth(
      new Map([
        ['m|2026-01|gs|A1|won', 2],
        ['m|2026-01|f|4', 2],
        ['m|2026-02|gs||new', 5],
        ['grade|A1', 2],
      ]),
    );
    expect([...months.keys()]).toEqual(['2026-01', '2026-02']);
    expect(months.get('2026-02')).toEqual(new Map([['gs||new', 5]]));
    expect(months.get('2026-01')?.get('f|4')).toBe(2);
  });
});
