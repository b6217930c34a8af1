import { useLiveQuery } from 'dexie-react-hooks';
import { useId, type ChangeEvent } from 'react';
import { listIcpVersions } from '../../lib/db/icp-repository';
import { exportIcpJson } from '../../lib/icp/icp-json';
import { formatDate } from '../../lib/i18n';
import { db } from '../db';
import { loadActiveIcp } from '../icp-store';
import { useLocale } from '../locale';
import { IssueList } from './issue-list';
import type { OptionsDraft } from './use-options-draft';

/** Larger than any real ICP by far; refusing early keeps a wrong pick from freezing the page. */
const MAX_IMPORT_BYTES = 1_000_000;
const SHOWN_VERSIONS = 6;

function download(fileName: string, text: string) {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json;charset=utf-8' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Saved versions, and sharing: export the saved ICP, import a file, reset to defaults. */
export function VersionsCard({ draft }: { draft: OptionsDraft }) {
  const { t, locale } = useLocale();
  const fileId = useId();
  const versions = useLiveQuery(() => listIcpVersions(db), []);
  const { active } = draft;
  const when = (iso: string) =>
    formatDate(locale, iso, { dateStyle: 'medium', timeStyle: 'short' });

  // Read at click time, not from the page's copy: the file is the version just saved.
  const exportSaved = async () => {
    try {
      const saved = await loadActiveIcp(db, locale);
      const file = `criba-icp-v${saved.version}.json`;
      download(file, exportIcpJson(saved.icp));
      draft.showStatus({ tone: 'ok', key: 'options.export.done', params: { file } });
    } catch (e) {
      const detail = e instanceof Error ? e.message : String(e);
      draft.showStatus({ tone: 'error', key: 'options.save.failed', detail });
    }
  };

  const onFile = async (e: ChangeEvent<HTMLInputElement>) => {
    const input = e.currentTarget;
    const file = input.files?.[0];
    input.value = ''; // so that picking the same file again is a new change
    if (!file) return;
    if (file.size > MAX_IMPORT_BYTES) {
      draft.showStatus({
        tone: 'error',
        key: 'options.import.tooLarge',
        params: { file: file.name },
      });
      return;
    }
    draft.importText(await file.text(), file.name);
  };

  return (
    <section className="card options-card" aria-labelledby="versions-heading">
      <h2 id="versions-heading">{t('options.versions.title')}</h2>
      {active && (
        <p data-testid="active-version">
          {active.version === 0
            ? t('options.versions.none')
            : t('options.versions.current', {
                version: active.version,
                date: active.savedAt ? when(active.savedAt) : '',
              })}
        </p>
      )}
      {active?.unreadableVersion != null && (
        <p className="error" role="alert">
          {t('options.versions.unreadable', { version: active.unreadableVersion })}
        </p>
      )}
      {versions && versions.length > 1 && (
        <details className="opt-history">
          <summary>{t('options.versions.history', { count: versions.length })}</summary>
          <ul>
            {versions.slice(0, SHOWN_VERSIONS).map((v) => (
              <li key={v.version}>
                {t('options.versions.item', { version: v.version, date: when(v.savedAt) })}
              </li>
            ))}
          </ul>
        </details>
      )}
      <div className="toolbar opt-sharing">
        <button type="button" onClick={exportSaved}>
          {t('options.export')}
        </button>
        {/* The native control's own text ("Choose file") would ignore the page's language. */}
        <input
          id={fileId}
          className="opt-file-input"
          type="file"
          accept=".json,application/json"
          onChange={onFile}
        />
        <label htmlFor={fileId} className="opt-file-button">
          {t('options.import')}
        </label>
        <button type="button" onClick={draft.resetToDefaults}>
          {t('options.reset')}
        </button>
      </div>
      <p className="hint">{t('options.sharing.hint')}</p>
      {draft.importIssues.length > 0 && (
        <IssueList
          title={t('options.import.issuesTitle')}
          issues={draft.importIssues}
          testId="import-issues"
        />
      )}
    </section>
  );
}
