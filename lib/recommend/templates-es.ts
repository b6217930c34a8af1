import type { Department } from '../model/vocab';
import { DEPARTMENT_LABELS } from '../icp/vocab-labels';
import type { HookData, InboundDeadline, InboundRequest } from '../model/advice';
import type { AngleTemplates, RequestTemplates, TextContext } from './templates';
import { formatBand, formatCount, inSentence, joinList, lowerFirst } from './text-helpers';

/*
 * Spanish as written in Spain: "tú" to the person, "vosotros" to their team, « » quotes,
 * a space before "%".
 */

const CONCERN: Record<Department, string> = {
  sales: 'vives de cerca lo rápido que un contacto nuevo se convierte en reunión',
  marketing: 'ves cuántos de tus contactos atiende de verdad el equipo de ventas',
  engineering: 'te toca conectar unas herramientas con otras',
  operations: 'ves cada paso manual que el equipo repite',
  finance: 'ves lo que cuesta cada proceso lento',
  hr: 'ves cuánto tarda la gente nueva en coger ritmo',
  it: 'te toca conectar unas herramientas con otras',
  legal: 'revisas cada herramienta nueva antes de que se compre',
  purchasing: 'comparas cada herramienta que el equipo pide comprar',
  product: 'oyes antes que nadie lo que necesitan los clientes',
  support: 'eres quien se entera primero cuando un cliente espera demasiado',
  'general-management': 'llevas los objetivos de crecimiento de toda la empresa',
  other: 'ves de primera mano dónde pierde tiempo el equipo',
};

const list = (items: readonly string[]) => joinList(items, 'es');
const lower = (text: string) => inSentence(text, 'es');

function observe(h: HookData, { company }: TextContext, problem: string | null): string {
  switch (h.kind) {
    case 'hiring-role': {
      // A post is a common noun ("el puesto de comercial de zona"); acronyms stay as written.
      const roles = h.roles.map(lower);
      const post =
        roles.length > 1
          ? `gente para los puestos de ${list(roles)}`
          : `a alguien para el puesto de ${roles[0] ?? ''}`;
      return company
        ? `He visto que en ${company} estáis buscando ${post}.`
        : `He visto que estáis buscando ${post}.`;
    }
    case 'hiring-active':
      return company
        ? `He visto que en ${company} estáis contratando.`
        : 'He visto que estáis contratando.';
    case 'headcount-growth':
      if (h.growthPct !== null)
        return company
          ? `${company} ha crecido un ${formatCount('es', h.growthPct)} % en plantilla últimamente.`
          : `Vuestro equipo ha crecido un ${formatCount('es', h.growthPct)} % últimamente.`;
      return `${company ? `${company} tiene` : 'Tenéis'} ${formatCount('es', h.openRoles ?? 0)} puestos abiertos a la vez, algo que suele indicar un crecimiento rápido.`;
    case 'new-location':
      return `Enhorabuena por la noticia: «${h.event}».`;
    case 'recent-change':
      return company
        ? `He leído la noticia sobre ${company}: «${h.event}».`
        : `He leído vuestra noticia: «${h.event}».`;
    case 'tech-fit':
      return company
        ? `He visto que ${company} ya trabaja con ${h.tech}.`
        : `He visto que ya trabajáis con ${h.tech}.`;
    case 'tech-gap': {
      const site = `He echado un vistazo a ${company ? `la web de ${company}` : 'vuestra web'}: usa ${list(h.uses)}`;
      return problem
        ? `${site}, y en equipos así es habitual pelearse con ${problem}.`
        : `${site}.`;
    }
    case 'competitor-switch':
      return company ? `Veo que ${company} usa ${h.tech}.` : `Veo que usáis ${h.tech}.`;
    case 'recorded-pain':
      // The note may come from a referral or the rep's research, not from the prospect.
      return `Por lo que tengo entendido, lo que más os preocupa ahora es esto: ${problem ?? ''}.`;
    case 'role-department': {
      const concern = CONCERN[h.department ?? 'other'];
      if (h.title) return `Como ${lower(h.title)}, ${concern}.`;
      return `En ${lower(DEPARTMENT_LABELS.es[h.department ?? 'other'])}, ${concern}.`;
    }
    case 'size-stage': {
      if (h.min === null && h.max === null)
        return `${company ?? 'Vuestra empresa'} se fundó en ${h.founded ?? ''}, y en los primeros años es cuando se fijan los procesos.`;
      const band = formatBand('es', h.min, h.max);
      const people = h.min === 1 && h.max === 1 ? 'persona' : 'personas';
      return company
        ? `Con ${band} ${people}, ${company} está en el tamaño en el que los procesos improvisados empiezan a fallar.`
        : `Con un equipo de ${band} ${people}, los procesos improvisados empiezan a fallar.`;
    }
    case 'industry-proof':
      return `Trabajamos con otras empresas del sector ${lower(h.industry)}.`;
    case 'urgency-stated':
      return `Me dijiste que el plazo está claro: ${lowerFirst(h.label.es)}.`;
    case 'budget-stated':
      if (h.level === 'amount') return `Me comentaste un presupuesto de unos ${h.label.es}.`;
      return h.level === 'allocated'
        ? 'Me comentaste que hay presupuesto asignado para esto.'
        : 'Me comentaste que hay una forma clara de conseguir presupuesto para esto.';
  }
}

function headline(h: HookData): string {
  switch (h.kind) {
    case 'hiring-role':
      return `Contratando: ${list(h.roles)}`;
    case 'hiring-active':
      return 'Contratando ahora';
    case 'headcount-growth':
      return h.growthPct !== null
        ? `Equipo +${formatCount('es', h.growthPct)} %`
        : `${formatCount('es', h.openRoles ?? 0)} puestos abiertos`;
    case 'new-location':
      return `Expansión: ${h.event}`;
    case 'recent-change':
      return `Novedad: ${h.event}`;
    case 'tech-fit':
      return `Ya usa ${h.tech}`;
    case 'tech-gap':
      return `Usa ${list(h.uses)}`;
    case 'competitor-switch':
      return `Hoy usa ${h.tech}`;
    case 'recorded-pain':
      return 'El problema que te contaron';
    case 'role-department':
      return h.title ?? `Área: ${DEPARTMENT_LABELS.es[h.department ?? 'other']}`;
    case 'size-stage':
      return h.min === null && h.max === null
        ? `Fundada en ${h.founded ?? ''}`
        : `Equipo de ${formatBand('es', h.min, h.max)}`;
    case 'industry-proof':
      return `Sector: ${h.industry}`;
    case 'urgency-stated':
      return `Plazo: ${lowerFirst(h.label.es)}`;
    case 'budget-stated':
      return h.level === 'amount' ? `Presupuesto: ${h.label.es}` : 'Presupuesto a la vista';
  }
}

const DEADLINES: Record<InboundDeadline, string> = {
  monday: 'antes del lunes',
  tuesday: 'antes del martes',
  wednesday: 'antes del miércoles',
  thursday: 'antes del jueves',
  friday: 'antes del viernes',
  saturday: 'antes del sábado',
  sunday: 'antes del domingo',
  'this-week': 'esta semana',
  'next-week': 'la semana que viene',
  'month-end': 'antes de fin de mes',
  'this-quarter': 'este trimestre',
  q1: 'antes de que acabe el primer trimestre',
  q2: 'antes de que acabe el segundo trimestre',
  q3: 'antes de que acabe el tercer trimestre',
  q4: 'antes de que acabe el cuarto trimestre',
  asap: 'cuanto antes',
};
/** "el presupuesto" is masculine, "la propuesta" feminine: the pronouns follow. */
const quote = (r: InboundRequest) => r.kind === 'quote';

const REQUEST: RequestTemplates = {
  headline: (r) =>
    `${quote(r) ? 'Pide presupuesto' : 'Pide una propuesta'}${r.deadline ? ` ${DEADLINES[r.deadline]}` : ''}`,
  thanks: (r) => {
    const asked = quote(r) ? 'presupuesto' : 'una propuesta';
    const it = quote(r) ? 'lo' : 'la';
    return `Gracias por pedirnos ${asked}: ${r.deadline ? `${it} tendrás ${DEADLINES[r.deadline]}` : `ya ${it} estoy preparando`}.`;
  },
  covers: (r, problem, { company }) =>
    `${quote(r) ? 'En él' : 'En ella'} te explicaré cómo ${company ? `ayudaríamos a ${company}` : 'os ayudaríamos'} con ${problem}.`,
  ask: (r) =>
    r.sized
      ? 'Si necesito algún dato más para ajustar el precio, te lo pregunto antes de enviártelo.'
      : 'Para ajustar el precio solo necesito saber una cosa: ¿cuántas personas de tu equipo usarían la herramienta?',
};

export const ANGLE_ES: AngleTemplates = {
  locale: 'es',
  observe,
  headline,
  fallbackObserve: ({ company, firstName }) =>
    company
      ? `He dado con ${company} buscando empresas como la vuestra.`
      : firstName
        ? `Gracias por tu tiempo, ${firstName}.`
        : 'Gracias por tu tiempo.',
  fallbackHeadline: 'Primer contacto',
  ask: (problem, after, { company }) => {
    if (after === 'named')
      return '¿Te encajarían 20 minutos la semana que viene para ver cómo lo haríamos con vosotros?';
    if (problem)
      return after === 'proof'
        ? `¿Te encajarían 20 minutos para ver cómo os podríamos ayudar igual con ${problem}?`
        : `¿Te encajarían 20 minutos para ver cómo os podríamos ayudar con ${problem}?`;
    return company
      ? `¿Tendría sentido una llamada breve la semana que viene para hablar de ${company}?`
      : '¿Tendría sentido una llamada breve la semana que viene?';
  },
  request: REQUEST,
  nextStep: {
    // The opener already gives the date: the step says what to do, not the date again.
    sendRequest: (r) =>
      `Responde hoy y envía ${quote(r) ? 'el presupuesto' : 'la propuesta'} ${r.deadline ? 'en la fecha que te pidieron' : `en cuanto esté ${quote(r) ? 'listo' : 'lista'}`}.`,
    stale: (days) =>
      `Vuelve a cualificar antes: algunas respuestas tienen más de ${formatCount('es', days)} días.`,
    book: () => 'Propón una llamada de 20 minutos y comparte tu enlace de reserva.',
    call: () => 'Propón una llamada de 20 minutos con dos horarios a elegir.',
    askFirst: (questions) => `Antes de proponer una reunión, pregunta: ${questions.join(' ')}`,
    followUp: (hasProof) =>
      hasProof
        ? 'Envía el caso de cliente de arriba y vuelve a escribir en dos semanas.'
        : 'Comparte un ejemplo breve y relevante y vuelve a escribir en dos semanas.',
  },
};
