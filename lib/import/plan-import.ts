import type { SaveInput } from '../db/save-input';
import type { Message } from '../i18n';
import type { ColumnMapping } from './mapping';
import type { CsvTable } from './parse-csv';
import { rowToInput } from './row-input';

/** A row the import will save, with its row number for the report. */
export interface PlannedRow {
  line: number;
  input: SaveInput;
}

export interface RejectedRow {
  line: number;
  reason: Message;
}

export interface ImportPlan {
  valid: PlannedRow[];
  rejected: RejectedRow[];
}

/**
 * Every row of the table through the mapping: what will be saved and what is rejected,
 * with its row number and reason, for the rep to see before anything is stored.
 */
export function planImport(table: CsvTable, mapping: ColumnMapping, now: Date): ImportPlan {
  const at = now.toISOString();
  const plan: ImportPlan = { valid: [], rejected: [] };
  for (const { line, cells } of table.rows) {
    const result = rowToInput(cells, mapping, at);
    if (result.ok) plan.valid.push({ line, input: result.input });
    else plan.rejected.push({ line, reason: result.reason });
  }
  return plan;
}
