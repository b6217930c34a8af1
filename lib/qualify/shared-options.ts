import type { FrameworkInput } from './framework-schema';

type Options = Extract<FrameworkInput['questions'][number], { kind: 'choice' }>['options'];

/*
 * Answer sets several frameworks share, so that "no budget and no path to one" or "no
 * timeline" read and score the same whichever framework a team picks. Option labels read
 * well inside a sentence once lower-cased ("you said: this quarter").
 */

export const BUDGET_OPTIONS: Options = [
  {
    id: 'allocated',
    label: { en: 'Budget is allocated', es: 'Hay presupuesto asignado' },
    points: 1,
  },
  {
    id: 'path',
    label: {
      en: 'No budget yet, but a clear way to get it',
      es: 'Aún no hay presupuesto, pero sí una forma clara de conseguirlo',
    },
    points: 0.6,
  },
  {
    id: 'none',
    label: {
      en: 'No budget and no path to one',
      es: 'Ni hay presupuesto ni forma de conseguirlo',
    },
    points: 0,
    disqualifies: 'no-budget',
  },
];

export const AUTHORITY_OPTIONS: Options = [
  {
    id: 'contact-decides',
    label: { en: 'The person we are talking to', es: 'La persona con la que hablamos' },
    points: 1,
  },
  {
    id: 'access',
    label: {
      en: 'Someone else, and we can reach them',
      es: 'Otra persona, y podemos llegar a ella',
    },
    points: 0.7,
  },
  {
    id: 'unclear',
    label: { en: 'Not clear yet who decides', es: 'Aún no está claro quién decide' },
    points: 0.3,
  },
  {
    id: 'no-access',
    label: { en: 'No access to the decision maker', es: 'Sin acceso a quien decide' },
    points: 0,
    disqualifies: 'no-authority',
  },
];

export const TIMELINE_OPTIONS: Options = [
  { id: 'this-quarter', label: { en: 'This quarter', es: 'Este trimestre' }, points: 1 },
  {
    id: 'six-months',
    label: { en: 'Within six months', es: 'En los próximos seis meses' },
    points: 0.7,
  },
  { id: 'this-year', label: { en: 'Within a year', es: 'En el próximo año' }, points: 0.4 },
  {
    id: 'no-timeline',
    label: { en: 'No timeline', es: 'Sin plazo' },
    points: 0,
    disqualifies: 'no-timeline',
  },
];
