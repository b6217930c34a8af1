import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { LocaleProvider } from '../../components/locale';
import '../../components/theme.css';
import { App } from './App';

/** `?tabId=N` pins the panel to one tab (the panel opened as a tab, as tests do). */
const pinned = Number(new URLSearchParams(location.search).get('tabId'));

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <LocaleProvider>
      <App pinnedTabId={Number.isInteger(pinned) && pinned > 0 ? pinned : null} />
    </LocaleProvider>
  </StrictMode>,
);
