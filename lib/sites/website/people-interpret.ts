import type { PersonLead } from './people';

/**
 * The page's main person from what the website reader collected: the leads it read from
 * JSON-LD and the page's own byline first, then team, founder and press-contact lines
 * ("Lucía Ferrer, fundadora y CEO", "Founder & CEO: Tom Hale", a name line over a role
 * line). Extension-side, so the role words cost the content script nothing.
 */

/** Roles a company page names its people by, in the languages Criba reads. */
const ROLE =
  /\b(?:co-?founder|founder|fundador[a]?|cofundador[a]?|co-?fundador[a]?|fondat(?:eur|rice)|cofondat(?:eur|rice)|gründer(?:in)?|mitgründer(?:in)?|fondat(?:ore|rice)|ceo|cto|coo|cfo|cmo|managing director|director[a]?|directeur|directrice|direttore|geschäftsführer(?:in)?|gerente|president[ea]?|présidente?|socio|socia|partner|head of [\p{L} ]+|responsable de [\p{L} ]+|press contact|media contact|contacto de prensa|contact presse|pressekontakt|contatto stampa)\b/iu;

/** A person's name: two to four capitalised words, no digits, no role words. */
const NAME =
  /^\p{Lu}[\p{L}'’.-]*(?:\s(?:de|del|la|van|von|da|di|dos|y)?\s?\p{Lu}[\p{L}'’.-]*){1,3}$/u;
const NOT_A_NAME =
  /\b(?:team|equipo|équipe|redacción|redaction|editorial|staff|admin|news|noticias|press|prensa|contact|contacto|inc|ltd|s\.?l|gmbh)\b/i;
/** "By", "Por", "Par", "Von", "Di", "Written by" before a byline's name. */
const BY = /^(?:written\s+by|posted\s+by|by|por|par|von|di|de|escrito\s+por|publicado\s+por)\s+/i;

function personName(raw: string, company: string | null): string | null {
  const name = raw.replace(BY, '').replace(/\s+/g, ' ').trim();
  if (name.length > 60 || !NAME.test(name) || NOT_A_NAME.test(name) || ROLE.test(name)) return null;
  return company && name.toLowerCase() === company.toLowerCase() ? null : name;
}

/** "Name, Role", "Name – Role", "Role: Name" on one line. */
function fromLine(line: string, company: string | null): PersonLead | null {
  if (line.length > 120 || !ROLE.test(line)) return null;
  const m = /^(.{3,60}?)\s*(?:,|–|—|-|\||·)\s*(.{2,80})$/u.exec(line);
  if (m?.[1] && m[2]) {
    const name = personName(m[1], company);
    if (name && ROLE.test(m[2])) return { name, role: m[2].trim() };
    const reversed = personName(m[2], company);
    if (reversed && ROLE.test(m[1])) return { name: reversed, role: m[1].trim() };
  }
  const colon = /^(.{2,60}?):\s*(.{3,60})$/u.exec(line);
  const name = colon?.[2] ? personName(colon[2], company) : null;
  return name && colon?.[1] && ROLE.test(colon[1]) ? { name, role: colon[1].trim() } : null;
}

export function mainPerson(
  leads: readonly PersonLead[],
  lines: readonly string[],
  company: string | null,
): PersonLead | null {
  for (const lead of leads) {
    // A byline may carry its role after a comma ("Por Ana Ruiz, directora de marketing").
    const [first = '', ...rest] = lead.name.split(/\s*,\s*/);
    const name = personName(first, company);
    const role = lead.role ?? (rest.length && ROLE.test(rest.join(', ')) ? rest.join(', ') : null);
    if (name) return { name, role };
  }
  for (let i = 0; i < Math.min(lines.length, 800); i++) {
    const line = lines[i] ?? '';
    const one = fromLine(line, company);
    if (one) return one;
    // A team card: the name on one line, the role on the next.
    const next = lines[i + 1] ?? '';
    const name = next.length <= 80 && ROLE.test(next) ? personName(line, company) : null;
    if (name) return { name, role: next };
  }
  return null;
}
