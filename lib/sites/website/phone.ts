/**
 * Phone numbers as pages and signatures write them, and the country their international
 * prefix implies. Only prefixes that name one country are mapped (+1 covers many).
 */

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
