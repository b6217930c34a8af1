import type { FrameworkInput } from './framework-schema';
import { AUTHORITY_OPTIONS, BUDGET_OPTIONS, TIMELINE_OPTIONS } from './shared-options';

/** IBM's BANT, need first: the default, and the one most reps already know. */
export const BANT_INPUT: FrameworkInput = {
  id: 'bant',
  name: {
    en: 'BANT (budget, authority, need, timeline)',
    es: 'BANT (presupuesto, autoridad, necesidad, plazo)',
  },
  questions: [
    {
      id: 'need',
      kind: 'yesno',
      group: 'need',
      weight: 3,
      text: { en: 'Do they have a problem we solve?', es: '¿Tienen un problema que resolvemos?' },
      help: {
        en: 'Ask: what problem are you trying to solve, and what does it cost you today?',
        es: 'Pregunta: ¿qué problema queréis resolver y cuánto os cuesta hoy?',
      },
      disqualifyWhen: { value: 'no', reason: 'no-need' },
    },
    {
      id: 'need-cost',
      kind: 'scale',
      group: 'need',
      weight: 2,
      text: {
        en: 'How much does the problem cost them today?',
        es: '¿Cuánto les cuesta hoy ese problema?',
      },
      low: { en: 'Hardly anything', es: 'Casi nada' },
      high: { en: 'A lot: it hurts', es: 'Mucho: les duele' },
    },
    {
      id: 'budget',
      kind: 'choice',
      group: 'budget',
      weight: 3,
      text: { en: 'Is there budget for this?', es: '¿Hay presupuesto asignado?' },
      options: BUDGET_OPTIONS,
    },
    {
      id: 'budget-amount',
      kind: 'number',
      group: 'budget',
      weight: 1,
      text: {
        en: 'Roughly how much could they spend per year?',
        es: '¿Cuánto podrían invertir al año, aproximadamente?',
      },
      unit: 'EUR',
      target: 5000,
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
      id: 'timeline',
      kind: 'choice',
      group: 'timeline',
      weight: 2,
      text: { en: 'When must it be solved?', es: '¿Para cuándo necesitan resolverlo?' },
      options: TIMELINE_OPTIONS,
    },
  ],
};
