import { useState } from 'react';
import { db } from '../../components/db';
import { useLocale } from '../../components/locale';
import { prospectRowsOf } from '../../lib/db/prospect-rows';
import { CSV_PRESET_IDS, toCsv, type CsvPresetId } from '../../lib/export/csv';
import type { MessageKey } from '../../lib/i18n';

/**
 * Exports a CSV in the chosen CRM's or spreadsheet's format: the selected prospects, or
 * else every one the filters show. Only those records are read, when the rep asks.
 */
export function ExportBar({ ids }: { ids(): Promise<string[]> }) {
  const { t, locale } = useLocale();
  const [preset, setPreset] = useState<CsvPresetId>(locale === 'es' ? 'excel-es' : 'generic');
  const [message, setMessage] = useState<string | null>(null);

  const run = async () => {
    const { rows } = await prospectRowsOf(db, await ids());
    if (rows.length === 0) return setMessage(t('prospects.export.none'));
    const csv = toCsv(rows, preset, locale);
    const blob = new Blob([csv], { type: 'text/csv;charset=utf-8' });
    const url = URL.createObjectURL(blob);
    const a = document.createElement('a');
    a.href = url;
    a.download = `criba-${preset}-${new Date().toISOString().slice(0, 10)}.csv`;
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
    setMessage(t('prospects.export.done', { count: rows.length }));
  };

  return (
    <div className="toolbar">
      <label>
        {t('prospects.export.preset')}{' '}
        <select value={preset} onChange={(e) => setPreset(e.target.value as CsvPresetId)}>
          {CSV_PRESET_IDS.map((id) => (
            <option key={id} value={id}>
              {t(`prospects.preset.${id}` as MessageKey)}
            </option>
          ))}
        </select>
      </label>
      <button type="button" className="primary" onClick={() => void run()}>
        {t('prospects.export')}
      </button>
      {message && <span role="status">{message}</span>}
    </div>
  );
}
