import { nameTokens } from './fold';

/**
 * The legal form at the end of a company name, as tokens after folding: a dotted "S.L."
 * folds to `s l`, an undotted "SL" to `sl`, so both spellings are listed. Only trailing
 * forms are stripped ("Sociedad Anónima de Cementos" keeps its words).
 */
const LEGAL_FORMS: readonly string[] = [
  's l u',
  'slu',
  's l l',
  'sll',
  's l',
  'sl',
  's a u',
  'sau',
  's a de c v',
  'sa de cv',
  's a s',
  'sas',
  's a',
  'sa',
  's coop',
  'sociedad limitada',
  'sociedad anonima',
  's a r l',
  'sarl',
  'gmbh',
  'gmbh co kg',
  'co kg',
  'kg',
  'ag',
  'ltd',
  'limited',
  'plc',
  'llc',
  'l l c',
  'llp',
  'inc',
  'incorporated',
  'corp',
  'corporation',
  'co',
  'company',
  'b v',
  'bv',
  'n v',
  'nv',
  's r l',
  'srl',
  's p a',
  'spa',
  'sp z o o',
  'lda',
  'ltda',
  'oy',
  'ab',
];
/** Longest first, so "S.L.U." is stripped whole and not as "U" after "S.L.". */
const FORMS = LEGAL_FORMS.map((f) => f.split(' ')).sort((a, b) => b.length - a.length);

function endsWith(tokens: readonly string[], form: readonly string[]): boolean {
  if (form.length >= tokens.length) return false; // never strip a name down to nothing
  const offset = tokens.length - form.length;
  return form.every((t, i) => tokens[offset + i] === t);
}

/**
 * A company name as a comparison key: folded, without its trailing legal forms (several,
 * as in "GmbH & Co. KG"). Null when nothing is left to compare.
 */
export function companyNameKey(name: string | null | undefined): string | null {
  let tokens = nameTokens(name);
  for (let stripped = true; stripped;) {
    stripped = false;
    for (const form of FORMS) {
      if (endsWith(tokens, form)) {
        tokens = tokens.slice(0, tokens.length - form.length);
        stripped = true;
        break;
      }
    }
  }
  const key = tokens.join(' ');
  return key.length >= 2 ? key.slice(0, 300) : null;
}

/** Two company names that name the same company once accents, case and legal forms go. */
export function sameCompanyName(a: string | null | undefined, b: string | null | undefined) {
  const ka = companyNameKey(a);
  return ka !== null && ka === companyNameKey(b);
}
