import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { emptyOutcome } from '../model/outcome';
import type { FieldMap, FieldValue, Prospect } from '../model/records';
import { SOURCE_METHODS } from '../model/vocab';
import { mergeFieldMaps, mergeProspects, pickField, planMerge } from './merge-records';
import { T0, field } from '../../tests/support/test-records';

const instant = fc
  .integer({ min: Date.parse('2025-01-01T00:00:00Z'), max: Date.parse('2027-01-01T00:00:00Z') })
  .map((t) => new Date(t).toISOString());
const fieldValue: fc.Arbitrary<FieldValue> = fc
  .record({
    value: fc.oneof(fc.string({ maxLength: 20 }), fc.integer(), fc.boolean()),
    method: fc.constantFrom(...SOURCE_METHODS),
    at: instant,
  })
  .map(({ value, method, at }) => field(value, { method, at }));
const fieldMap: fc.Arbitrary<FieldMap> = fc.dictionary(
  fc.constantFrom('name', 'industry', 'country', 'phone', 'employeesMin'),
  fieldValue,
);

describe('mergeFieldMaps (property)', () => {
  it("keeps every field of both maps and never replaces a rep's value with a page value", () => {
    fc.assert(
      fc.property(fieldMap, fieldMap, (a, b) => {
        const m = mergeFieldMaps(a, b);
        expect(new Set(Object.keys(m))).toEqual(new Set([...Object.keys(a), ...Object.keys(b)]));
        for (const [k, v] of Object.entries(m)) {
          expect(v === a[k] || v === b[k]).toBe(true);
          const old = a[k];
          if (old?.source.method === 'rep' && b[k]?.source.method !== 'rep') expect(v).toBe(old);
        }
      }),
    );
  });

  it('among values of the same kind, the later capture wins whatever the order', () => {
    fc.assert(
      fc.property(fieldValue, fieldValue, (x, y) => {
        fc.pre(x.source.capturedAt !== y.source.capturedAt);
        const sameKind = (x.source.method === 'rep') === (y.source.method === 'rep');
        fc.pre(sameKind);
        const later = Date.parse(x.source.capturedAt) > Date.parse(y.source.capturedAt) ? x : y;
        expect(pickField(x, y)).toBe(later);
        expect(pickField(y, x)).toBe(later);
      }),
    );
  });

  it('is idempotent', () => {
    fc.assert(
      fc.property(fieldMap, (a) => {
        expect(mergeFieldMaps(a, a)).toEqual(a);
      }),
    );
  });
});

interface Rec {
  key: string;
  updatedAt: string;
  strong: string | null;
}
const rec: fc.Arbitrary<Rec> = fc
  .record({
    strong: fc.option(fc.constantFrom('a.es', 'b.es'), { nil: null }),
    at: instant,
    n: fc.nat(5),
  })
  .map(({ strong, at, n }) => ({
    key: strong ? `domain:${strong}` : `li:slug-${n}`,
    updatedAt: at,
    strong,
  }));

/** Stored records: keys are unique, as in an IndexedDB store. */
const recs = fc.uniqueArray(rec, { maxLength: 8, selector: (r) => r.key });

describe('planMerge (property)', () => {
  it('never folds in a record with a different strong identifier', () => {
    fc.assert(
      fc.property(recs, fc.constantFrom('a.es', 'b.es'), (cands, strong) => {
        const plan = planMerge(cands, strong, (r) => r.strong, `domain:${strong}`);
        expect(plan.finalKey).toBe(`domain:${strong}`);
        for (const s of plan.sources) expect(s.strong === null || s.strong === strong).toBe(true);
        expect(plan.absorbed.every((s) => s.key !== plan.finalKey)).toBe(true);
        if (plan.target) expect(plan.sources).toContain(plan.target);
      }),
    );
  });

  it('without a strong identifier, joins the newest record that has one', () => {
    fc.assert(
      fc.property(recs, (cands) => {
        const plan = planMerge(cands, null, (r) => r.strong, 'li:slug-0');
        const strongOnes = cands.filter((c) => c.strong !== null);
        if (strongOnes.length === 0) {
          expect(plan.finalKey.startsWith('li:')).toBe(true);
        } else {
          const newestAt = Math.max(...strongOnes.map((c) => Date.parse(c.updatedAt)));
          expect(plan.target?.strong).not.toBeNull();
          expect(Date.parse(plan.target!.updatedAt)).toBe(newestAt);
          expect(plan.finalKey).toBe(plan.target!.key);
          // Only the chosen strong record is among the sources.
          expect(plan.sources.filter((s) => s.strong !== null)).toEqual([plan.target]);
        }
        const times = plan.sources.map((s) => Date.parse(s.updatedAt));
        expect(times).toEqual([...times].sort((x, y) => x - y));
      }),
    );
  });
});

function prospect(overrides: Partial<Prospect>): Prospect {
  return {
    id: 'email:x@ceramicas-nubia.es',
    accountKey: null,
    contactKey: 'email:x@ceramicas-nubia.es',
    status: 'new',
    frameworkId: 'bant',
    answers: {},
    pain: '',
    advice: null,
    problemId: null,
    notes: '',
    outcome: null,
    nextStep: null,
    revisitAt: null,
    score: null,
    icpVersion: null,
    createdAt: T0,
    updatedAt: T0,
    angle: null,
    ...overrides,
  };
}

describe('mergeProspects', () => {
  it('keeps everything the rep recorded in either prospect', () => {
    const older = prospect({
      createdAt: '2026-01-01T00:00:00.000Z',
      updatedAt: '2026-01-02T00:00:00.000Z',
      answers: {
        need: { value: 'yes', answeredAt: '2026-01-02T00:00:00.000Z' },
        budget: { value: 'unknown', answeredAt: '2026-01-02T00:00:00.000Z' },
      },
      notes: 'Primera llamada',
      status: 'lost',
      outcome: { ...emptyOutcome('2026-01-02'), lostReason: 'price' },
    });
    const newer = prospect({
      status: 'meeting',
      updatedAt: '2026-02-01T00:00:00.000Z',
      answers: { budget: { value: 'yes', answeredAt: '2026-02-01T00:00:00.000Z' } },
      notes: 'Perfil revisado',
    });
    const m = mergeProspects(newer, older, 'li:x');
    expect(m).toMatchObject({
      id: 'li:x',
      // The stage further along wins, with its outcome, though the other leads.
      status: 'lost',
      outcome: { at: '2026-01-02', lostReason: 'price' },
      createdAt: '2026-01-01T00:00:00.000Z',
      notes: 'Perfil revisado\n\nPrimera llamada',
    });
    expect(m.answers.need?.value).toBe('yes');
    expect(m.answers.budget?.value).toBe('yes');
    expect(mergeProspects(older, newer, 'li:x')).toEqual(m);
  });
});
