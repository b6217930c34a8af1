import type { Message } from '../i18n';
import { autoMapping, type ColumnMapping, type RememberedMapping } from './mapping';
import { parseCsvTable, type CsvTable } from './parse-csv';
import { readFileText } from './read-file';

export type PreparedCsv =
  { ok: true; table: CsvTable; mapping: ColumnMapping } | { ok: false; issue: Message };

/** A picked file's bytes → its table and a first mapping (remembered, else by known headers). */
export function prepareCsv(
  bytes: Uint8Array,
  remembered: RememberedMapping = {},
  size = bytes.byteLength,
): PreparedCsv {
  const file = readFileText(bytes, size);
  if (!file.ok) return file;
  const parsed = parseCsvTable(file.text);
  if (!parsed.ok) return parsed;
  return { ok: true, table: parsed.table, mapping: autoMapping(parsed.table.headers, remembered) };
}
