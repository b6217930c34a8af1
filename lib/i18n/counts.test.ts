import { describe, expect, it } from 'vitest';
import { formatNumber, t, type MessageKey, type Params } from './index';

/**
 * Counts shown to the rep are written in the rep's language. CLDR Spanish groups only
 * from five digits ("6000", "60.000"): that is correct Spanish and is kept.
 */
describe('counts in the rep’s language', () => {
  it.each([
    [999, '999', '999'],
    [6000, '6,000', '6000'],
    [9999, '9,999', '9999'],
    [60_000, '60,000', '60.000'],
    [100_000, '100,000', '100.000'],
    [1_234_567, '1,234,567', '1.234.567'],
  ])('%i is %s in English and %s in Spanish', (n, en, es) => {
    expect(formatNumber('en', n)).toBe(en);
    expect(formatNumber('es', n)).toBe(es);
  });

  // Every surface that shows a count: the prospects page, the bulk bar, the export,
  // import and backup dialogs and their reports, the panel.
  it.each<[MessageKey, Params, string, string]>([
    [
      'prospects.count',
      { shown: 6000, total: 60_000 },
      '6,000 of 60,000 prospects',
      '6000 de 60.000 prospectos',
    ],
    ['list.bulk.selected', { count: 6000 }, '6,000 selected', '6000 seleccionados'],
    ['list.bulk.selectAll', { count: 60_000 }, 'Select all 60,000', 'Seleccionar los 60.000'],
    [
      'list.bulk.done',
      { count: 60_000 },
      'Updated 60,000 prospects.',
      'Actualizados 60.000 prospectos.',
    ],
    [
      'data.export.progress',
      { done: 6000, total: 100_000 },
      '6,000 of 100,000 read',
      '6000 de 100.000 leídos',
    ],
    [
      'prospects.export.done',
      { count: 100_000 },
      'Exported 100,000 prospects.',
      'Exportados 100.000 prospectos.',
    ],
    [
      'data.import.report',
      { created: 6000, merged: 60_000, rejected: 7 },
      '6,000 new, 60,000 merged into existing prospects, 7 rejected.',
      '6000 nuevos, 60.000 fusionados con prospectos existentes, 7 rechazados.',
    ],
    ['data.import.confirm', { count: 60_000 }, 'Import 60,000 rows', 'Importar 60.000 filas'],
    [
      'data.backup.done',
      { count: 60_000 },
      'Backup saved: 60,000 records.',
      'Copia guardada: 60.000 registros.',
    ],
    [
      'data.restore.done',
      { prospects: 60_000, accounts: 6000, contacts: 12_000 },
      'Restored 60,000 prospects, 6,000 companies and 12,000 people.',
      'Restaurados 60.000 prospectos, 6000 empresas y 12.000 personas.',
    ],
    [
      'q.score.reasons',
      { count: 12 },
      'Why this score (12 lines)',
      'Por qué esta puntuación (12 líneas)',
    ],
    [
      'q.score.reasons',
      { count: 1 },
      'Why this score (1 line)',
      'Por qué esta puntuación (1 línea)',
    ],
  ])('%s', (key, params, en, es) => {
    expect(t('en', key, params)).toBe(en);
    expect(t('es', key, params)).toBe(es);
  });
});
