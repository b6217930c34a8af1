import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { LocaleProvider } from '../../components/locale';
import '../../components/theme.css';
import { ProspectsPage } from './ProspectsPage';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <LocaleProvider>
      <ProspectsPage />
    </LocaleProvider>
  </StrictMode>,
);
