import { describe, expect, it } from 'vitest';
import { byAnswer, byCriterion, bySource, byVerdict, breakdown } from './breakdown';
import { gradeLines } from './by-grade';
import { countRows, rate } from './counts';
import { discountsByGrade } from './discounts';
import { funnelOf } from './funnel';
import { averages } from './money';
import { lastDays, rangeBounds } from './range';
import { daysToDecision, decisionTimes, stuckLongest } from './timing';
import { decided } from './test-rows';

describe('insights: the funnel', () => {
  it('counts each step as "got at least this far", with rates from the step before', () => {
    // 4 captured only, 3 qualified, 2 stopped at a meeting, 1 at a proposal, 2 won.
    const steps = [0, 0, 0, 0, 1, 1, 1, 2, 2, 3, 4, 4];
    const counts = countRows(steps.map((funnel) => ({ grade: 'B1', status: 'new', funnel })));
    const bars = funnelOf(counts);
    expect(bars.map((b) => b.count)).toEqual([12, 8, 5, 3, 2]);
    expect(bars[0]?.fromPrevious).toBeNull();
    expect(bars[1]?.fromPrevious).toBeCloseTo(8 / 12);
    expect(bars[4]?.fromPrevious).toBeCloseTo(2 / 3);
    expect(bars[4]?.fromCaptured).toBeCloseTo(2 / 12);
  });

  it('an empty period has no rates, never a division by zero', () => {
    const bars = funnelOf(countRows([]));
    expect(bars.every((b) => b.count === 0 && b.fromCaptured === null)).toBe(true);
    expect(rate(0, 0)).toBeNull();
  });
});

describe('insights: by grade', () => {
  it('close rate is won of decided; effort and result are shares of all worked and all won', () => {
    const rows = [
      ...Array.from({ length: 3 }, () => ({ grade: 'A1', status: 'won' as const, funnel: 4 })),
      { grade: 'A1', status: 'lost' as const, funnel: 2 },
      { grade: 'A1', status: 'new' as const, funnel: 1 },
      ...Array.from({ length: 5 }, () => ({
        grade: 'C2',
        status: 'contacted' as const,
        funnel: 0,
      })),
      { grade: 'C2', status: 'won' as const, funnel: 4 },
      { grade: '', status: 'no_decision' as const, funnel: 0 },
    ];
    const lines = gradeLines(countRows(rows));
    expect(lines.map((l) => l.grade)).toEqual(['A1', 'C2', '']);
    const [a1, c2, unscored] = lines;
    expect(a1).toMatchObject({ prospects: 5, worked: 4, decided: 4, won: 3, closeRate: 0.75 });
    expect(c2).toMatchObject({ worked: 6, decided: 1, won: 1, closeRate: 1 });
    // 11 worked in all (A1 4, C2 6, unscored 1); 4 wins (A1 3, C2 1).
    expect(a1?.workedShare).toBeCloseTo(4 / 11);
    expect(a1?.winShare).toBeCloseTo(3 / 4);
    expect(c2?.workedShare).toBeCloseTo(6 / 11);
    expect(unscored).toMatchObject({ won: 0, closeRate: 0, winShare: 0 });
  });
});

describe('insights: breakdowns of decided deals', () => {
  const rows = [
    decided({ verdict: 'qualified', value: 1000, met: ['hiring'], answers: ['need=yes'] }),
    decided({ verdict: 'qualified', value: 3000, currency: 'USD', met: ['hiring'] }),
    decided({ verdict: 'qualified', status: 'lost', value: 500, answers: ['need=no'] }),
    decided({
      verdict: 'nurture',
      status: 'no_decision',
      value: null,
      currency: null,
      source: 'website',
      answers: ['need=yes'],
    }),
    decided({ verdict: 'nurture', status: 'contacted', decidedAt: '' }),
  ];

  it('by verdict: open deals are not counted, values are kept by currency', () => {
    const [qualified, nurture] = byVerdict(rows);
    expect(qualified).toMatchObject({ key: 'qualified', decided: 3, won: 2 });
    expect(qualified?.closeRate).toBeCloseTo(2 / 3);
    // A lost deal's value is not a won value; euros and dollars are never summed.
    expect(qualified?.wonValue).toEqual({
      EUR: { count: 1, sum: 1000 },
      USD: { count: 1, sum: 3000 },
    });
    expect(nurture).toMatchObject({
      key: 'nurture',
      decided: 1,
      won: 0,
      closeRate: 0,
      wonValue: {},
    });
  });

  it('by source', () => {
    expect(bySource(rows).map((l) => [l.key, l.decided, l.won])).toEqual([
      ['linkedin-profile', 3, 2],
      ['website', 1, 0],
    ]);
  });

  it('by criterion: met against not met, including criteria nobody met', () => {
    const [hiring, size] = byCriterion(rows, ['hiring', 'size']);
    expect(hiring).toMatchObject({
      id: 'hiring',
      met: { decided: 2, won: 2 },
      notMet: { decided: 2, won: 0 },
    });
    expect(size).toMatchObject({
      met: { decided: 0, closeRate: null },
      notMet: { decided: 4, won: 2 },
    });
  });

  it('by interview answer: per question, per answer given', () => {
    expect(byAnswer(rows)).toEqual([
      {
        question: 'need',
        answers: [
          expect.objectContaining({ key: 'need=yes', decided: 2, won: 1, closeRate: 0.5 }),
          expect.objectContaining({ key: 'need=no', decided: 1, won: 0 }),
        ],
      },
    ]);
  });

  it('average deal value per currency, the most used first', () => {
    const line = breakdown(
      [decided({ value: 100 }), decided({ value: 300 }), decided({ value: 50, currency: 'USD' })],
      () => ['all'],
    )[0];
    expect(averages(line?.wonValue ?? {})).toEqual([
      { currency: 'EUR', average: 200, count: 2 },
      { currency: 'USD', average: 50, count: 1 },
    ]);
  });
});

describe('insights: time to decision and the longest waiting', () => {
  it('days from the capture day to the decision day', () => {
    expect(daysToDecision({ createdAt: '2026-01-01T23:30:00.000Z', decidedAt: '2026-01-31' })).toBe(
      30,
    );
    expect(daysToDecision({ createdAt: '2026-01-01T10:00:00.000Z', decidedAt: '' })).toBeNull();
  });

  it('buckets on both sides of each boundary, and the median', () => {
    const day = (n: number) =>
      decided({ decidedAt: new Date(Date.UTC(2026, 0, 1 + n)).toISOString().slice(0, 10) });
    const times = decisionTimes([day(30), day(31), day(90), day(91), day(182), day(183)]);
    expect(times.buckets.map((b) => b.count)).toEqual([1, 2, 2, 1]);
    expect(times.medianDays).toBe((90 + 91) / 2);
    expect(decisionTimes([day(5), day(7), day(400)]).medianDays).toBe(7);
    expect(decisionTimes([]).medianDays).toBeNull();
  });

  it('the open deals waiting longest come first', () => {
    const now = new Date('2026-06-01T00:00:00.000Z');
    const open = (id: string, createdAt: string) =>
      ({ id, name: id, company: '', status: 'proposal', grade: 'B2', createdAt }) as const;
    const lines = stuckLongest(
      [
        open('b', '2026-05-01T00:00:00.000Z'),
        open('a', '2026-01-01T00:00:00.000Z'),
        open('c', '2026-05-31T00:00:00.000Z'),
      ],
      now,
      2,
    );
    expect(lines.map((l) => [l.id, l.days])).toEqual([
      ['a', 151],
      ['b', 31],
    ]);
  });
});

describe('insights: discounted wins', () => {
  it('share and average size per grade and over all, lost deals aside', () => {
    const lines = discountsByGrade([
      decided({ grade: 'A1', discounted: true, discountPercent: 10, value: 2000 }),
      decided({ grade: 'A1', discounted: true, discountPercent: null, value: 4000 }),
      decided({ grade: 'A1' }),
      decided({ grade: 'B2', discounted: true, discountPercent: 20, value: 900, currency: 'USD' }),
      decided({ grade: 'B2', status: 'lost', discounted: true }),
    ]);
    expect(lines.map((l) => l.grade)).toEqual(['A1', 'B2', '*']);
    const [a1, b2, all] = lines;
    expect(a1).toMatchObject({ wins: 3, discounted: 2, averagePercent: 10 });
    expect(a1?.share).toBeCloseTo(2 / 3);
    expect(averages(a1?.value ?? {})).toEqual([{ currency: 'EUR', average: 3000, count: 2 }]);
    expect(b2).toMatchObject({ wins: 1, discounted: 1, share: 1 });
    expect(all).toMatchObject({ wins: 4, discounted: 3, averagePercent: 15 });
  });
});

describe('insights: the date range', () => {
  it('covers whole UTC days, either end open', () => {
    expect(rangeBounds({ from: '2026-01-01', to: '2026-01-31' })).toEqual({
      from: '2026-01-01T00:00:00.000Z',
      to: '2026-01-31T23:59:59.999Z',
    });
    expect(rangeBounds({ from: null, to: null })).toEqual({ from: null, to: null });
    expect(lastDays(30, new Date('2026-03-30T12:00:00.000Z'))).toEqual({
      from: '2026-03-01',
      to: '2026-03-30',
    });
  });
});
