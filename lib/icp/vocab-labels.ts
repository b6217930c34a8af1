import type { Department, Locale, Seniority } from '../model/vocab';

/** How seniority levels read in criterion labels and generated text. */
export const SENIORITY_LABELS: Record<Locale, Record<Seniority, string>> = {
  en: {
    owner: 'owner or founder',
    'c-level': 'C-level',
    vp: 'vice president',
    director: 'director',
    manager: 'manager',
    senior: 'senior',
    entry: 'entry level',
    intern: 'intern',
  },
  es: {
    owner: 'propietario o fundador',
    'c-level': 'alta dirección',
    vp: 'vicepresidente',
    director: 'director',
    manager: 'responsable',
    senior: 'sénior',
    entry: 'nivel inicial',
    intern: 'becario',
  },
};

/** Department names, lower case, as they read inside a sentence. */
export const DEPARTMENT_LABELS: Record<Locale, Record<Department, string>> = {
  en: {
    sales: 'sales',
    marketing: 'marketing',
    engineering: 'engineering',
    operations: 'operations',
    finance: 'finance',
    hr: 'people and HR',
    it: 'IT',
    legal: 'legal',
    purchasing: 'purchasing',
    product: 'product',
    support: 'customer support',
    'general-management': 'general management',
    other: 'other areas',
  },
  es: {
    sales: 'ventas',
    marketing: 'marketing',
    engineering: 'ingeniería',
    operations: 'operaciones',
    finance: 'finanzas',
    hr: 'personas y RR. HH.',
    it: 'sistemas (IT)',
    legal: 'legal',
    purchasing: 'compras',
    product: 'producto',
    support: 'atención al cliente',
    'general-management': 'dirección general',
    other: 'otras áreas',
  },
};
