import type { Locale } from '../model/vocab';

const names = new Map<Locale, Intl.DisplayNames>();

/**
 * A country as the rep says it ("Reino Unido", "United Kingdom") from the ISO code readers
 * store ("GB"). Anything that is not a two-letter code is already a name and is kept.
 */
export function countryName(code: string, locale: Locale): string {
  const upper = code.trim().toUpperCase();
  if (!/^[A-Z]{2}$/.test(upper)) return code;
  let display = names.get(locale);
  if (!display) {
    display = new Intl.DisplayNames([locale === 'es' ? 'es-ES' : 'en-GB'], {
      type: 'region',
      fallback: 'code',
    });
    names.set(locale, display);
  }
  try {
    return display.of(upper) ?? code;
  } catch {
    return code;
  }
}
