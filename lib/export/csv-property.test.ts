import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { DISQUALIFICATION_REASONS, PROSPECT_STATUSES, VERDICTS } from '../model/vocab';
import { HOSTILE_STRINGS } from '../../tests/support/hostile-strings';
import {
  CSV_PRESETS,
  CSV_PRESET_IDS,
  csvCells,
  csvSafeText,
  neutraliseFormula,
  toCsv,
  type ExportRow,
} from './csv';

/**
 * Property tests of the CSV writer on hostile text: whatever the cells hold, a standard
 * CSV reader gets them back exactly, no cell can start a formula (but a phone number stays
 * as written), and no cell carries NUL or a bidi control.
 */

const parse = (text: string, separator: string) =>
  Papa.parse<string[]>(text, { delimiter: separator, newline: '\r\n', quoteChar: '"' });

const DANGEROUS = ['=', '+', '-', '@', '\t', '\r', '＝', '＋', '－', '＠'];
// eslint-disable-next-line no-control-regex -- NUL is what must not survive
const BIDI_OR_NUL = /[\u0000\u202A-\u202E\u2066-\u2069]/;
const PHONE_ONLY = /^\+[\d(][\d ().\-/]*$/;
const phone = fc
  .tuple(
    fc.constantFrom('+34', '+1', '+44', '+351'),
    fc.array(fc.nat({ max: 999 }), { minLength: 2, maxLength: 4 }),
  )
  .chain(([cc, groups]) =>
    fc
      .constantFrom(' ', '', '-', '.')
      .map((sep) => [cc, ...groups.map((g) => String(g).padStart(3, '0'))].join(sep)),
  );
/** Unicode text with a good share of the characters CSV, spreadsheets and bidi care about. */
const nastyText = fc.oneof(
  { weight: 1, arbitrary: fc.constantFrom(...HOSTILE_STRINGS) },
  { weight: 1, arbitrary: phone },
  {
    weight: 6,
    arbitrary: fc
      .array(
        fc.oneof(
          { weight: 3, arbitrary: fc.string({ unit: 'binary', maxLength: 6 }) },
          {
            weight: 2,
            arbitrary: fc.constantFrom(
              ...DANGEROUS,
              ...[',', ';', '"', '\n', '\r\n', ' ', "'", '\uFEFF', '\u0000', '\u202E', '\u2067'],
            ),
          },
        ),
        { maxLength: 6 },
      )
      .map((parts) => parts.join('')),
  },
);
const maybe = <T>(a: fc.Arbitrary<T>) => fc.option(a, { nil: null });
const num = fc.oneof(
  fc.integer({ min: -1e6, max: 1e6 }),
  fc.double({ min: -1e6, max: 1e6, noNaN: true }),
);
const isoDate = fc
  .integer({ min: Date.parse('2000-01-01T00:00:00Z'), max: Date.parse('2040-01-01T00:00:00Z') })
  .map((t) => new Date(t).toISOString());

const row: fc.Arbitrary<ExportRow> = fc.record({
  id: nastyText,
  name: maybe(nastyText),
  title: maybe(nastyText),
  email: maybe(nastyText),
  phone: maybe(nastyText),
  linkedinUrl: maybe(nastyText),
  company: maybe(nastyText),
  domain: maybe(nastyText),
  website: maybe(nastyText),
  industry: maybe(nastyText),
  employeesMin: maybe(num),
  employeesMax: maybe(num),
  location: maybe(nastyText),
  country: maybe(nastyText),
  status: fc.constantFrom(...PROSPECT_STATUSES),
  outcome: fc.constant(null),
  fit: maybe(num),
  confidence: maybe(num),
  qualification: maybe(num),
  grade: maybe(nastyText),
  verdict: maybe(fc.constantFrom(...VERDICTS)),
  reason: maybe(fc.constantFrom(...DISQUALIFICATION_REASONS)),
  updatedAt: fc.oneof(isoDate, nastyText),
  createdAt: isoDate,
  angle: maybe(nastyText),
  icpVersion: fc.option(fc.nat({ max: 50 }), { nil: null }),
}) satisfies fc.Arbitrary<ExportRow>;

const EMPTY_ROW: ExportRow = {
  id: '',
  name: null,
  title: null,
  email: null,
  phone: null,
  linkedinUrl: null,
  company: null,
  domain: null,
  website: null,
  industry: null,
  employeesMin: null,
  employeesMax: null,
  location: null,
  country: null,
  status: 'new',
  outcome: null,
  fit: null,
  confidence: null,
  qualification: null,
  grade: null,
  verdict: null,
  reason: null,
  updatedAt: '2026-11-20T10:00:00.000Z',
  createdAt: '2026-11-20T10:00:00.000Z',
  angle: null,
  icpVersion: null,
};

describe('CSV round trip (property)', () => {
  it('papaparse reads back exactly the neutralised cells, for every preset', () => {
    fc.assert(
      fc.property(
        fc.array(row, { maxLength: 5 }),
        fc.constantFrom(...CSV_PRESET_IDS),
        fc.constantFrom('en' as const, 'es' as const),
        (rows, presetId, locale) => {
          const preset = CSV_PRESETS[presetId];
          const text = toCsv(rows, presetId, locale);
          const body = preset.bom ? text.slice(1) : text;
          expect(text.startsWith('\uFEFF')).toBe(preset.bom);
          const parsed = parse(body, preset.separator);
          expect(parsed.errors).toEqual([]);
          expect(parsed.data).toEqual(csvCells(rows, presetId, locale));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('no cell reads back starting with a formula character, except real numbers', () => {
    fc.assert(
      fc.property(
        fc.array(row, { minLength: 1, maxLength: 4 }),
        fc.constantFrom(...CSV_PRESET_IDS),
        (rows, presetId) => {
          const preset = CSV_PRESETS[presetId];
          const text = toCsv(rows, presetId, 'es');
          const data = parse(preset.bom ? text.slice(1) : text, preset.separator).data;
          for (const cells of data.slice(1)) {
            cells.forEach((cell, i) => {
              const column = preset.columns[i];
              expect(cell).not.toMatch(BIDI_OR_NUL);
              if (!DANGEROUS.includes(cell.charAt(0))) return;
              // A phone number stays as written: digits and separators cannot be a formula.
              if (PHONE_ONLY.test(cell)) return;
              // Only a number column may start with '-', and then it is a plain number.
              expect(column?.kind).toBe('number');
              expect(cell).toMatch(
                preset.decimal === ',' ? /^-\d+(,\d{1,2})?$/ : /^-\d+(\.\d{1,2})?$/,
              );
            });
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('every text that starts dangerously is exactly the original behind a quote mark', () => {
    fc.assert(
      fc.property(nastyText, (s) => {
        const out = neutraliseFormula(s);
        const phoneOnly = PHONE_ONLY.test(s) && /(\d\D*){6}/.test(s);
        if (DANGEROUS.includes(s.charAt(0)) && !phoneOnly) expect(out).toBe(`'${s}`);
        else expect(out).toBe(s);
        expect(DANGEROUS.includes(out.charAt(0)) && !phoneOnly).toBe(false);
      }),
    );
  });

  it('a phone number is never changed; hidden controls never survive', () => {
    fc.assert(
      fc.property(phone, nastyText, (p, s) => {
        expect(csvSafeText(p)).toBe(p);
        expect(csvSafeText(s)).not.toMatch(BIDI_OR_NUL);
      }),
    );
  });

  it('every hostile string of the corpus reads back neutralised from every preset', () => {
    const rows = HOSTILE_STRINGS.map((h, i) => ({
      ...EMPTY_ROW,
      id: `li:x${i}`,
      name: h,
      company: h,
      title: h,
      phone: h,
      linkedinUrl: h,
      angle: h,
    }));
    for (const presetId of CSV_PRESET_IDS) {
      const preset = CSV_PRESETS[presetId];
      const text = toCsv(rows, presetId, 'en');
      const parsed = parse(preset.bom ? text.slice(1) : text, preset.separator);
      expect(parsed.errors).toEqual([]);
      expect(parsed.data).toHaveLength(rows.length + 1);
      for (const cells of parsed.data.slice(1))
        for (const cell of cells) {
          expect(cell).not.toMatch(BIDI_OR_NUL);
          if (DANGEROUS.includes(cell.charAt(0))) expect(cell).toMatch(PHONE_ONLY);
        }
    }
  });
});
