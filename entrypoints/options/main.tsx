// First: no schema may be built before zod knows eval is forbidden here.
import '../../components/zod-config';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { LocaleProvider } from '../../components/locale';
import { OptionsPage } from '../../components/options/options-page';
import '../../components/theme.css';
import '../../components/options.css';
import '../../components/options/options-entries.css';
import '../../components/options/calibration.css';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <LocaleProvider>
      <OptionsPage />
    </LocaleProvider>
  </StrictMode>,
);
