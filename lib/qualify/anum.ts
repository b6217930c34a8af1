import type { FrameworkInput } from './framework-schema';
import { AUTHORITY_OPTIONS, BUDGET_OPTIONS, TIMELINE_OPTIONS } from './shared-options';

/** ANUM: authority is the gate, so it comes first and weighs most; money comes last. */
export const ANUM_INPUT: FrameworkInput = {
  id: 'anum',
  name: {
    en: 'ANUM (authority, need, urgency, money)',
    es: 'ANUM (autoridad, necesidad, urgencia, dinero)',
  },
  questions: [
    {
      id: 'authority',
      kind: 'choice',
      group: 'authority',
      weight: 3,
      text: {
        en: 'Are we talking to whoever decides?',
        es: '¿Estamos hablando con quien decide?',
      },
      options: AUTHORITY_OPTIONS,
    },
    {
      id: 'need',
      kind: 'yesno',
      group: 'need',
      weight: 3,
      text: { en: 'Do they have a problem we solve?', es: '¿Tienen un problema que resolvemos?' },
      disqualifyWhen: { value: 'no', reason: 'no-need' },
    },
    {
      id: 'urgency',
      kind: 'choice',
      group: 'timeline',
      weight: 2,
      text: { en: 'How soon must it be solved?', es: '¿Con qué urgencia deben resolverlo?' },
      options: TIMELINE_OPTIONS,
    },
    {
      id: 'money',
      kind: 'choice',
      group: 'budget',
      weight: 2,
      text: { en: 'Is there money for it?', es: '¿Hay dinero para ello?' },
      options: BUDGET_OPTIONS,
    },
  ],
};
