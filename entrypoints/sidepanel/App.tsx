import { lazy, Suspense, useState } from 'react';
import { browser } from 'wxt/browser';
import { LanguageSwitch, useLocale } from '../../components/locale';
import { INTERVIEW_ID } from '../../components/qualify/interview-id';
import type { MessageKey } from '../../lib/i18n';
import type { Capture } from '../../lib/model/capture';
import { CaptureNotice } from './CaptureNotice';
import { FactsPreview } from './FactsPreview';
import { ReadState } from './ReadState';
import { usePageReading } from './use-page-reading';

// The editor brings the database, the engine and the domain rules (most of the panel's
// code). Loaded when a reading is first shown, from FactsPreview's place: running its code
// earlier would hold up the page's facts (docs/ARCHITECTURE.md, side panel). Its import
// starts in a task of its own: started from the render, inserting its dozen preload links
// would hold up the render that shows the facts by about 20 ms.
const ProspectEditor = lazy(() =>
  new Promise((started) => setTimeout(started, 0))
    .then(() => import('./ProspectEditor'))
    .then((m) => ({ default: m.ProspectEditor })),
);
const ManualEntry = lazy(() => import('./ManualEntry').then((m) => ({ default: m.ManualEntry })));

/** The rep typing a prospect in: the four boxes, then the prospect they made. */
type Manual = { phase: 'form' } | { phase: 'prospect'; capture: Capture } | null;

/**
 * The rep's working surface beside LinkedIn, Gmail or a company website. Every state leads
 * somewhere: a prospect to decide on, a permission to give, or a prospect to type in.
 */
export function App({ pinnedTabId }: { pinnedTabId: number | null }) {
  const { t } = useLocale();
  const { reading, reread } = usePageReading(pinnedTabId);
  const [manual, setManual] = useState<Manual>(null);
  const result = reading.phase === 'done' ? reading.result : null;
  const read = result?.kind === 'capture' ? result.capture : null;
  // A reading with no fact opens no editor: an empty form is not something to decide on.
  const capture =
    manual?.phase === 'prospect' ? manual.capture : read && read.signals.length > 0 ? read : null;
  const readAgain = () => {
    setManual(null);
    reread();
  };
  const byHand = () => setManual({ phase: 'form' });

  return (
    <div className="panel">
      {capture && manual?.phase !== 'form' && (
        <a className="skip-link" href={`#${INTERVIEW_ID}`}>
          {t('panel.skip')}
        </a>
      )}
      <header className="panel-header">
        <h1 className="brand">{t('panel.title')}</h1>
        {capture && (
          <span className="surface">{t(`panel.surface.${capture.surface}` as MessageKey)}</span>
        )}
        <button type="button" className="quiet" onClick={readAgain}>
          {t('panel.reread')}
        </button>
      </header>
      <main>
        {manual?.phase === 'form' ? (
          <Suspense fallback={null}>
            <ManualEntry
              pageUrl={read?.url ?? ''}
              onCapture={(c) => setManual({ phase: 'prospect', capture: c })}
              onBack={() => setManual(null)}
            />
          </Suspense>
        ) : capture ? (
          <Suspense fallback={<FactsPreview capture={capture} />}>
            {/* Keyed by the reading: a new page starts from its own facts, never the previous page's. */}
            <ProspectEditor key={`${capture.url}|${capture.capturedAt}`} capture={capture} />
          </Suspense>
        ) : reading.phase === 'reading' ? (
          <p className="reading" role="status">
            {t('panel.reading')}
          </p>
        ) : (
          <>
            {result?.kind === 'capture' ? (
              <CaptureNotice capture={result.capture} />
            ) : (
              result && <ReadState result={result} reread={readAgain} />
            )}
            <button type="button" className="primary by-hand" onClick={byHand}>
              {t('manual.open')}
            </button>
          </>
        )}
      </main>
      <footer className="panel-footer">
        {manual?.phase === 'prospect' ? (
          <button type="button" className="quiet" onClick={() => setManual(null)}>
            {t('manual.back')}
          </button>
        ) : (
          capture &&
          !manual && (
            <button type="button" className="quiet" onClick={byHand}>
              {t('manual.open')}
            </button>
          )
        )}
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
          onClick={() =>
            void browser.tabs.create({ url: browser.runtime.getURL('/insights.html') })
          }
        >
          {t('insights.open')}
        </button>
        <button
          type="button"
          className="quiet"
          onClick={() => void browser.runtime.openOptionsPage()}
        >
          {t('panel.openOptions')}
        </button>
        <LanguageSwitch />
      </footer>
    </div>
  );
}
