import type { FrameworkInput } from './framework-schema';
import { AUTHORITY_OPTIONS, BUDGET_OPTIONS } from './shared-options';

/** CHAMP: challenges first, money after authority, timing folded into priority. */
export const CHAMP_INPUT: FrameworkInput = {
  id: 'champ',
  name: {
    en: 'CHAMP (challenges, authority, money, prioritisation)',
    es: 'CHAMP (retos, autoridad, dinero, prioridad)',
  },
  questions: [
    {
      id: 'challenge',
      kind: 'yesno',
      group: 'need',
      weight: 3,
      text: {
        en: 'Have they described a challenge we solve?',
        es: '¿Han descrito un reto que resolvemos?',
      },
      help: {
        en: 'Ask: what is getting in the way of your goals this year?',
        es: 'Pregunta: ¿qué os impide llegar a vuestros objetivos este año?',
      },
      disqualifyWhen: { value: 'no', reason: 'no-need' },
    },
    {
      id: 'challenge-impact',
      kind: 'scale',
      group: 'need',
      weight: 2,
      text: {
        en: 'How much does that challenge hold them back?',
        es: '¿Cuánto les frena ese reto?',
      },
      low: { en: 'Barely', es: 'Apenas' },
      high: { en: 'It blocks their goals', es: 'Les impide cumplir objetivos' },
    },
    {
      id: 'authority',
      kind: 'choice',
      group: 'authority',
      weight: 2,
      text: { en: 'Who decides and signs?', es: '¿Quién decide y firma?' },
      options: AUTHORITY_OPTIONS,
    },
    {
      id: 'money',
      kind: 'choice',
      group: 'budget',
      weight: 2,
      text: { en: 'Can they pay for a solution?', es: '¿Pueden pagar una solución?' },
      options: BUDGET_OPTIONS,
    },
    {
      id: 'priority',
      kind: 'choice',
      group: 'timeline',
      weight: 3,
      text: {
        en: 'Where does this sit among their priorities?',
        es: '¿Qué lugar ocupa entre sus prioridades?',
      },
      options: [
        {
          id: 'top',
          label: { en: 'Top priority this quarter', es: 'Prioridad principal este trimestre' },
          points: 1,
        },
        {
          id: 'planned',
          label: { en: 'Planned for this year', es: 'Previsto para este año' },
          points: 0.6,
        },
        {
          id: 'later',
          label: { en: 'Later than this year', es: 'Más adelante de este año' },
          points: 0.25,
        },
        {
          id: 'not-priority',
          label: { en: 'Not a priority, no timeline', es: 'No es prioridad, sin plazo' },
          points: 0,
          disqualifies: 'no-timeline',
        },
      ],
    },
  ],
};
