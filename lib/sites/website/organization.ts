import { ldIs, ldNode, ldString, ldTypes, type LdNode } from '../shared/json-ld';

/**
 * Picks, among a page's JSON-LD nodes, the one that describes the company behind the
 * site — pages also describe authors' employers, brands, reviewers and partners.
 */

/** schema.org types that are organisations (LocalBusiness has hundreds of subtypes). */
const ORG_TYPES = new Set([
  'organization',
  'corporation',
  'localbusiness',
  'onlinebusiness',
  'onlinestore',
  'ngo',
  'professionalservice',
  'legalservice',
  'accountingservice',
  'financialservice',
  'employmentagency',
  'travelagency',
  'realestateagent',
  'insuranceagency',
  'autorepair',
  'autodealer',
  'restaurant',
  'hotel',
  'winery',
  'bakery',
  'cafeorcoffeeshop',
  'barorpub',
  'foodestablishment',
  'lodgingbusiness',
  'dentist',
  'physician',
  'optician',
  'pharmacy',
  'veterinarycare',
  'hvacbusiness',
  'roofingcontractor',
  'housepainter',
  'locksmith',
  'movingcompany',
  'attorney',
  'notary',
  'bankorcreditunion',
  'brewery',
  'generalcontractor',
  'electrician',
  'plumber',
  'medicalorganization',
  'educationalorganization',
  'newsmediaorganization',
  'sportsorganization',
]);

export function isOrganization(node: LdNode): boolean {
  return ldTypes(node).some(
    (t) =>
      ORG_TYPES.has(t) ||
      t.endsWith('organization') ||
      t.endsWith('business') ||
      (t.endsWith('store') && t !== 'store') ||
      t === 'store',
  );
}

/** `{"@id": "…#organization"}` references point at a node declared elsewhere in the graph. */
export function resolve(node: LdNode | undefined, nodes: readonly LdNode[]): LdNode | undefined {
  if (!node) return undefined;
  const id = node['@id'];
  if (typeof id !== 'string' || Object.keys(node).length > 1) return node;
  return nodes.find((n) => n !== node && n['@id'] === id) ?? node;
}

function bareHost(href: string | null, base: URL): string | null {
  if (!href) return null;
  try {
    return new URL(href, base).hostname.toLowerCase().replace(/^www\./, '');
  } catch {
    return null;
  }
}

/**
 * The site's own organisation: one whose `url`/`@id` is on this host; else the publisher
 * of the WebSite; else the first organisation with contact details; else the first one;
 * else a job posting's hiring organisation.
 */
export function pickOrganization(nodes: readonly LdNode[], page: URL): LdNode | null {
  const host = page.hostname.toLowerCase().replace(/^www\./, '');
  const orgs = nodes.filter(isOrganization);
  const own = orgs.find(
    (o) =>
      bareHost(ldString(o, 'url'), page) === host || bareHost(ldString(o, '@id'), page) === host,
  );
  if (own) return own;
  const site = nodes.find((n) => ldIs(n, 'WebSite'));
  const publisher = resolve(ldNode(site, 'publisher'), nodes);
  if (publisher && ldString(publisher, 'name')) return publisher;
  const detailed = orgs.find((o) => o.address || o.telephone || o.email || o.logo);
  if (detailed) return detailed;
  if (orgs[0]) return orgs[0];
  for (const job of nodes.filter((n) => ldIs(n, 'JobPosting'))) {
    const hiring = resolve(ldNode(job, 'hiringOrganization'), nodes);
    if (hiring && ldString(hiring, 'name')) return hiring;
  }
  return null;
}

/** The WebSite node's name: the site's own name for itself. */
export function siteName(nodes: readonly LdNode[]): string | null {
  const site = nodes.find((n) => ldIs(n, 'WebSite'));
  return ldString(site, 'name');
}

/** Job postings still open on `now` (an expired `validThrough` is not hiring). */
export function openJobPostings(nodes: readonly LdNode[], now: Date): LdNode[] {
  return nodes.filter((n) => {
    if (!ldIs(n, 'JobPosting')) return false;
    const until = ldString(n, 'validThrough');
    const t = until ? Date.parse(until) : NaN;
    return Number.isNaN(t) || t >= now.getTime();
  });
}

/** An integer year from "2011", "2011-03-01" or 2011; null when implausible. */
export function yearOf(raw: string | null, now: Date): number | null {
  const m = raw ? /^\s*(\d{4})(?:\b|-)/.exec(raw) : null;
  const y = m?.[1] ? Number(m[1]) : NaN;
  return y >= 1800 && y <= now.getUTCFullYear() ? y : null;
}
