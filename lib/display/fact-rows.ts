import { t, type MessageKey } from '../i18n';
import type { FieldMap, FieldValue } from '../model/records';
import type { SignalValue } from '../model/signal';
import { LIST_COMPANY_FIELDS, type Entity, type Locale } from '../model/vocab';
import { countryName } from './country-name';
import { sizeRange } from './size-range';

/** One line of the facts card; `size` joins the two headcount fields into one range. */
export interface FactRowSpec {
  id: string;
  fields: readonly string[];
}

const one = (id: string): FactRowSpec => ({ id, fields: [id] });

export const PERSON_ROWS: readonly FactRowSpec[] = [
  'name',
  'title',
  'seniority',
  'department',
  'location',
  'email',
  'phone',
  'linkedinUrl',
].map(one);

export const COMPANY_ROWS: readonly FactRowSpec[] = [
  one('name'),
  one('website'),
  one('domain'),
  one('industry'),
  { id: 'size', fields: ['employeesMin', 'employeesMax'] },
  ...['location', 'country', 'founded', 'tech', 'hiring', 'hiringRoles'].map(one),
  ...['linkedinUrl', 'phone', 'email', 'specialties', 'description'].map(one),
];

export function rowsOf(entity: Entity): readonly FactRowSpec[] {
  return entity === 'person' ? PERSON_ROWS : COMPANY_ROWS;
}

/** The value a row shows and whose source it cites: the first of its fields that is known. */
export function rowValue(row: FactRowSpec, fields: FieldMap): FieldValue | undefined {
  for (const f of row.fields) if (fields[f] !== undefined) return fields[f];
  return undefined;
}

/**
 * Rows split into what is known and what could be added (`all`: both, in their usual
 * order). The domain is left out when the website already says it: the rep reads one
 * address, not the same one twice.
 */
export function splitRows(
  entity: Entity,
  fields: FieldMap,
): { all: FactRowSpec[]; known: FactRowSpec[]; missing: FactRowSpec[] } {
  const all = rowsOf(entity).filter(
    (row) => !(entity === 'company' && row.id === 'domain' && websiteSaysDomain(fields)),
  );
  const known = all.filter((row) => rowValue(row, fields) !== undefined);
  const missing = all.filter((row) => rowValue(row, fields) === undefined);
  return { all, known, missing };
}

function websiteSaysDomain(fields: FieldMap): boolean {
  const site = fields.website?.value;
  const domain = fields.domain?.value;
  if (typeof site !== 'string') return false;
  if (typeof domain !== 'string') return true;
  const host = hostOf(site);
  return host === domain || host.endsWith(`.${domain}`);
}

function hostOf(url: string): string {
  try {
    return new URL(/^[a-z][a-z\d+.-]*:/i.test(url) ? url : `https://${url}`).hostname;
  } catch {
    return url;
  }
}

/** An address without what every address has: "acme.example/about", not "https://www.…/". */
export function shortUrl(url: string): string {
  return url
    .replace(/^https?:\/\//i, '')
    .replace(/^www\./i, '')
    .replace(/\/$/, '');
}

export type FactDisplay = { text: string } | { chips: string[] };

/** A row's value as words in the panel's language: names, ranges and chips, not raw codes. */
export function factDisplay(
  entity: Entity,
  row: FactRowSpec,
  fields: FieldMap,
  locale: Locale,
): FactDisplay | null {
  if (row.id === 'size' && entity === 'company') {
    const num = (f: string) => {
      const v = fields[f]?.value;
      return typeof v === 'number' ? v : undefined;
    };
    const text = sizeRange({ min: num('employeesMin'), max: num('employeesMax') }, locale);
    return text === null ? null : { text };
  }
  const value = fields[row.id]?.value;
  return value === undefined ? null : valueDisplay(entity, row.id, value, locale);
}

function valueDisplay(entity: Entity, field: string, v: SignalValue, locale: Locale): FactDisplay {
  if (Array.isArray(v)) return { chips: v };
  if (typeof v === 'boolean' || (entity === 'company' && field === 'hiring'))
    return { text: t(locale, `display.hiring.${String(v) === 'true'}` as MessageKey) };
  if (entity === 'person' && (field === 'seniority' || field === 'department'))
    return { text: vocabLabel(locale, `${field}.${String(v)}`, String(v)) };
  if (entity === 'company' && field === 'country' && typeof v === 'string')
    return { text: countryName(v, locale) };
  if (entity === 'company' && LIST_COMPANY_FIELDS.some((f) => f === field))
    return { chips: [String(v)] };
  if (field === 'website' || field === 'linkedinUrl') return { text: shortUrl(String(v)) };
  // A year is not a quantity: "1998", never "1,998".
  return { text: String(v) };
}

function vocabLabel(locale: Locale, key: string, fallback: string): string {
  const label = t(locale, key as MessageKey);
  return label === key ? fallback : label;
}
