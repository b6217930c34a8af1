import type { Locale } from '../model/vocab';

/**
 * "a, b and c" / "a, b y c". Spanish "y" becomes "e" before an /i/ sound ("Ventas e
 * Innovación") and, in "or" lists, "o" becomes "u" before an /o/ sound.
 */
export function joinList(
  items: readonly string[],
  locale: Locale,
  kind: 'and' | 'or' = 'and',
): string {
  if (items.length <= 1) return items[0] ?? '';
  const last = items[items.length - 1] ?? '';
  const head = items.slice(0, -1).join(', ');
  let word: string;
  if (locale === 'en') word = kind === 'and' ? 'and' : 'or';
  else if (kind === 'and') word = /^h?[iíIÍ](?![aeoáéó])/.test(last) ? 'e' : 'y';
  else word = /^h?[oóOÓ]/.test(last) ? 'u' : 'o';
  return `${head} ${word} ${last}`;
}

/** Lower-cases the first letter of an option label so it reads inside a sentence. */
export function lowerFirst(text: string): string {
  return text ? text.charAt(0).toLocaleLowerCase() + text.slice(1) : text;
}

/** The person's first name from a full name, when it looks like one. */
export function firstName(full: string | null): string | null {
  if (!full) return null;
  const trimmed = full.trim();
  const end = trimmed.search(/\s/);
  const first = end === -1 ? trimmed : trimmed.slice(0, end);
  // Two or more characters with no digit, space or punctuation: not "Dr.", "J.", "(Ana)".
  return first.length > 1 && !/[\d\s@.,;:()/\\[\]{}<>!?"_+=*&%$#|~^`]/.test(first) ? first : null;
}

const numberFormats: Partial<Record<Locale, Intl.NumberFormat>> = {};
const counts = new Map<string, string>();
/** A whole number for the locale ("10,001" / "10.001"), remembered: bands recur. */
export function formatCount(locale: Locale, n: number): string {
  const key = `${locale}|${n}`;
  let text = counts.get(key);
  if (text === undefined) {
    const f = (numberFormats[locale] ??= new Intl.NumberFormat(
      locale === 'es' ? 'es-ES' : 'en-GB',
    ));
    text = f.format(n);
    if (counts.size >= 2048) counts.clear();
    counts.set(key, text);
  }
  return text;
}

/** An employee band as people read it: "51–200", "10,001+" / "10.001+". */
export function formatBand(locale: Locale, min: number | null, max: number | null): string {
  if (min !== null && max !== null)
    return min === max
      ? formatCount(locale, min)
      : `${formatCount(locale, min)}–${formatCount(locale, max)}`;
  if (min !== null) return `${formatCount(locale, min)}+`;
  return formatCount(locale, max ?? 0);
}

const monthFormats: Partial<Record<Locale, Intl.DateTimeFormat>> = {};
const monthCache = new Map<number, string>();
/** "March 2027" / "marzo de 2027". */
export function formatMonthYear(locale: Locale, date: Date): string {
  // A number, not a string, as the key: this runs once per close-out of a re-score.
  const key = (date.getUTCFullYear() * 12 + date.getUTCMonth()) * 2 + (locale === 'es' ? 1 : 0);
  let text = monthCache.get(key);
  if (text === undefined) {
    const f = (monthFormats[locale] ??= new Intl.DateTimeFormat(
      locale === 'es' ? 'es-ES' : 'en-GB',
      { month: 'long', year: 'numeric', timeZone: 'UTC' },
    ));
    text = f.format(date);
    monthCache.set(key, text);
  }
  return text;
}

/**
 * A title, role or industry as it reads inside a Spanish sentence: common nouns are not
 * capitalised there ("como directora comercial", "del sector servicios logísticos").
 * Only words written as Capitalised lower-case change; acronyms and brands that mix cases
 * (CEO, B2B, HubSpot, SaaS) keep theirs. English keeps the page's casing.
 */
export function inSentence(text: string, locale: Locale): string {
  if (locale !== 'es') return text;
  return text.replace(/\p{Lu}\p{Ll}+/gu, (w) => w.toLocaleLowerCase('es'));
}
