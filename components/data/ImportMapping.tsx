import { useId } from 'react';
import type { MessageKey } from '../../lib/i18n';
import { IMPORT_FIELDS, type ColumnMapping, type ImportField } from '../../lib/import/mapping';
import type { CsvTable } from '../../lib/import/parse-csv';
import { inertText } from '../../lib/text/inert-text';
import { useLocale } from '../locale';

/** One line per column of the file: its name, a sample value and the Criba field it feeds. */
export function ImportMapping({
  table,
  mapping,
  onChange,
}: {
  table: CsvTable;
  mapping: ColumnMapping;
  onChange: (next: ColumnMapping) => void;
}) {
  const { t } = useLocale();
  const id = useId();
  const sample = (i: number) => table.rows.find((r) => r.cells[i]?.trim())?.cells[i]?.trim();
  const set = (i: number, field: ImportField | null) =>
    onChange(mapping.map((f, j) => (j === i ? field : f === field && field ? null : f)));

  return (
    <div className="data-mapping">
      {table.headers.map((header, i) => {
        const value = sample(i);
        return (
          <div className="data-mapping-row" key={i}>
            <label htmlFor={`${id}-${i}`}>
              <span>{header || '—'}</span>
            </label>
            <select
              id={`${id}-${i}`}
              value={mapping[i] ?? ''}
              onChange={(e) => set(i, (e.target.value || null) as ImportField | null)}
            >
              <option value="">{t('data.import.ignore')}</option>
              {IMPORT_FIELDS.map((f) => (
                <option key={f} value={f}>
                  {t(`data.field.${f}` as MessageKey)}
                </option>
              ))}
            </select>
            {value && (
              <span className="hint">
                <bdi>{t('data.import.sample', { value: inertText(value).slice(0, 80) })}</bdi>
              </span>
            )}
          </div>
        );
      })}
    </div>
  );
}
