import { ldString, type LdNode } from '../shared/json-ld';
import { sameSite, type PageLink } from './links';
import { CAREERS_PATH } from './selectors';

/**
 * Is the company hiring, and for what? Evidence: job postings in JSON-LD, links to its
 * careers page or to an applicant-tracking system, or this page being one. Without
 * evidence the answer stays unknown — a site without a careers link may still hire.
 */

/** Link texts that lead to a careers page. */
const CAREERS_TEXT =
  /^(?:careers?|jobs|job openings|open positions|empleo|ofertas de empleo|trabaja con nosotr[oa]s|únete(?: al equipo)?|unete|join us|join our team|we'?re hiring|estamos contratando|karriere|jobs (?:&|und) karriere|stellenangebote|carrières|offres d'emploi|recrutement|lavora con noi|carreiras|trabalhe conosco|vagas)$/i;

/** Applicant-tracking systems: a company's job board lives on a subdomain of these. */
const ATS_DOMAINS = [
  'greenhouse.io',
  'lever.co',
  'ashbyhq.com',
  'workable.com',
  'personio.com',
  'personio.de',
  'teamtailor.com',
  'smartrecruiters.com',
  'bamboohr.com',
  'recruitee.com',
  'factorialhr.com',
  'factorialhr.es',
  'myworkdayjobs.com',
  'jobvite.com',
  'breezy.hr',
  'softgarden.io',
];

/** A job board on an ATS: a company subdomain (or JOIN's /companies/ page), not the vendor's site. */
export function isAtsUrl(url: URL): boolean {
  const host = url.hostname.toLowerCase();
  if (host === 'join.com' || host === 'www.join.com') return url.pathname.startsWith('/companies/');
  return !host.startsWith('www.') && ATS_DOMAINS.some((d) => host.endsWith(`.${d}`));
}

/** A posting on an ATS board ("…/jobs/4711-comercial"), not the board's front page. */
function isAtsPosting(url: URL): boolean {
  return (
    isAtsUrl(url) &&
    /\/(?:jobs?|j|o|p|postings?|offers?|vacancies|position)\/[^/]+/i.test(url.pathname)
  );
}

const GENERIC_LINK_TEXT =
  /^(?:ver|view|see|all|todas|todos|apply|aplicar|inscribirme|postular|más|more|mehr|plus|jobs|ofertas|careers|empleo|details|detalles|leer más|read more)\b/i;

export interface HiringFacts {
  hiring: boolean | null;
  method: 'json-ld' | 'dom' | 'url' | null;
  roles: string[];
}

/** A careers page that says it has nothing open, in the languages Criba reads. */
const NO_OPENINGS =
  /(?:no (?:hay|tenemos) (?:ofertas|vacantes|posiciones|procesos)|no open (?:positions|roles|vacancies)|no (?:current )?(?:openings|vacancies)|there are no (?:open )?(?:positions|jobs|openings)|aucune offre|pas d'offres? (?:d'emploi )?(?:pour le moment|actuellement)|keine offenen stellen|derzeit keine (?:offenen )?stellen|nessuna posizione aperta|non ci sono posizioni|não (?:há|temos) vagas|sem vagas)/i;

/**
 * `careersText` is the visible text of this page when it is a careers page (else empty):
 * "no hay ofertas abiertas" there is the company's own word that it is not hiring.
 */
export function hiringFacts(
  jobs: readonly LdNode[],
  links: readonly PageLink[],
  page: URL,
  embeds: readonly URL[],
  careersText: readonly string[],
): HiringFacts {
  const roles = new Set<string>();
  for (const job of jobs.slice(0, 100)) {
    const title = ldString(job, 'title') ?? ldString(job, 'name');
    if (title && title.length <= 120) roles.add(title);
  }
  for (const link of links) {
    if (!link.url || !isAtsPosting(link.url)) continue;
    const t = link.text;
    if (t.length >= 3 && t.length <= 80 && !GENERIC_LINK_TEXT.test(t)) roles.add(t);
  }
  const list = [...roles].slice(0, 30);
  if (jobs.length > 0) return { hiring: true, method: 'json-ld', roles: list };
  const onCareersPage = CAREERS_PATH.test(page.pathname);
  if (onCareersPage && list.length === 0 && careersText.some((l) => NO_OPENINGS.test(l)))
    return { hiring: false, method: 'dom', roles: [] };
  if (onCareersPage) return { hiring: true, method: 'url', roles: list };
  const careers = links.some(
    (l) =>
      l.url &&
      (isAtsUrl(l.url) ||
        (sameSite(l.url, page) &&
          (CAREERS_PATH.test(l.url.pathname) || CAREERS_TEXT.test(l.text)))),
  );
  if (careers || embeds.some(isAtsUrl)) return { hiring: true, method: 'dom', roles: list };
  return { hiring: null, method: null, roles: list };
}
