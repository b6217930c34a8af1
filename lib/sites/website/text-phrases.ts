import type { Headcount } from './text-facts';
import { saneHeadcount as sane } from './text-facts';

/**
 * Facts a company states about itself in prose: when it was founded, how many people it
 * has. Run extension-side (text-interpret.ts) over the lines the reader collected where
 * the company talks about itself (text-facts.ts `companyTextLines`).
 */

const YEAR = '((?:18|19|20)\\d{2})(?!\\d)';
/** "Fundada en 2011", "founded in Leeds in 2016", "nació en Oviedo en 2011", "gegründet 1964". */
const FOUNDED_VERB = new RegExp(
  `(?:^|[^\\p{L}])(?:founded|established|est\\.|fundad[oa]s?|fundamos|nació|nacimos|naci[oó]|cread[oa]|fondée?s?|gegründet|fondat[oa])(?:\\s*:)?(?:\\s+[\\p{L}.,'’-]+){0,5}?\\s*(?:\\s(?:in|en|em|el|im|nel|le|au|a)(?:\\s(?:el año|the year|jahr|l'anno|año))?)?\\s+${YEAR}`,
  'iu',
);
/** "Desde 1952", "since 1998", "depuis 1987", "seit 1964", "dal 1921". */
const SINCE = new RegExp(
  `(?:^|[^\\p{L}])(?:desde|since|depuis|seit|dal|desde o ano de)\\s+${YEAR}`,
  'iu',
);

export function foundedInText(lines: readonly string[], now: Date): number | null {
  for (const re of [FOUNDED_VERB, SINCE]) {
    for (const line of lines) {
      const m = re.exec(line);
      const y = m?.[1] ? Number(m[1]) : NaN;
      if (y >= 1800 && y <= now.getUTCFullYear()) return y;
    }
  }
  return null;
}

const NOUN =
  '(?:employees|employés|empleados|empleadas|trabajadores|trabajadoras|personas|people|professionals|profesionales|profissionais|colaboradores|colaboradoras|collaborateurs|collaboratrices|salariés|mitarbeiter(?:innen)?|mitarbeitende|beschäftigte|dipendenti|collaboratori|persone|funcionários|pessoas|team members|staff|especialistas|specialists|ingenieros|engineers)';
const NUM = '(\\d{1,3}(?:[.,\\s]\\d{3})+|\\d{1,6})';
const RANGE = new RegExp(
  `(?:between|entre|zwischen|tra|fra)?\\s*${NUM}\\s*(?:-|–|a|to|y|and|bis|à|e)\\s*${NUM}\\s+${NOUN}`,
  'iu',
);
const OVER = new RegExp(
  `(?:over|more than|más de|mas de|mais de|plus de|über|mehr als|oltre|più di)\\s+${NUM}\\s+${NOUN}`,
  'iu',
);
const PLUS = new RegExp(`(?:\\+\\s?${NUM}|${NUM}\\s?\\+)\\s+${NOUN}`, 'iu');
const EXACT = new RegExp(
  `(?:equipo de|plantilla de|team of|a team of|staff of|équipe de|team von|squadra di|equipa de|somos|contamos con|trabajamos|we are|we employ|empleamos a|nous sommes|wir sind|siamo|trabajan|work)\\s+${NUM}\\s+${NOUN}`,
  'iu',
);

/** "a 60-person team", "a 60-strong team". */
const N_PERSON_TEAM = new RegExp(`${NUM}[- ](?:person|people|strong)\\s+team`, 'iu');

/** The page speaks of itself (not of its customers' size) on this line. */
const SELF =
  /(?:^|[^\p{L}])(?:somos|contamos|equipo|plantilla|trabajan|trabajamos|empleamos|nuestr[oa]s?|we|our|team|employ|nous|notre|nos|équipe|comptons|employons|wir|unser\w*|beschäftigen|siamo|contiamo|abbiamo|impieghiamo|nostr[oaie]|squadra|equipa|nossa|nosso|temos|empregamos|empresa)(?=[^\p{L}]|$)/iu;
const CUSTOMERS =
  /(?:clientes|customers|clients|kunden|clienti|empresas de|companies with|businesses with|pymes|para empresas|for companies|for businesses|entreprises de|unternehmen mit|aziende con)/i;

const count = (s: string | undefined): number => Number((s ?? '').replace(/[.,\s]/g, ''));

export function headcountInText(lines: readonly string[]): Headcount | null {
  for (const line of lines) {
    if (line.length > 600 || !SELF.test(line) || CUSTOMERS.test(line)) continue;
    const range = RANGE.exec(line);
    if (range) {
      const a = count(range[1]);
      const b = count(range[2]);
      if (sane(a) && sane(b) && b > a) return { min: a, max: b };
    }
    const over = OVER.exec(line);
    if (over && sane(count(over[1]))) return { min: count(over[1]) + 1, max: null };
    const plus = PLUS.exec(line);
    const p = count(plus?.[1] ?? plus?.[2]);
    if (plus && sane(p)) return { min: p, max: null };
    const exact = EXACT.exec(line) ?? N_PERSON_TEAM.exec(line);
    if (exact && sane(count(exact[1]))) return { min: count(exact[1]), max: count(exact[1]) };
  }
  return null;
}

/** schema.org `numberOfEmployees`: a number or a QuantitativeValue (value, or min/max). */
