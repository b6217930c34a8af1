import { inertText } from '../text/inert-text';

/**
 * What a text cell holds in a CSV, safe to open in Excel, LibreOffice or Sheets.
 *
 * Formula injection: a cell starting with `=`, `+`, `-`, `@`, tab or CR — or their
 * full-width forms `＝ ＋ － ＠`, which spreadsheets with East Asian input treat as the
 * same — would be run as a formula, so it gets a leading `'` (OWASP's advice).
 * A value that is only a phone number (`+34 943 631 245`, `+34943631245`,
 * `+1 (555) 010-0199`) stays as written: digits, spaces and `( ) . - /` cannot name a
 * function or a cell, so at worst a spreadsheet shows it as a number — and the rep's
 * CRM import gets the number the rep saw.
 *
 * Before that, invisible controls go (inertText): NUL truncates cells in some readers,
 * and bidi overrides would make the cell display something else than it holds.
 */
const FORMULA_START = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;
const PHONE_ONLY = /^\+[\d(][\d ().\-/]*$/;
const MIN_PHONE_DIGITS = 6;

function isPhoneOnly(text: string): boolean {
  if (!PHONE_ONLY.test(text)) return false;
  let digits = 0;
  for (const ch of text) if (ch >= '0' && ch <= '9') digits++;
  return digits >= MIN_PHONE_DIGITS;
}

export function neutraliseFormula(text: string): string {
  return FORMULA_START.test(text) && !isPhoneOnly(text) ? `'${text}` : text;
}

/** The text a cell is written with: invisible controls removed, formulas neutralised. */
export function csvSafeText(text: string): string {
  return neutraliseFormula(inertText(text));
}
