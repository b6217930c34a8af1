/**
 * Sales situations a Spanish-speaking rep meets, each with what a good rep would do
 * (test support only; every person and company is invented).
 */
import { company, person, STRONG } from './scenario-build';
import type { Scenario } from './scenario-prospects';

export const SITUATIONS_ES: Scenario[] = [
  {
    name: 'es solicitud de presupuesto entrante con plazo',
    locale: 'es',
    person: person('Óscar Lezama', 'Gerente', 'owner', 'general-management'),
    company: company('Almacenes Lezama', 'Venta al por mayor', [11, 50], 'ES'),
    sentences: [
      'Necesitamos un presupuesto para tres almacenes antes del viernes.',
      'Ahora llevamos los pedidos de clientes en hojas de Excel y se nos pierden.',
    ],
    expect: {
      verdict: 'nurture',
      kind: 'angle',
      problem: 'scattered-data',
      cites: ['gerente', 'venta al por mayor'],
    },
  },
  {
    name: 'es recomendación de un cliente, nota del comercial',
    locale: 'es',
    person: person('Itziar Goñi', 'Directora Comercial', 'director', 'sales'),
    company: company('Conservas Goñi', 'Comercio de alimentación', [51, 200], 'ES'),
    pain: 'Nos la recomendó un cliente: sus comerciales tardan días en responder a los leads',
    expect: {
      verdict: 'nurture',
      kind: 'angle',
      problem: 'slow-follow-up',
      hook: 'recorded-pain',
      cites: ['comercio de alimentación'],
    },
  },
  {
    name: 'es estudiante que pide una demo',
    locale: 'es',
    person: person('Lucas Pardo', 'Estudiante de Máster en Marketing', undefined, undefined, {
      email: 'lucas.pardo.demo@gmail.com',
    }),
    company: null,
    expect: {
      problem: null,
      kind: 'close-out',
      verdict: 'disqualified',
      reason: 'student-or-personal',
    },
  },
  {
    name: 'es competidor: ya usa la herramienta rival',
    locale: 'es',
    icp: 'strict',
    person: person('Ramiro Soto', 'Director de Ventas', 'director', 'sales'),
    company: company('Soto Distribución', 'Venta al por mayor', [51, 200], 'ES', {
      tech: ['Zoho CRM'],
    }),
    expect: {
      verdict: 'disqualified',
      problem: null,
      kind: 'close-out',
      reason: 'competitor-or-partner',
      cites: ['Zoho CRM'],
    },
  },
  {
    name: 'es autónomo de oficios con su negocio en la firma',
    locale: 'es',
    person: person('Ramón Ezquerra', 'Electricista', undefined, undefined, {
      email: 'ramon.ezquerra@hotmail.es',
      company: 'Instalaciones eléctricas Ezquerra',
    }),
    company: company('Instalaciones eléctricas Ezquerra', 'Instalaciones eléctricas', [1, 2], 'ES'),
    // Size and sector both miss; the sector weighs first (an electrician is not a target sector).
    expect: {
      verdict: 'disqualified',
      problem: null,
      kind: 'close-out',
      reason: 'outside-industry',
      cites: ['Instalaciones eléctricas Ezquerra'],
    },
  },
  {
    name: 'es organismo público',
    locale: 'es',
    person: person('Carmen Ibarra', 'Jefa de Servicio de Contratación', 'manager', 'purchasing'),
    company: company('Ayuntamiento de Lasarte Demo', 'Administración pública', [201, 500], 'ES'),
    // Sector is not a must-have in the default ICP: a low grade to nurture, not a close-out.
    expect: {
      problem: 'ramp-new-reps',
      kind: 'angle',
      verdict: 'nurture',
      cites: ['jefa de servicio de contratación'],
    },
  },
  {
    name: 'es revendedor que quiere ser partner',
    locale: 'es',
    person: person('Borja Alcalde', 'Socio Director', 'owner', 'general-management'),
    company: company('Alcalde Consultoría Digital', 'Consultoría tecnológica', [11, 50], 'ES', {
      description: 'Partner de HubSpot: implantamos CRM para pymes B2B',
      tech: ['HubSpot'],
    }),
    expect: {
      verdict: 'nurture',
      kind: 'angle',
      hook: 'tech-fit',
      problem: 'scattered-data',
      cites: ['HubSpot'],
    },
  },
  {
    name: 'es persona que busca empleo',
    locale: 'es',
    person: person('Nerea Vidal', 'En búsqueda activa de empleo', undefined, undefined, {
      email: 'nerea.vidal.demo@gmail.com',
    }),
    company: null,
    expect: {
      verdict: 'disqualified',
      problem: null,
      kind: 'close-out',
      reason: 'student-or-personal',
    },
  },
  {
    name: 'es cliente actual que amplía equipo',
    locale: 'es',
    person: person('Sergio Luna', 'Director Comercial', 'director', 'sales'),
    company: company('Luna Software', 'Desarrollo de software', [51, 200], 'ES', {
      hiringRoles: ['SDR', 'Account Executive'],
      tech: ['HubSpot'],
    }),
    answers: STRONG,
    pain: 'Van a contratar cuatro comerciales y quieren que rindan en semanas',
    expect: {
      kind: 'angle',
      verdict: 'qualified',
      problem: 'ramp-new-reps',
      cites: ['SDR', 'Account Executive'],
    },
  },
  {
    name: 'es la previsión no se la cree el consejo',
    locale: 'es',
    person: person('Amaia Etxeberria', 'Consejera Delegada', 'c-level', 'general-management'),
    company: company(
      'Etxeberria Servicios Industriales',
      'Servicios industriales',
      [201, 500],
      'ES',
    ),
    pain: 'El consejo no se cree la previsión de ventas del trimestre',
    expect: {
      verdict: 'nurture',
      kind: 'angle',
      problem: 'pipeline-visibility',
      cites: ['la previsión de qué oportunidades', 'servicios industriales'],
    },
  },
  {
    name: 'es nota en inglés con ICP en español',
    locale: 'es',
    person: person('Daniel Ruiz', 'Head of Sales', 'director', 'sales'),
    company: company('Ruiz Retail Group', 'Retail', [51, 200], 'ES'),
    pain: 'Customer data is scattered across spreadsheets and Excel',
    expect: { verdict: 'nurture', kind: 'angle', problem: 'scattered-data', hook: 'recorded-pain' },
  },
  {
    name: 'es nota que encaja con dos problemas: elige el comercial',
    locale: 'es',
    person: person('Patricia Gil', 'Directora General', 'c-level', 'general-management'),
    company: company('Gil Marketing', 'Marketing y publicidad', [11, 50], 'ES'),
    pain: 'Los vendedores nuevos tardan meses en vender',
    expect: { verdict: 'nurture', kind: 'angle', problem: 'choice' },
  },
  {
    name: 'es el comercial elige el problema tras el empate',
    locale: 'es',
    person: person('Patricia Gil', 'Directora General', 'c-level', 'general-management'),
    company: company('Gil Marketing', 'Marketing y publicidad', [11, 50], 'ES'),
    pain: 'Los vendedores nuevos tardan meses en vender',
    problemId: 'ramp-new-reps',
    expect: { verdict: 'nurture', kind: 'angle', problem: 'ramp-new-reps', hook: 'recorded-pain' },
  },
  {
    name: 'es nota que no habla de ningún problema',
    locale: 'es',
    person: person('Tomás Reyes', 'Gerente', 'owner', 'general-management'),
    company: company('Reyes Consultores', 'Consultoría', [11, 50], 'ES'),
    pain: 'Se va de vacaciones en agosto',
    expect: { verdict: 'nurture', kind: 'angle', problem: 'choice' },
  },
  {
    name: 'es necesidad descartada con todo lo demás fuerte',
    locale: 'es',
    person: person('Gloria Méndez', 'Directora de Operaciones', 'director', 'operations'),
    company: company('Méndez Logística', 'Servicios logísticos', [51, 200], 'ES'),
    answers: { ...STRONG, need: 'no' },
    expect: { verdict: 'disqualified', problem: null, kind: 'close-out', reason: 'no-need' },
  },
  {
    name: 'es empresa en crecimiento sin entrevista',
    locale: 'es',
    person: person('Hugo Blanco', 'CEO', 'c-level', 'general-management'),
    company: company('Blanco Tech', 'Tecnología de la información', [51, 200], 'PT', {
      headcountGrowth: 35,
    }),
    expect: {
      problem: 'ramp-new-reps',
      kind: 'angle',
      verdict: 'nurture',
      hook: 'headcount-growth',
      cites: ['Blanco Tech'],
    },
  },
  {
    name: 'es nueva oficina en México',
    locale: 'es',
    person: person('Valeria Campos', 'Directora de Expansión', 'director', 'general-management'),
    company: company('Campos Servicios Financieros', 'Servicios financieros', [201, 500], 'MX', {
      events: ['Abre nueva oficina en Monterrey'],
    }),
    expect: {
      verdict: 'nurture',
      problem: 'ramp-new-reps',
      kind: 'angle',
      hook: 'new-location',
      cites: ['Abre nueva oficina en Monterrey'],
    },
  },
  {
    name: 'es tienda online sin CRM',
    locale: 'es',
    person: person('Irene Lozano', 'Fundadora', 'owner', 'general-management'),
    company: company('Lozano Moda', 'Comercio minorista', [11, 50], 'ES', {
      tech: ['Shopify', 'Stripe'],
    }),
    expect: {
      verdict: 'nurture',
      kind: 'angle',
      hook: 'tech-gap',
      problem: 'scattered-data',
      cites: ['Shopify'],
    },
  },
  {
    name: 'es presupuesto y plazo del correo, sin entrevista',
    locale: 'es',
    person: person('Alberto Sanz', 'Director Financiero', 'c-level', 'finance'),
    company: company('Sanz Distribuciones', 'Venta al por mayor', [51, 200], 'ES'),
    sentences: ['Tenemos 20.000 € aprobados y lo queremos en marcha este trimestre.'],
    expect: {
      verdict: 'nurture',
      problem: 'pipeline-visibility',
      kind: 'angle',
      cites: ['director financiero'],
    },
  },
  {
    name: 'es empresa demasiado grande',
    locale: 'es',
    person: person('Lorena Pastor', 'Directora de Compras', 'director', 'purchasing'),
    company: company('Grupo Pastor Retail', 'Comercio minorista', [5001, 10000], 'ES'),
    // Size is not a must-have: too large lowers the fit and the grade, the rep decides.
    expect: {
      problem: 'ramp-new-reps',
      kind: 'angle',
      verdict: 'nurture',
      cites: ['directora de compras'],
    },
  },
  {
    name: 'es fuera de territorio: Argentina sí es LATAM',
    locale: 'es',
    person: person('Julián Ferreyra', 'Gerente Comercial', 'manager', 'sales'),
    company: company('Ferreyra Software', 'Software', [11, 50], 'AR'),
    expect: {
      verdict: 'nurture',
      problem: 'ramp-new-reps',
      kind: 'angle',
      cites: ['gerente comercial'],
    },
  },
  {
    name: 'es fuera de territorio: Estados Unidos',
    locale: 'es',
    person: person('Marisa Long', 'Directora de Ventas', 'director', 'sales'),
    company: company('Long Consulting Demo', 'Consultoría', [51, 200], 'US'),
    expect: {
      verdict: 'disqualified',
      problem: null,
      kind: 'close-out',
      reason: 'outside-territory',
    },
  },
  {
    name: 'es sin autoridad ni acceso',
    locale: 'es',
    person: person('Diego Campos', 'Técnico de Marketing', 'entry', 'marketing'),
    company: company('Campos Agencia', 'Marketing', [11, 50], 'ES'),
    answers: { need: 'yes', authority: 'no-access' },
    expect: { verdict: 'disqualified', problem: null, kind: 'close-out', reason: 'no-authority' },
  },
  {
    name: 'es cualificado con enlace de reserva',
    locale: 'es',
    person: person('Elisa Roca', 'Directora Comercial', 'director', 'sales'),
    company: company('Roca Servicios', 'Servicios profesionales', [51, 200], 'ES', {
      hiring: true,
    }),
    answers: STRONG,
    expect: {
      problem: 'slow-follow-up',
      kind: 'angle',
      verdict: 'qualified',
      cites: ['Roca Servicios'],
    },
  },
  {
    name: 'es CHAMP: el reto encaja',
    locale: 'es',
    frameworkId: 'champ',
    person: person('Marcos Vela', 'Director de Operaciones', 'director', 'operations'),
    company: company('Vela Consultoría', 'Consultoría', [11, 50], 'ES'),
    expect: {
      verdict: 'nurture',
      problem: 'ramp-new-reps',
      kind: 'angle',
      cites: ['director de operaciones'],
    },
  },
  {
    name: 'es respuestas viejas',
    locale: 'es',
    person: person('Rosa Prieto', 'Gerente', 'owner', 'general-management'),
    company: company('Prieto Comercio', 'Comercio', [11, 50], 'ES'),
    answers: { need: { value: 'yes', ageDays: 200 }, budget: { value: 'allocated', ageDays: 200 } },
    expect: {
      verdict: 'nurture',
      problem: 'ramp-new-reps',
      kind: 'angle',
      cites: ['sector comercio', 'Como gerente'],
    },
  },
  {
    name: 'es contacto ilocalizable',
    locale: 'es',
    person: person('Mario Gálvez', 'Director Comercial', 'director', 'sales', { reachable: false }),
    company: company('Gálvez Software', 'Software', [51, 200], 'ES'),
    expect: { verdict: 'disqualified', problem: null, kind: 'close-out', reason: 'unreachable' },
  },
  {
    name: 'es empresa joven de software',
    locale: 'es',
    person: person('Clara Núñez', 'Cofundadora', 'owner', 'general-management'),
    company: company('Núñez Apps', 'Desarrollo de software', [11, 50], 'ES', { founded: 2023 }),
    expect: {
      verdict: 'nurture',
      problem: 'ramp-new-reps',
      kind: 'angle',
      cites: ['desarrollo de software', 'cofundadora'],
    },
  },
];
