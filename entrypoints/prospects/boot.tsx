import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { LocaleProvider } from '../../components/locale';
import '../../components/theme.css';
import type { FirstView } from './first-view';
import { ProspectsPage } from './ProspectsPage';

export function boot(first: FirstView) {
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <LocaleProvider>
        <ProspectsPage first={first} />
      </LocaleProvider>
    </StrictMode>,
  );
}
