import { useState } from 'react';
import { browser } from 'wxt/browser';
import { useLocale } from '../../components/locale';
import type { ReadResult } from '../../lib/messaging/contract';
import { originPattern } from '../../lib/messaging/tab-reading';
import { HiddenSite } from './HiddenSite';

/** What to do when the page could not be read: plain words and, where possible, one button. */
export function ReadState({
  result,
  reread,
}: {
  result: Exclude<ReadResult, { kind: 'capture' }>;
  reread(): void;
}) {
  const { t } = useLocale();
  const [denied, setDenied] = useState(false);

  if (result.kind === 'needs-permission' && result.hidden) {
    return (
      <section className="card state" data-state="needs-permission">
        <h2>{t('panel.state.hidden.title')}</h2>
        <p>{t('panel.state.hidden.body')}</p>
        <HiddenSite guess={result.origin} reread={reread} />
        <p className="hint">{t('panel.state.permission.unknownOrigin')}</p>
      </section>
    );
  }
  if (result.kind === 'needs-permission') {
    const origin = result.origin;
    return (
      <section className="card state" data-state="needs-permission">
        <h2>{t(origin ? 'panel.state.permission.title' : 'panel.state.hidden.title')}</h2>
        {origin && <p>{t('panel.state.permission.body')}</p>}
        {origin ? (
          <button
            type="button"
            className="primary"
            onClick={async () => {
              // Must run in the click's user gesture: no await before request().
              const granted = await browser.permissions
                .request({ origins: [originPattern(origin)] })
                .catch(() => false);
              setDenied(!granted);
              if (granted) reread();
            }}
          >
            {t('panel.state.permission.button', { origin: new URL(origin).host })}
          </button>
        ) : (
          <p>{t('panel.state.permission.unknownOrigin')}</p>
        )}
        {denied && <p role="alert">{t('panel.state.permission.denied')}</p>}
      </section>
    );
  }
  const key = result.kind === 'no-tab' ? 'no-tab' : result.kind;
  return (
    <section className="card state" data-state={key}>
      <h2>{t(`panel.state.${key}.title`)}</h2>
      <p>{t(`panel.state.${key}.body`)}</p>
      {result.kind === 'unreachable' && result.tabId >= 0 && (
        // A reader orphaned by an extension update only comes back with the page: one click.
        <button
          type="button"
          className="primary"
          onClick={() => void browser.tabs.reload(result.tabId).catch(() => undefined)}
        >
          {t('panel.state.unreachable.reload')}
        </button>
      )}
    </section>
  );
}
