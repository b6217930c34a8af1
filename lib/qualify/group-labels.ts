import type { Locale } from '../model/vocab';
import type { QuestionGroup } from './framework-schema';

/** Section headings for the interview, and the words the recommender uses for each group. */
export const GROUP_LABELS: Record<Locale, Record<QuestionGroup, string>> = {
  en: {
    need: 'Need',
    budget: 'Budget',
    authority: 'Authority',
    timeline: 'Timeline',
    metrics: 'Metrics',
    decision: 'Decision',
    champion: 'Champion',
    competition: 'Competition',
    other: 'Other',
  },
  es: {
    need: 'Necesidad',
    budget: 'Presupuesto',
    authority: 'Autoridad',
    timeline: 'Plazo',
    metrics: 'Métricas',
    decision: 'Decisión',
    champion: 'Promotor interno',
    competition: 'Competencia',
    other: 'Otros',
  },
};
