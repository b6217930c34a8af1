import { browser } from 'wxt/browser';
import { LanguageSwitch, useLocale } from '../../components/locale';
import type { MessageKey } from '../../lib/i18n';
import type { ReadResult } from '../../lib/messaging/contract';
import { ProspectEditor } from './ProspectEditor';
import { ReadState } from './ReadState';
import { usePageReading } from './use-page-reading';

/** The rep's working surface beside LinkedIn, Gmail or a company website. */
export function App({ pinnedTabId }: { pinnedTabId: number | null }) {
  const { t } = useLocale();
  const { reading, reread } = usePageReading(pinnedTabId);
  const result = reading.phase === 'done' ? reading.result : null;

  return (
    <div className="panel">
      <header className="panel-header">
        <h1 className="brand">{t('panel.title')}</h1>
        {result?.kind === 'capture' && (
          <span className="surface">
            {t(`panel.surface.${result.capture.surface}` as MessageKey)}
          </span>
        )}
        <nav className="panel-actions">
          <button type="button" className="quiet" onClick={reread}>
            {t('panel.reread')}
          </button>
          <button
            type="button"
            className="quiet"
            onClick={() =>
              void browser.tabs.create({ url: browser.runtime.getURL('/prospects.html') })
            }
          >
            {t('panel.openProspects')}
          </button>
          <button
            type="button"
            className="quiet"
            onClick={() => void browser.runtime.openOptionsPage()}
          >
            {t('panel.openOptions')}
          </button>
          <LanguageSwitch />
        </nav>
      </header>
      <main>
        {reading.phase === 'reading' ? (
          <p className="reading" role="status">
            {t('panel.reading')}
          </p>
        ) : (
          <Result result={reading.result} reread={reread} />
        )}
      </main>
    </div>
  );
}

function Result({ result, reread }: { result: ReadResult; reread(): void }) {
  if (result.kind !== 'capture') return <ReadState result={result} reread={reread} />;
  // Keyed by the reading: a new page starts from its own facts, never the previous page's.
  return (
    <ProspectEditor
      key={`${result.capture.url}|${result.capture.capturedAt}`}
      capture={result.capture}
    />
  );
}
