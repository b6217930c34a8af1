/**
 * Phone numbers as pages and signatures write them, and the country their international
 * prefix implies. Only prefixes that name one country are mapped (+1 covers many).
 */

const PREFIX_COUNTRY: readonly [string, string][] = [
  ['351', 'PT'],
  ['353', 'IE'],
  ['352', 'LU'],
  ['598', 'UY'],
  ['593', 'EC'],
  ['34', 'ES'],
  ['33', 'FR'],
  ['49', 'DE'],
  ['39', 'IT'],
  ['44', 'GB'],
  ['52', 'MX'],
  ['54', 'AR'],
  ['57', 'CO'],
  ['56', 'CL'],
  ['51', 'PE'],
  ['31', 'NL'],
  ['32', 'BE'],
  ['41', 'CH'],
  ['43', 'AT'],
  ['55', 'BR'],
];

/** Country (ISO 3166-1 alpha-2) from a `+NN` or `00NN` prefix; null when absent or shared. */
export function countryFromPhone(phone: string | null | undefined): string | null {
  if (!phone) return null;
  const m = /^\s*(?:\+|00)\s?(\d{1,3})/.exec(phone);
  if (!m) return null;
  const digits = phone.replace(/^\s*(?:\+|00)/, '').replace(/\D/g, '');
  for (const [prefix, country] of PREFIX_COUNTRY) if (digits.startsWith(prefix)) return country;
  return null;
}

/** The number of a `tel:` link, decoded and trimmed; null when it holds too few digits. */
export function phoneFromTelHref(href: string | null | undefined): string | null {
  if (!href || !/^\s*tel:/i.test(href)) return null;
  let s = href.trim().slice(4).split(/[;?]/)[0] ?? '';
  try {
    s = decodeURIComponent(s);
  } catch {
    // Keep the raw text when the escape is malformed.
  }
  return cleanPhone(s);
}

/** A phone-like string (7–15 digits, usual separators), tidied; null otherwise. */
export function cleanPhone(raw: string | null | undefined): string | null {
  if (!raw) return null;
  const s = raw.replace(/\s+/g, ' ').trim().slice(0, 40);
  if (!/^(?:\+|00)?[\d\s().\-/]+$/.test(s)) return null;
  const digits = s.replace(/\D/g, '').length;
  return digits >= 7 && digits <= 15 ? s : null;
}

/** A phone number inside a line of text ("Tel.: +34 941 555 218", "M: 654 321 987"). */
export function phoneInText(line: string): string | null {
  const m = /(?:^|[^\w+])((?:\+|00)?\d[\d\s().\-/]{6,22}\d)(?!\w)/.exec(line);
  return m?.[1] ? cleanPhone(m[1]) : null;
}
