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
