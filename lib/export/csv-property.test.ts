import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { ProspectRow } from '../db/prospect-rows';
import { DISQUALIFICATION_REASONS, OUTCOMES, PROSPECT_STATUSES, VERDICTS } from '../model/vocab';
import {
  CSV_PRESETS,
  CSV_PRESET_IDS,
  csvCells,
  neutraliseFormula,
  toCsv,
  type ExportRow,
} from './csv';

/**
 * Property tests of the CSV writer on hostile text: whatever the cells hold, a standard
 * CSV reader gets them back exactly, and no cell can start a formula.
 */

const parse = (text: string, separator: string) =>
  Papa.parse<string[]>(text, { delimiter: separator, newline: '\r\n', quoteChar: '"' });

const DANGEROUS = ['=', '+', '-', '@', '\t', '\r'];
/** Unicode text with a good share of the characters CSV and spreadsheets care about. */
const nastyText = fc
  .array(
    fc.oneof(
      { weight: 3, arbitrary: fc.string({ unit: 'binary', maxLength: 6 }) },
      {
        weight: 2,
        arbitrary: fc.constantFrom(...DANGEROUS, ',', ';', '"', '\n', '\r\n', ' ', "'", '\uFEFF'),
      },
    ),
    { maxLength: 6 },
  )
  .map((parts) => parts.join(''));
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
  outcome: fc.constantFrom(...OUTCOMES),
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
}) satisfies fc.Arbitrary<ProspectRow & { angle: string | null }>;

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
              if (!DANGEROUS.includes(cell.charAt(0))) return;
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
        if (DANGEROUS.includes(s.charAt(0))) expect(out).toBe(`'${s}`);
        else expect(out).toBe(s);
        expect(DANGEROUS.includes(out.charAt(0))).toBe(false);
      }),
    );
  });
});
