// First: no schema may be built before zod knows eval is forbidden here.
import '../../components/zod-config';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { LocaleProvider } from '../../components/locale';
import '../../components/theme.css';
import './insights.css';
import { InsightsPage } from './InsightsPage';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <LocaleProvider>
      <InsightsPage />
    </LocaleProvider>
  </StrictMode>,
);
