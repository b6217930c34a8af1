import type { FrameworkInput } from './framework-schema';

/** MEDDIC, for larger deals with several people involved; "do nothing" is the usual rival. */
export const MEDDIC_INPUT: FrameworkInput = {
  id: 'meddic',
  name: {
    en: 'MEDDIC (metrics, economic buyer, decision criteria and process, pain, champion)',
    es: 'MEDDIC (métricas, comprador económico, criterios y proceso de decisión, dolor, promotor)',
  },
  questions: [
    {
      id: 'metrics',
      kind: 'yesno',
      group: 'metrics',
      weight: 2,
      text: {
        en: 'Have they said how they will measure success?',
        es: '¿Han dicho cómo medirán el éxito?',
      },
    },
    {
      id: 'metrics-value',
      kind: 'number',
      group: 'metrics',
      weight: 1,
      text: {
        en: 'What is solving it worth to them per year?',
        es: '¿Cuánto les vale al año resolverlo?',
      },
      unit: 'EUR',
      target: 20000,
    },
    {
      id: 'economic-buyer',
      kind: 'choice',
      group: 'authority',
      weight: 3,
      text: {
        en: 'Do we know the economic buyer, who owns the budget?',
        es: '¿Conocemos al comprador económico, quien controla el presupuesto?',
      },
      options: [
        {
          id: 'met',
          label: { en: 'Identified, and we have spoken', es: 'Identificado, y ya hemos hablado' },
          points: 1,
        },
        {
          id: 'identified',
          label: { en: 'Identified, not met yet', es: 'Identificado, aún sin hablar' },
          points: 0.6,
        },
        {
          id: 'no-access',
          label: {
            en: 'No access to the economic buyer',
            es: 'Sin acceso al comprador económico',
          },
          points: 0,
          disqualifies: 'no-authority',
        },
      ],
    },
    {
      id: 'decision-criteria',
      kind: 'yesno',
      group: 'decision',
      weight: 1,
      text: {
        en: 'Do we know their decision criteria?',
        es: '¿Conocemos sus criterios de decisión?',
      },
    },
    {
      id: 'decision-process',
      kind: 'yesno',
      group: 'decision',
      weight: 1,
      text: {
        en: 'Do we know the steps and who takes part in the decision?',
        es: '¿Conocemos los pasos y quién participa en la decisión?',
      },
    },
    {
      id: 'pain',
      kind: 'yesno',
      group: 'need',
      weight: 3,
      text: {
        en: 'Have we found a pain that really matters to them?',
        es: '¿Hemos encontrado un problema que de verdad les importe?',
      },
      disqualifyWhen: { value: 'no', reason: 'no-need' },
    },
    {
      id: 'champion',
      kind: 'yesno',
      group: 'champion',
      weight: 2,
      text: {
        en: 'Is there someone inside who pushes for this?',
        es: '¿Hay alguien dentro que lo impulse?',
      },
    },
  ],
};
