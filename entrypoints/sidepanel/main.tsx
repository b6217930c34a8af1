// First: no schema may be built before zod knows eval is forbidden here.
import '../../components/zod-config';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { z } from 'zod';
import { LocaleProvider } from '../../components/locale';
import { localeSetting } from '../../components/settings';
import { LOCALES } from '../../lib/model/vocab';
import '../../components/theme.css';
import { App } from './App';
import { takeFirstLocale } from './first-locale';
import { pinnedTabOf } from './first-reading';

/** The stored language setting; anything else (nothing stored) follows the browser. */
const LocaleChoice = z.enum(['auto', ...LOCALES]).catch('auto');

/**
 * The panel's React tree. The first reading and the language setting were asked for by
 * the page's first script (entrypoints/panel-start.ts) while this page's modules loaded.
 */
async function boot(pinnedTabId: number | null): Promise<void> {
  // The first render may show the page's facts: in the rep's chosen language, never the
  // browser's for a moment first.
  const early = takeFirstLocale(globalThis);
  const locale = early
    ? LocaleChoice.parse(await early.catch(() => undefined))
    : await localeSetting.getValue().catch(() => 'auto' as const);
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <LocaleProvider initial={locale}>
        <App pinnedTabId={pinnedTabId} />
      </LocaleProvider>
    </StrictMode>,
  );
}

void boot(pinnedTabOf(location.search));
