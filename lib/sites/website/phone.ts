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

/** Dates (12/05/2024, 2024-05-12) and grouped amounts (1.200.000) in text share a phone's characters. */
const NOT_A_PHONE = /^(?:\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{4}-\d{2}-\d{2}|\d{1,3}(?:[.,]\d{3})+)$/;

/** A phone number inside a line of text ("Tel.: +34 941 555 218", "M: 654 321 987"). */
export function phoneInText(line: string): string | null {
  const m = /(?:^|[^\w+(])((?:\+|00|\()?\d[\d\s().\-/]{6,22}\d)(?!\w)/.exec(line);
  return m?.[1] ? cleanPhone(m[1]) : null;
}

/**
 * The first phone of contact text (run extension-side on the lines the reader sent): after a label ("T. 985 20 41 77", "Tel.: +34 …",
 * "Telefon:", "Phone"), or a line that is nothing but an international or US-style
 * number ("+48 22 123 45 67", "(503) 555-0142"); never a fax number or an order number.
 */
export function labelledPhone(lines: readonly string[]): string | null {
  for (const line of lines.slice(0, 800)) {
    const m = PHONE_LABEL.exec(line);
    const number = m
      ? phoneInText(line.slice(m.index))
      : BARE_PHONE.test(line)
        ? cleanPhone(line)
        : null;
    if (number && !NOT_A_PHONE.test(number)) return number;
  }
  return null;
}

const PHONE_LABEL =
  /(?:^|[^\p{L}])(?:tel|tél|telf|tfno|tlf|teléfono|telefono|téléphone|telefon|telefone|phone|ph|fon|t|call us|llámanos|chiamaci|appelez-nous|zadzwoń)[.:\s][.:\s]*(?:\+|00|\(|\d)/iu;
const BARE_PHONE = /^(?:\+\d|\(\d{2,3}\)\s?\d)[\d\s().\-/]{6,22}\d$/;
