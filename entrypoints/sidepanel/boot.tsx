import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { z } from 'zod';
import { LocaleProvider } from '../../components/locale';
import '../../components/theme.css';
import { App } from './App';

/** The panel's React tree, loaded by main.tsx once the first reading is asked for. */
export function boot(pinnedTabId: number | null): void {
  // Extension pages forbid eval (wxt.config.ts), so zod's compiled parsers never run here;
  // without this its first parse probes `new Function` and Chromium reports the refusal.
  z.config({ jitless: true });
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <LocaleProvider>
        <App pinnedTabId={pinnedTabId} />
      </LocaleProvider>
    </StrictMode>,
  );
}
