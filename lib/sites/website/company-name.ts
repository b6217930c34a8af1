import { fold } from './text-lines';

/**
 * Company names as pages and signatures write them, and whether a name is the one a
 * domain spells. No Public Suffix List here (it stays out of content scripts): the few
 * second-level labels that matter for names are listed instead.
 */

const LEGAL_SUFFIX =
  /[,\s]+(?:s\.?\s?l\.?\s?[lpu]?\.?|s\.?\s?a\.?\s?u?\.?|s\.?\s?coop\.?|ltd\.?|limited|llc|inc\.?|corp\.?|gmbh|ag|kg|sas|sarl|s\.?a\.?r\.?l\.?|b\.?v\.?|n\.?v\.?|lda\.?|s\.?p\.?a\.?|s\.?r\.?l\.?|plc|co\.?)$/i;

/** A company name without its legal form: "Viñedos Altamira S.L." → "Viñedos Altamira". */
export function withoutLegalForm(name: string): string {
  return name.replace(LEGAL_SUFFIX, '').trim();
}

/** Second-level labels that are part of a public suffix (co.uk, com.mx…), not the name. */
const SECOND_LEVEL = new Set(['co', 'com', 'org', 'net', 'gov', 'gob', 'edu', 'ac', 'or', 'ne']);

/** The label of a host or domain that names the organisation ("vinedosaltamira"). */
export function nameLabel(host: string): string {
  const labels = host
    .toLowerCase()
    .replace(/^www\d?\./, '')
    .split('.');
  labels.pop();
  if (labels.length > 1 && SECOND_LEVEL.has(labels[labels.length - 1] ?? '')) labels.pop();
  return fold(labels[labels.length - 1] ?? '');
}

/**
 * True when a line names the company behind one of the domains: its letters, without the
 * legal form, equal the domain's name label or most of it ("Harbourline Freight Ltd" ↔
 * harbourlinefreight.co.uk; "Altamira" alone does not name vinedosaltamira.es).
 */
export function companyMatchesDomain(part: string, domains: readonly string[]): boolean {
  if (part.length > 80 || /[@]|https?:|www\./i.test(part)) return false;
  const f = fold(withoutLegalForm(part));
  if (f.length < 3) return false;
  for (const d of domains) {
    const label = withoutDomainAffix(nameLabel(d), f);
    if (label.length < 3) continue;
    if (f === label) return true;
    if (f.length >= 4 && label.includes(f) && f.length >= label.length * 0.75) return true;
    if (label.length >= 4 && f.startsWith(label) && label.length >= f.length * 0.75) return true;
  }
  return false;
}

/**
 * Domains often wrap the name in a word of their own (leandatainc.com, gethopper.com,
 * acmehq.com): the label without it, when the name itself does not carry that word.
 */
function withoutDomainAffix(label: string, name: string): string {
  const bare = label.replace(
    /^(?:get|try|use|go)(?=.{4})|(?<=.{4})(?:inc|hq|app|group|corp|llc|ltd)$/,
    '',
  );
  return name.includes(label) ? label : bare;
}

/** Words a page uses for itself that are not a company's name. */
const GENERIC_NAME =
  /^(?:home(?:page)?|inicio|portada|start(?:seite)?|accueil|p[áa]gina principal[e]?|início|welcome|bienvenid[oa]s?|bienvenue|willkommen|benvenuti|coming soon|pr[óo]ximamente|(?:en|under) construcci?[óo]n|maintenance|mantenimiento|(?:page )?not found|página no encontrada|40[34]|500|error|index of .*|untitled|sin título|default web site page|test page|just a moment\.*|attention required!?|site not found|access denied|logo|blog|news|noticias|contacto?|about(?: us)?|sobre nosotros|quiénes somos|men[uú])$/i;

/**
 * A name as a page states it, tidied; null when it is empty, generic ("Inicio", "Coming
 * soon"), a sentence or an address rather than a name.
 */
export function cleanCompanyName(raw: string | null | undefined): string | null {
  if (!raw) return null;
  const s = raw
    .replace(/\s+/g, ' ')
    .replace(/^[\s|·•:–—-]+|[\s|·•:,;–—-]+$/g, '')
    .trim();
  if (s.length < 2 || s.length > 100) return null;
  if (/https?:|www\.|@|[<>{}]|\.(?:png|jpe?g|gif|svg|webp)$/i.test(s)) return null;
  if (s.split(' ').length > 8) return null;
  if (GENERIC_NAME.test(s)) return null;
  // "Segment Blog", "Acme Newsroom": the company's publication, named after the company.
  return s.replace(/\s+(?:blog|newsroom|news room)$/i, '') || s;
}
