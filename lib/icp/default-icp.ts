import type { Locale } from '../model/vocab';
import { IcpSchema, type Icp, type IcpInput } from './icp-schema';

/*
 * A starting point for a small B2B seller in Spain, Portugal and Latin America selling to
 * SMBs: sensible enough to score the first prospects, meant to be edited. Industry phrases
 * include both languages because the pages a rep reads (LinkedIn, websites) come in either
 * language whatever the rep's own.
 */

const INDUSTRIES = [
  'software',
  'services',
  'servicios',
  'retail',
  'comercio',
  'technology',
  'information technology',
  'tecnología',
  'internet',
  'consulting',
  'consultoría',
  'marketing',
  'wholesale',
  'venta al por mayor',
];

/*
 * Each problem in both languages, with keywords in both: a rep's note or a prospect's
 * email can be in either language whatever the rep's own, and a stored recommendation is
 * rendered in the language of whoever reads it.
 */
const PROBLEMS: IcpInput['problems'] = [
  {
    id: 'slow-follow-up',
    text: {
      en: 'following up new leads before they go cold',
      es: 'el seguimiento de los contactos nuevos antes de que se enfríen',
    },
    proofPoint: {
      en: 'A 40-person distributor we work with now answers every new lead within the hour and books 30% more first meetings.',
      es: 'Una distribuidora de 40 personas con la que trabajamos responde ya a cada contacto nuevo en menos de una hora y consigue un 30 % más de primeras reuniones.',
    },
    hooks: ['hiring-role', 'headcount-growth', 'recorded-pain', 'urgency-stated'],
    keywords: [
      'lead',
      'follow-up',
      'seguimiento',
      'contactos',
      'responder',
      'sdr',
      'ventas',
      'sales',
    ],
  },
  {
    id: 'ramp-new-reps',
    text: {
      en: 'getting new sales hires productive in weeks, not months',
      es: 'la incorporación de comerciales nuevos, para que rindan en semanas y no en meses',
    },
    proofPoint: {
      en: 'A software company that doubled its sales team cut the time to a new rep’s first deal from five months to seven weeks.',
      es: 'Una empresa de software que duplicó su equipo comercial redujo de cinco meses a siete semanas el tiempo hasta la primera venta de cada incorporación.',
    },
    hooks: ['hiring-role', 'hiring-active', 'headcount-growth', 'new-location', 'size-stage'],
    keywords: [
      'hiring',
      'onboarding',
      'new hires',
      'contratando',
      'incorporaciones',
      'comerciales',
    ],
  },
  {
    id: 'pipeline-visibility',
    text: {
      en: 'knowing which deals will really close this quarter',
      es: 'la previsión de qué oportunidades se cerrarán de verdad este trimestre',
    },
    proofPoint: {
      en: 'A services firm of 120 people now forecasts its quarter within 5%, up from a guess.',
      es: 'Una consultora de 120 personas prevé ahora su trimestre con un margen del 5 %, cuando antes era una apuesta.',
    },
    hooks: ['budget-stated', 'recent-change'],
    keywords: [
      'forecast',
      'previsión',
      'pipeline',
      'board',
      'consejo',
      'ceo',
      'gerente',
      'general',
      'founder',
      'fundador',
      'fundadora',
      'cofundadora',
      'finance',
      'financiero',
    ],
  },
  {
    id: 'scattered-data',
    text: {
      en: 'customer data scattered across spreadsheets and tools',
      es: 'los datos de clientes repartidos entre hojas de cálculo y herramientas',
    },
    proofPoint: {
      en: 'A retail chain replaced four spreadsheets with one shared view in two weeks, without changing its CRM.',
      es: 'Una cadena de tiendas sustituyó cuatro hojas de cálculo por una vista compartida en dos semanas, sin cambiar de CRM.',
    },
    hooks: ['tech-fit', 'tech-gap', 'competitor-switch'],
    keywords: [
      'spreadsheet',
      'hoja de cálculo',
      'excel',
      'crm',
      'data',
      'datos',
      'tools',
      'herramientas',
      // Operations people live with the re-keying between tools (the role line says so).
      'operations',
      'operaciones',
    ],
  },
];

/** The ICP a new install starts with, in the rep's language. */
export function defaultIcp(locale: Locale): Icp {
  const input: IcpInput = {
    name: locale === 'es' ? 'Pymes B2B (ejemplo)' : 'B2B SMBs (example)',
    locale,
    criteria: [
      { id: 'industry', kind: 'industry', weight: 3, params: { values: INDUSTRIES } },
      { id: 'size', kind: 'size', weight: 3, params: { min: 11, max: 500 } },
      {
        id: 'territory',
        kind: 'country',
        weight: 2,
        mustHave: true,
        params: { values: ['ES', 'PT', 'MX', 'LATAM', 'EU'] },
      },
      {
        id: 'decision-maker',
        kind: 'seniority',
        weight: 2,
        params: { values: ['owner', 'c-level', 'vp', 'director'] },
      },
      {
        id: 'buying-team',
        kind: 'department',
        weight: 1,
        params: { values: ['general-management', 'sales', 'marketing', 'operations'] },
      },
      { id: 'hiring', kind: 'hiring', weight: 1, params: { value: true } },
      {
        id: 'sells-b2b',
        kind: 'keyword',
        weight: 1,
        params: {
          values: ['b2b', 'business to business', 'para empresas', 'for businesses'],
          label: locale === 'es' ? 'Vende a empresas (B2B)' : 'Sells to other businesses (B2B)',
        },
      },
    ],
    problems: PROBLEMS,
    bookingUrl: '',
    thresholds: { qualifiedFit: 60, qualifiedQualification: 60, nurtureFit: 30 },
    answerMaxAgeDays: 90,
    revisitDays: 90,
    frameworkId: 'bant',
  };
  return IcpSchema.parse(input);
}
