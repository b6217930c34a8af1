import Papa from 'papaparse';
import { t } from '../i18n';
import type { Locale } from '../model/vocab';
import { csvSafeText } from './csv-text';
import {
  CSV_PRESETS,
  type CellValue,
  type CsvColumn,
  type CsvPreset,
  type CsvPresetId,
  type ExportRow,
} from './presets';

export {
  CSV_PRESETS,
  CSV_PRESET_IDS,
  type CsvColumn,
  type CsvPreset,
  type CsvPresetId,
  type ExportRow,
} from './presets';
export { splitName } from './split-name';
export { csvSafeText, neutraliseFormula } from './csv-text';

/**
 * CSV export. Cells are built as text first (`csvCells`), made safe from formula
 * injection, then written with papaparse: RFC 4180 quoting (a field holding the
 * separator, a quote, CR or LF is quoted and its quotes doubled), CRLF between records,
 * no line break after the last one.
 *
 * Text cells go through csvSafeText (csv-text.ts): invisible controls removed, formula
 * starts neutralised, phone numbers left as written. Number cells are not touched: a finite number is written as digits with at most a
 * leading minus (`-5`, `72,5`), which every spreadsheet reads as a number, never as a
 * formula; only values that *are* numbers in the row take this path.
 */

export interface CsvOptions {
  /** Time zone for dd/mm/yyyy dates; UTC by default so a file does not depend on the machine. */
  timeZone?: string;
}

/** Up to two decimals, no thousands separator (spreadsheets misread them), `.` or `,`. */
export function formatCsvNumber(n: number, decimal: '.' | ','): string {
  if (!Number.isFinite(n)) return '';
  const rounded = Math.round(n * 100) / 100;
  const s = String(rounded === 0 ? 0 : rounded);
  return decimal === ',' ? s.replace('.', ',') : s;
}

function formatCsvDate(iso: string, style: CsvPreset['dates'], timeZone: string): string | null {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return null;
  if (style === 'iso') return d.toISOString();
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
  }).formatToParts(d);
  const get = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value;
  return `${get('day')}/${get('month')}/${get('year')}`;
}

function cellText(
  value: CellValue,
  column: CsvColumn,
  preset: CsvPreset,
  timeZone: string,
): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return formatCsvNumber(value, preset.decimal);
  if (column.kind === 'date') {
    const formatted = formatCsvDate(value, preset.dates, timeZone);
    if (formatted !== null) return formatted;
  }
  return csvSafeText(value);
}

export function resolvePreset(preset: CsvPresetId | CsvPreset): CsvPreset {
  if (typeof preset !== 'string') return preset;
  if (!Object.hasOwn(CSV_PRESETS, preset)) throw new RangeError(`Unknown CSV preset: ${preset}`);
  return CSV_PRESETS[preset];
}

function headerCells(p: CsvPreset, valueLocale: Locale): string[] {
  return p.columns.map((c) =>
    csvSafeText(typeof c.header === 'string' ? c.header : t(valueLocale, c.header.key)),
  );
}

function bodyCells(
  rows: readonly ExportRow[],
  p: CsvPreset,
  valueLocale: Locale,
  timeZone: string,
): string[][] {
  return rows.map((row) =>
    p.columns.map((c) => cellText(c.value(row, valueLocale), c, p, timeZone)),
  );
}

/** The header and every row as the (already neutralised) text each cell will hold. */
export function csvCells(
  rows: readonly ExportRow[],
  preset: CsvPresetId | CsvPreset,
  locale: Locale,
  options: CsvOptions = {},
): string[][] {
  const p = resolvePreset(preset);
  const valueLocale = p.valueLocale ?? locale;
  return [
    headerCells(p, valueLocale),
    ...bodyCells(rows, p, valueLocale, options.timeZone ?? 'UTC'),
  ];
}

function unparse(cells: string[][], p: CsvPreset): string {
  return Papa.unparse(cells, {
    delimiter: p.separator,
    newline: '\r\n',
    quoteChar: '"',
    quotes: false,
    escapeFormulae: false,
    header: false,
  });
}

/** The start of the file: the BOM when the preset asks for one, then the header line. */
export function csvHead(preset: CsvPresetId | CsvPreset, locale: Locale): string {
  const p = resolvePreset(preset);
  return (p.bom ? '\uFEFF' : '') + unparse([headerCells(p, p.valueLocale ?? locale)], p);
}

/**
 * The lines of `rows`, each preceded by CRLF: appended after `csvHead` and after each
 * other, chunk by chunk, they make the same file `toCsv` makes in one go.
 */
export function csvLines(
  rows: readonly ExportRow[],
  preset: CsvPresetId | CsvPreset,
  locale: Locale,
  options: CsvOptions = {},
): string {
  if (rows.length === 0) return '';
  const p = resolvePreset(preset);
  const cells = bodyCells(rows, p, p.valueLocale ?? locale, options.timeZone ?? 'UTC');
  return '\r\n' + unparse(cells, p);
}

/** The CSV file text (with a BOM first when the preset asks for one). */
export function toCsv(
  rows: readonly ExportRow[],
  preset: CsvPresetId | CsvPreset,
  locale: Locale,
  options: CsvOptions = {},
): string {
  return csvHead(preset, locale) + csvLines(rows, preset, locale, options);
}
