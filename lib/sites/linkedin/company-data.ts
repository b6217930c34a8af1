import { linkedinCompanySlug } from '../../identity/linkedin-url';
import { jsonLdNodes, ldIs, ldNode, ldString, ldStrings, type LdNode } from '../shared/json-ld';
import { bandFromRange, parseFoundedYear, type SizeBand } from './company-size';
import { COMPANY } from './company-selectors';
import { outboundUrl } from './company-dom';
import { includedObjects, parseCodeBlock, str } from './page-text';

/** What one embedded source (JSON-LD or a first-render block) says about the company. */
export interface CompanyData {
  name: string | null;
  universalName: string | null;
  website: string | null;
  industry: string | null;
  band: SizeBand | null;
  location: string | null;
  country: string | null;
  founded: number | null;
  specialties: string[];
  description: string | null;
  tagline: string | null;
  phone: string | null;
}

const EMPTY: CompanyData = {
  name: null,
  universalName: null,
  website: null,
  industry: null,
  band: null,
  location: null,
  country: null,
  founded: null,
  specialties: [],
  description: null,
  tagline: null,
  phone: null,
};

/** `sameAs` also lists social profiles, which are not the company's website. */
const SOCIAL =
  /^https?:\/\/([a-z0-9-]+\.)*(twitter|x|facebook|instagram|youtube|tiktok|github|medium|crunchbase|wikipedia|xing|glassdoor|pinterest|vimeo)\.[a-z.]+(\/|$)/i;

const isNumeric = (s: string): boolean => /^\d+$/.test(s);

/**
 * The page's JSON-LD Organization: the one whose LinkedIn URL names this slug, else the
 * only one that names no other company. `numberOfEmployees` counts LinkedIn members,
 * not staff, and is never read as the size.
 */
export function fromJsonLd(
  doc: Document,
  slug: string | null,
  base: URL,
  now: Date,
): CompanyData | null {
  const orgs = jsonLdNodes(doc).filter(
    (n) => ldIs(n, 'Organization', 'Corporation') && !/^linkedin$/i.test(ldString(n, 'name') ?? ''),
  );
  const slugOf = (n: LdNode) => linkedinCompanySlug(ldString(n, 'url') ?? ldString(n, '@id'));
  const own =
    orgs.find((n) => slug !== null && slugOf(n) === slug) ??
    orgs.find((n) => {
      const s = slugOf(n);
      return s === null || slug === null || isNumeric(slug);
    });
  if (!own) return null;

  const address = ldNode(own, 'address');
  const place = address
    ? [ldString(address, 'addressLocality'), ldString(address, 'addressRegion')]
        .filter(Boolean)
        .join(', ')
    : ldString(own, 'address');
  const sites = [...ldStrings(own, 'sameAs'), ldString(own, 'url')].filter(
    (s): s is string => !!s && !SOCIAL.test(s),
  );
  return {
    ...EMPTY,
    name: ldString(own, 'name'),
    universalName: slugOf(own),
    website: sites.map((s) => outboundUrl(s, base)).find(Boolean) ?? null,
    location: place || null,
    country: ldString(address, 'addressCountry'),
    founded: parseFoundedYear(ldString(own, 'foundingDate'), now),
    description: ldString(own, 'description'),
    tagline: ldString(own, 'slogan'),
  };
}

/**
 * The first-render Company entity for this page. After in-app navigation a block may
 * still describe the previous company: only one whose `universalName` is the URL's slug
 * (or, for a numeric URL, whose URN ends in that id) is trusted.
 */
export function fromCodeBlocks(doc: Document, slug: string | null, now: Date): CompanyData | null {
  if (!slug) return null;
  const codes = Array.from(doc.querySelectorAll(COMPANY.bprCode)).slice(0, 40);
  for (const code of codes) {
    const objects = includedObjects(parseCodeBlock(code));
    const own = objects.find((o) => isThisCompany(o, slug));
    if (own) return readEntity(own, objects, now);
  }
  return null;
}

function isThisCompany(o: Record<string, unknown>, slug: string): boolean {
  const universal = str(o.universalName)?.toLowerCase();
  if (!universal) return false;
  if (universal === slug) return true;
  if (!isNumeric(slug)) return false;
  return [o.entityUrn, o.objectUrn].some((u) => typeof u === 'string' && u.endsWith(`:${slug}`));
}

function readEntity(
  o: Record<string, unknown>,
  objects: Record<string, unknown>[],
  now: Date,
): CompanyData {
  const hq = obj(obj(o.headquarter)?.address) ?? obj(o.headquarter);
  const place = hq ? [str(hq.city), str(hq.geographicArea)].filter(Boolean).join(', ') : '';
  const founded = obj(o.foundedOn)?.year;
  const specialties = Array.isArray(o.specialities) ? o.specialities : o.specialties;
  return {
    ...EMPTY,
    name: str(o.name),
    universalName: str(o.universalName)?.toLowerCase() ?? null,
    website: outboundUrl(
      str(o.websiteUrl) ?? str(o.companyPageUrl),
      new URL('https://www.linkedin.com/'),
    ),
    industry: industryOf(o, objects),
    band: bandFromRange(o.employeeCountRange) ?? bandFromRange(o.staffCountRange),
    location: place || null,
    country: str(hq?.country),
    founded: typeof founded === 'number' ? parseFoundedYear(founded, now) : null,
    specialties: Array.isArray(specialties)
      ? specialties
          .slice(0, 60)
          .map(str)
          .filter((s): s is string => s !== null)
      : [],
    description: str(o.description),
    tagline: str(o.tagline),
    phone: str(obj(o.phone)?.number),
  };
}

function obj(v: unknown): Record<string, unknown> | null {
  return v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : null;
}

/** Industry as a name, a list of names, or a reference to another entity of the block. */
function industryOf(o: Record<string, unknown>, objects: Record<string, unknown>[]): string | null {
  const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : v === undefined ? [] : [v]);
  for (const v of [...list(o.industries), ...list(o.companyIndustries), ...list(o.industry)]) {
    const name = str(v) ?? str(obj(v)?.localizedName) ?? str(obj(v)?.name);
    if (name && !name.startsWith('urn:')) return name;
  }
  const refs = [
    ...list(o['*industry']),
    ...list(o['*industryV2Taxonomy']),
    ...list(o.industryV2Taxonomy),
  ];
  for (const ref of refs.slice(0, 10)) {
    if (typeof ref !== 'string') continue;
    const target = objects.find((x) => x.entityUrn === ref);
    const name = str(target?.name) ?? str(target?.localizedName);
    if (name) return name;
  }
  return null;
}
