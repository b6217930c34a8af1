import Papa from 'papaparse';
import type { Message } from '../i18n';

/**
 * A CSV file's text as a header and rows of cells, or the reason it cannot be read as
 * one. The separator is detected (comma, semicolon, tab); quoting follows RFC 4180.
 */

/** More rows than a rep's CRM export would hold in one file are refused outright. */
export const MAX_ROWS = 200_000;

export interface CsvTable {
  headers: string[];
  /** Data rows; `line` is the row's number as a spreadsheet shows it (header = 1). */
  rows: { line: number; cells: string[] }[];
}

export type ParsedCsv = { ok: true; table: CsvTable } | { ok: false; issue: Message };

const refuse = (key: Message['key'], params?: Message['params']): ParsedCsv => ({
  ok: false,
  issue: { key, ...(params ? { params } : {}) },
});

export function parseCsvTable(text: string): ParsedCsv {
  const result = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), {
    header: false,
    skipEmptyLines: 'greedy',
    delimitersToGuess: [',', ';', '\t'],
  });
  const quote = result.errors.find((e) => e.type === 'Quotes');
  if (quote) return refuse('data.file.quotes', { line: (quote.row ?? 0) + 1 });
  const [head, ...body] = result.data;
  if (!head || body.length === 0) return refuse('data.file.noRows');
  if (body.length > MAX_ROWS) return refuse('data.file.tooManyRows', { max: MAX_ROWS });
  const headers = head.map((h) => h.trim());
  if (headers.length < 2) return refuse('data.file.oneColumn');
  const seen = new Set<string>();
  for (const h of headers) {
    const folded = h.toLowerCase();
    if (h && seen.has(folded)) return refuse('data.file.duplicateHeader', { name: h });
    seen.add(folded);
  }
  return {
    ok: true,
    table: { headers, rows: body.map((cells, i) => ({ line: i + 2, cells })) },
  };
}
