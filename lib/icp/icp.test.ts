import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SENIORITIES } from '../model/vocab';
import { defaultIcp } from './default-icp';
import { exportIcpJson, parseIcpJson } from './icp-json';
import { IcpSchema, type Icp, type IcpInput } from './icp-schema';
import { inBoth } from '../../tests/support/in-both';

const minimal = (): IcpInput => ({
  name: 'Test ICP',
  locale: 'en',
  criteria: [
    { id: 'ind', kind: 'industry', weight: 3, params: { values: ['software'] } },
    { id: 'size', kind: 'size', weight: 2, params: { min: 11, max: 200 } },
    { id: 'geo', kind: 'country', weight: 2, mustHave: true, params: { values: ['ES'] } },
  ],
  thresholds: { qualifiedFit: 60, qualifiedQualification: 60, nurtureFit: 30 },
});

const parseObject = (obj: unknown) => parseIcpJson(JSON.stringify(obj));

describe('defaultIcp', () => {
  for (const locale of ['en', 'es'] as const) {
    it(`is a valid ICP in ${locale} with the documented defaults`, () => {
      const icp = defaultIcp(locale);
      expect(IcpSchema.safeParse(icp).success).toBe(true);
      expect(icp.locale).toBe(locale);
      expect(icp.frameworkId).toBe('bant');
      expect(icp.answerMaxAgeDays).toBe(90);
      expect(icp.revisitDays).toBe(90);
      const kinds = icp.criteria.map((c) => c.kind);
      expect(kinds).toEqual(expect.arrayContaining(['industry', 'size', 'country', 'seniority']));
      const size = icp.criteria.find((c) => c.kind === 'size');
      expect(size?.params).toEqual({ min: 11, max: 500 });
      const geo = icp.criteria.find((c) => c.kind === 'country');
      expect(geo?.params).toEqual({ values: ['ES', 'PT', 'MX', 'LATAM', 'EU'] });
      expect(icp.problems.length).toBeGreaterThanOrEqual(3);
      // Both languages in each problem: a stored angle is rendered in the reader's language.
      for (const p of icp.problems) {
        expect(p.text).toEqual({ en: expect.any(String), es: expect.any(String) });
        expect(p.proofPoint).toEqual({ en: expect.any(String), es: expect.any(String) });
      }
    });
  }

  it('writes its Spanish texts in Spanish and its English texts in English', () => {
    const es = defaultIcp('es');
    const en = defaultIcp('en');
    expect(es.name).toMatch(/ejemplo/);
    const texts = (locale: 'en' | 'es') =>
      es.problems
        .flatMap((p) => [p.text, p.proofPoint])
        .map((x) => (typeof x === 'string' ? x : x[locale]))
        .join(' ');
    expect(texts('es')).toMatch(/á|é|í|ó|ú|ñ/);
    expect(texts('en')).not.toMatch(/á|é|í|ó|ú|ñ/);
    expect(es.problems.map((p) => p.id)).toEqual(en.problems.map((p) => p.id));
  });
});

describe('parseIcpJson / exportIcpJson', () => {
  it('round-trips the defaults deep-equal', () => {
    for (const locale of ['en', 'es'] as const) {
      const icp = defaultIcp(locale);
      const back = parseIcpJson(exportIcpJson(icp));
      expect(back).toEqual({ ok: true, icp });
    }
  });

  it('exports pretty JSON with the criterion keys in reading order', () => {
    const text = exportIcpJson(defaultIcp('en'));
    expect(text).toMatch(/^\{\n {2}"name"/);
    const first = (JSON.parse(text) as { criteria: object[] }).criteria[0] ?? {};
    expect(Object.keys(first)).toEqual(['id', 'kind', 'weight', 'mustHave', 'params']);
  });

  it('fills the defaults of omitted fields', () => {
    const r = parseObject(minimal());
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.icp).toMatchObject({
      answerMaxAgeDays: 90,
      revisitDays: 90,
      frameworkId: 'bant',
      bookingUrl: '',
      problems: [],
    });
    expect(r.icp.criteria[0]?.mustHave).toBe(false);
  });

  it('reports a file that is not JSON as one issue at (file) with line and column', () => {
    const r = parseIcpJson('{\n  "name": "x",\n  oops\n}');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues).toHaveLength(1);
    expect(r.issues[0]?.path).toBe('(file)');
    expect(inBoth(r.issues[0]!.message).en).toMatch(/not valid JSON \(line 3, column 3\)/);
    expect(inBoth(r.issues[0]!.message).es).toMatch(/no es un JSON válido \(línea 3, columna 3\)/);
  });

  it('points at the bad field with a dotted path, in both languages', () => {
    const bad = minimal();
    bad.criteria[2] = { id: 'geo', kind: 'country', weight: 12, params: { values: ['ES'] } };
    const r = parseObject(bad);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues.map((i) => ({ path: i.path, message: inBoth(i.message) }))).toEqual([
      {
        path: 'criteria.2.weight',
        message: { en: 'Must be at most 10.', es: 'Debe ser como máximo 10.' },
      },
    ]);
  });

  it('names missing fields, unknown kinds, unknown keys and wrong types', () => {
    const { name: _name, ...noName } = minimal();
    const bad = {
      ...noName,
      wieght: 3,
      criteria: [{ id: 'x', kind: 'colour', weight: 1, params: {} }],
      revisitDays: 'soon',
    };
    const r = parseObject(bad);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const byPath = Object.fromEntries(r.issues.map((i) => [i.path, inBoth(i.message)]));
    expect(byPath.name).toEqual({ en: 'Required.', es: 'Obligatorio.' });
    expect(byPath['criteria.0.kind']?.en).toMatch(/Unknown kind; use one of: "industry"/);
    expect(byPath['criteria.0.kind']?.es).toMatch(/Tipo desconocido/);
    expect(byPath['(root)']?.en).toBe('Unknown key(s): "wieght".');
    expect(byPath.revisitDays).toEqual({ en: 'Expected a number.', es: 'Se esperaba un número.' });
  });

  it('checks size bands, thresholds, seniorities and duplicate ids', () => {
    const bad = minimal();
    bad.criteria[1] = { id: 'size', kind: 'size', weight: 2, params: { min: 50, max: 10 } };
    bad.thresholds = { qualifiedFit: 40, qualifiedQualification: 60, nurtureFit: 50 };
    const r = parseObject(bad);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const paths = r.issues.map((i) => i.path);
    expect(paths).toEqual(['criteria.1.params.max', 'thresholds.nurtureFit']);
    expect(inBoth(r.issues[0]!.message).es).toBe('El máximo debe ser igual o mayor que el mínimo.');

    const dup = minimal();
    dup.criteria.push({ id: 'ind', kind: 'hiring', weight: 1, params: { value: true } });
    const d = parseObject(dup);
    expect(d.ok).toBe(false);
    if (!d.ok) expect(d.issues[0]).toMatchObject({ path: 'criteria.3.id' });

    const role = minimal();
    role.criteria.push({
      id: 'sen',
      kind: 'seniority',
      weight: 1,
      params: { values: ['boss' as (typeof SENIORITIES)[number]] },
    });
    const s = parseObject(role);
    expect(s.ok).toBe(false);
    if (!s.ok) expect(s.issues[0]?.path).toBe('criteria.3.params.values.0');
  });

  it('accepts only an https booking link or none', () => {
    const ok = parseObject({ ...minimal(), bookingUrl: 'https://cal.example.com/ana-ruiz' });
    expect(ok.ok).toBe(true);
    for (const url of ['http://cal.example.com/x', 'javascript:alert(1)', 'cal.example.com']) {
      const r = parseObject({ ...minimal(), bookingUrl: url });
      expect(r.ok).toBe(false);
      if (!r.ok) {
        expect(r.issues).toHaveLength(1);
        expect(r.issues[0]?.path).toBe('bookingUrl');
      }
    }
  });

  it('reads a file saved with a byte-order mark', () => {
    const r = parseIcpJson(`\uFEFF${JSON.stringify(minimal())}`);
    expect(r.ok).toBe(true);
  });

  it('round-trips any valid ICP (property)', () => {
    const phrase = fc
      .string({ minLength: 1, maxLength: 20 })
      .filter((s) => s.trim() === s && s !== '');
    const criterion = fc.oneof(
      fc.record({
        kind: fc.constant('industry' as const),
        params: fc.record({ values: fc.array(phrase, { minLength: 1, maxLength: 4 }) }),
      }),
      fc
        .tuple(fc.integer({ min: 0, max: 1000 }), fc.option(fc.integer({ min: 0, max: 1000 })))
        .map(([min, extra]) => ({
          kind: 'size' as const,
          params: { min, max: extra === null ? null : min + extra + 1 },
        })),
      fc.record({
        kind: fc.constant('tech' as const),
        params: fc.record({
          values: fc.array(phrase, { minLength: 1, maxLength: 3 }),
          mode: fc.constantFrom('any' as const, 'none' as const),
        }),
      }),
      fc.record({
        kind: fc.constant('seniority' as const),
        params: fc.record({
          values: fc.uniqueArray(fc.constantFrom(...SENIORITIES), { minLength: 1 }),
        }),
      }),
      fc.record({
        kind: fc.constant('keyword' as const),
        params: fc.record({
          values: fc.array(phrase, { minLength: 1, maxLength: 3 }),
          label: fc.oneof(phrase, fc.record({ en: phrase, es: phrase })),
        }),
      }),
    );
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            c: criterion,
            weight: fc.double({ min: 0, max: 10, noNaN: true }),
            mustHave: fc.boolean(),
          }),
          { maxLength: 8 },
        ),
        fc.integer({ min: 0, max: 100 }),
        fc.constantFrom('en' as const, 'es' as const),
        (list, t, locale) => {
          const icp: Icp = IcpSchema.parse({
            name: 'Prop',
            locale,
            criteria: list.map((x, i) => ({
              id: `c${i}`,
              weight: x.weight,
              mustHave: x.mustHave,
              ...x.c,
            })),
            thresholds: {
              qualifiedFit: t,
              qualifiedQualification: 50,
              nurtureFit: Math.floor(t / 2),
            },
          });
          expect(parseIcpJson(exportIcpJson(icp))).toEqual({ ok: true, icp });
        },
      ),
      { numRuns: 300 },
    );
  });
});
