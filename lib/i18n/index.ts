import type { Locale } from '../model/vocab';
import * as calibration from './messages/calibration';
import * as common from './messages/common';
import * as data from './messages/data';
import * as decision from './messages/decision';
import * as errors from './messages/errors';
import * as facts from './messages/facts';
import * as identity from './messages/identity';
import * as insights from './messages/insights';
import * as issues from './messages/issues';
import * as list from './messages/list';
import * as options from './messages/options';
import * as panel from './messages/panel';
import * as prospects from './messages/prospects';
import * as qualifyUi from './messages/qualify-ui';
import * as vocab from './messages/vocab';

/**
 * The message catalogue: one file per area under messages/, each exporting `en` and an
 * `es` typed to mirror it (a missing Spanish string is a type error). Register new areas
 * in AREAS below.
 */
const AREAS = [
  calibration,
  common,
  data,
  decision,
  errors,
  facts,
  identity,
  insights,
  issues,
  list,
  options,
  panel,
  prospects,
  qualifyUi,
  vocab,
] as const;

type Union<T> = T extends { en: infer E } ? keyof E : never;
export type MessageKey = Union<(typeof AREAS)[number]>;

const CATALOGUE: Record<Locale, Record<string, string>> = { en: {}, es: {} };
for (const area of AREAS) {
  Object.assign(CATALOGUE.en, area.en);
  Object.assign(CATALOGUE.es, area.es);
}

export type Params = Record<string, string | number>;

/** Something to tell the rep, named by its key: lib/ says what, the page says it in its language. */
export interface Message {
  key: MessageKey;
  params?: Params;
}

/**
 * Translates `key`, filling `{name}` placeholders; numbers are formatted for the locale
 * (formatNumber: "60,000" / "60.000"; CLDR Spanish leaves four digits ungrouped, "6000").
 * With `count: 1`, the key's singular `<key>.one` is used when the catalogue has one
 * (both languages say "1 prospect", not "1 prospects").
 */
export function t(locale: Locale, key: MessageKey, params?: Params): string {
  const one = params?.count === 1 ? CATALOGUE[locale][`${key}.one`] : undefined;
  const template = one ?? CATALOGUE[locale][key] ?? CATALOGUE.en[key] ?? key;
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const v = params[name];
    if (v === undefined) return whole;
    return typeof v === 'number' ? formatNumber(locale, v) : v;
  });
}

/** A translator bound to one locale, as the UI uses it. */
export function translator(locale: Locale) {
  return (key: MessageKey, params?: Params) => t(locale, key, params);
}
export type Translate = ReturnType<typeof translator>;

/** Every key of both languages — for the catalogue completeness test. */
export function catalogueKeys(locale: Locale): string[] {
  return Object.keys(CATALOGUE[locale]);
}

/** The UI language from the browser's language tag; Spanish for any `es-*`. */
export function localeFromLanguageTag(tag: string | null | undefined): Locale {
  return tag && tag.toLowerCase().startsWith('es') ? 'es' : 'en';
}

/** A number as the rep's language writes it (every count shown goes through here). */
export function formatNumber(
  locale: Locale,
  n: number,
  options?: Intl.NumberFormatOptions,
): string {
  return formatter(Intl.NumberFormat, locale, options).format(n);
}

export function formatDate(
  locale: Locale,
  iso: string,
  options?: Intl.DateTimeFormatOptions,
): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return '';
  return formatter(Intl.DateTimeFormat, locale, options ?? { dateStyle: 'medium' }).format(d);
}

// Making an Intl formatter costs far more than using one (the side panel's first facts
// each format a date), so each kind, language and options is made once.
const formatters = new Map<string, { format(v: number | Date): string }>();
function formatter<O>(
  Kind: new (tag: string, options?: O) => { format(v: number | Date): string },
  locale: Locale,
  options: O | undefined,
): { format(v: number | Date): string } {
  const key = `${Kind.name}|${locale}|${JSON.stringify(options ?? null)}`;
  let made = formatters.get(key);
  if (!made) {
    made = new Kind(locale === 'es' ? 'es-ES' : 'en-GB', options);
    formatters.set(key, made);
  }
  return made;
}
