import type { Locale } from '../model/vocab';
import { territoryLabel } from '../icp/countries';
import type { Criterion } from '../icp/icp-schema';
import { textIn } from '../icp/localized-text';
import { DEPARTMENT_LABELS, SENIORITY_LABELS } from '../icp/vocab-labels';

const WORDS = {
  en: {
    industry: 'Industry',
    size: 'Size',
    employees: 'employees',
    orMore: 'or more',
    territory: 'Territory',
    uses: 'Uses',
    usesNone: 'Does not use',
    hiring: 'Hiring now',
    notHiring: 'Not hiring',
    seniority: 'Seniority',
    department: 'Department',
    keywords: 'Keywords',
  },
  es: {
    industry: 'Sector',
    size: 'Tamaño',
    employees: 'empleados',
    orMore: 'o más',
    territory: 'Territorio',
    uses: 'Usa',
    usesNone: 'No usa',
    hiring: 'Está contratando',
    notHiring: 'No está contratando',
    seniority: 'Nivel',
    department: 'Área',
    keywords: 'Palabras clave',
  },
} satisfies Record<Locale, Record<string, string>>;

/** Long lists are cut so that a label stays one line: "software, retail, … (+8)". */
function list(values: readonly string[]): string {
  const shown = values.slice(0, 6).join(', ');
  return values.length > 6 ? `${shown}, … (+${values.length - 6})` : shown;
}

const numbers: Partial<Record<Locale, Intl.NumberFormat>> = {};
function num(locale: Locale, n: number): string {
  const f = (numbers[locale] ??= new Intl.NumberFormat(locale === 'es' ? 'es-ES' : 'en-GB'));
  return f.format(n);
}

type LabelCache = Record<Locale, Partial<Record<Locale, string>>>;
const cache = new WeakMap<Criterion, LabelCache>();

/** The criterion as the rep reads it in the score's language, e.g. "Tamaño: 11–500 empleados". */
export function criterionLabel(c: Criterion, locale: Locale, icpLocale: Locale): string {
  let byLocale = cache.get(c);
  if (!byLocale) cache.set(c, (byLocale = { en: {}, es: {} }));
  let label = byLocale[locale][icpLocale];
  if (label === undefined) {
    label = compose(c, locale, icpLocale).slice(0, 300);
    byLocale[locale][icpLocale] = label;
  }
  return label;
}

function compose(c: Criterion, locale: Locale, icpLocale: Locale): string {
  const w = WORDS[locale];
  switch (c.kind) {
    case 'industry':
      return `${w.industry}: ${list(c.params.values)}`;
    case 'size': {
      const { min, max } = c.params;
      const range =
        max === null
          ? `${num(locale, min)} ${w.orMore}`
          : `${num(locale, min)}–${num(locale, max)}`;
      return `${w.size}: ${range} ${w.employees}`;
    }
    case 'country':
      return `${w.territory}: ${c.params.values.map((v) => territoryLabel(v, locale)).join(', ')}`;
    case 'tech':
      return `${c.params.mode === 'any' ? w.uses : w.usesNone}: ${list(c.params.values)}`;
    case 'hiring':
      return c.params.value ? w.hiring : w.notHiring;
    case 'seniority':
      return `${w.seniority}: ${c.params.values.map((v) => SENIORITY_LABELS[locale][v]).join(', ')}`;
    case 'department':
      return `${w.department}: ${c.params.values.map((v) => DEPARTMENT_LABELS[locale][v]).join(', ')}`;
    case 'keyword':
      return textIn(c.params.label, locale, icpLocale) ?? `${w.keywords}: ${list(c.params.values)}`;
  }
}
