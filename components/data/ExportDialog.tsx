import { useRef, useState } from 'react';
import type { MessageKey } from '../../lib/i18n';
import {
  EXPORT_FORMATS,
  qualifiedOnly,
  runExport,
  type ExportFormat,
  type ExportScope,
} from '../../lib/export/run-export';
import { LOCALES, type Locale } from '../../lib/model/vocab';
import { db } from '../db';
import { useActiveIcp } from '../icp-store';
import { useLocale } from '../locale';
import { DataDialog } from './DataDialog';
import { datedName, downloadBlob } from './download';

type ScopeChoice = 'shown' | 'selection' | 'qualified';
type Progress = { done: number; total: number };
type Outcome = { tone: 'ok' | 'error'; text: string };

/**
 * What the list shows: its count, and its ids read from the rows index only when an
 * export asks (at 100,000 prospects the page never holds them all).
 */
export interface ShownProspects {
  /** Null while the list is still counting a wide filter's matches. */
  count: number | null;
  ids: () => Promise<readonly string[]>;
}

/**
 * Export with a format, a scope and the file's language. Large exports run in chunks
 * (lib/export/run-export.ts): progress is drawn and Cancel stops it between chunks.
 */
export function ExportDialog({
  shown,
  selectedIds = [],
  onClose,
}: {
  shown: ShownProspects;
  selectedIds?: readonly string[];
  onClose: () => void;
}) {
  const { t, locale } = useLocale();
  // Angles are rendered in the file's language with the active ICP's words.
  const active = useActiveIcp();
  const [format, setFormat] = useState<ExportFormat>(locale === 'es' ? 'excel-es' : 'generic');
  const [scope, setScope] = useState<ScopeChoice>(selectedIds.length > 0 ? 'selection' : 'shown');
  const [fileLocale, setFileLocale] = useState<Locale>(locale);
  const [progress, setProgress] = useState<Progress | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const abort = useRef<AbortController | null>(null);

  const scopeOf = async (choice: ScopeChoice): Promise<ExportScope> =>
    choice === 'qualified'
      ? qualifiedOnly
      : { kind: 'ids', ids: choice === 'selection' ? selectedIds : await shown.ids() };

  const run = async () => {
    const controller = new AbortController();
    abort.current = controller;
    setOutcome(null);
    setProgress({ done: 0, total: 0 });
    try {
      const result = await runExport(db, {
        scope: await scopeOf(scope),
        format,
        locale: fileLocale,
        icp: active?.icp,
        signal: controller.signal,
        onProgress: (done, total) => setProgress({ done, total }),
      });
      if (result.count === 0) {
        setOutcome({ tone: 'error', text: t('prospects.export.none') });
        return;
      }
      downloadBlob(result.blob, datedName(format, result.extension));
      const done = t('prospects.export.done', { count: result.count });
      const skipped = result.skipped
        ? ' ' + t('data.export.skipped', { count: result.skipped })
        : '';
      setOutcome({ tone: 'ok', text: done + skipped });
    } catch (e) {
      const cancelled = controller.signal.aborted;
      const detail = e instanceof Error ? e.message : String(e);
      setOutcome(
        cancelled
          ? { tone: 'ok', text: t('data.export.cancelled') }
          : { tone: 'error', text: t('data.export.failed', { detail }) },
      );
    } finally {
      abort.current = null;
      setProgress(null);
    }
  };

  const busy = progress !== null;
  const scopes: [ScopeChoice, string][] = [
    [
      'shown',
      shown.count === null
        ? t('data.export.scope.shownCounting')
        : t('data.export.scope.shown', { count: shown.count }),
    ],
    ...(selectedIds.length > 0
      ? [
          ['selection', t('data.export.scope.selection', { count: selectedIds.length })] as [
            ScopeChoice,
            string,
          ],
        ]
      : []),
    ['qualified', t('data.export.scope.qualified')],
  ];

  return (
    <DataDialog title={t('data.export.title')} onClose={onClose} busy={busy}>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void run();
        }}
      >
        <label>
          {t('prospects.export.preset')}
          <select
            value={format}
            disabled={busy}
            onChange={(e) => setFormat(e.target.value as ExportFormat)}
          >
            {EXPORT_FORMATS.map((id) => (
              <option key={id} value={id}>
                {t(`prospects.preset.${id}` as MessageKey)}
              </option>
            ))}
          </select>
        </label>
        <fieldset disabled={busy}>
          <legend>{t('data.export.scope')}</legend>
          {scopes.map(([id, label]) => (
            <label key={id}>
              <input
                type="radio"
                name="export-scope"
                value={id}
                checked={scope === id}
                onChange={() => setScope(id)}
              />
              {label}
            </label>
          ))}
        </fieldset>
        <label>
          {t('data.export.language')}
          <select
            value={format === 'excel-es' ? 'es' : fileLocale}
            disabled={busy || format === 'excel-es'}
            onChange={(e) => setFileLocale(e.target.value as Locale)}
          >
            {LOCALES.map((l) => (
              <option key={l} value={l}>
                {t(`options.lang.${l}`)}
              </option>
            ))}
          </select>
        </label>
        {format === 'excel-es' && <p className="hint">{t('data.export.languageFixed')}</p>}
        {progress && (
          <div role="status">
            <progress max={progress.total || undefined} value={progress.done} />
            {progress.total > 0 && (
              <span className="hint">{t('data.export.progress', progress)}</span>
            )}
          </div>
        )}
        <div className="data-actions">
          {busy ? (
            // Keyed: a distinct element, never the submit button with its type changed.
            <button key="cancel" type="button" onClick={() => abort.current?.abort()}>
              {t('data.cancel')}
            </button>
          ) : (
            <button key="run" type="submit" className="primary">
              {t('data.export.run')}
            </button>
          )}
          {outcome && (
            <span role="status" className={outcome.tone}>
              {outcome.text}
            </span>
          )}
        </div>
      </form>
    </DataDialog>
  );
}
