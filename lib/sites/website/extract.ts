import type { CaptureInput } from '../../model/capture';
import { CaptureBuilder } from '../capture-builder';
import { jsonLdNodes, ldIs, ldString } from '../shared/json-ld';
import type { SiteAdapter } from '../types';
import { companyName } from './company-name-sources';
import { contactFacts } from './contact';
import { socialFacts } from './social';
import { detectWebsite } from './detect';
import { hiringFacts } from './hiring';
import { pageLinks } from './links';
import { openJobPostings, pickOrganization, siteName, yearOf } from './organization';
import { ABOUT_PATH, CAREERS_PATH, CONTACT_PATH, isHomePath } from './selectors';
import { pageScope } from './page-scope';
import { peopleLeads } from './people';
import { pageAssets, type PageAssets } from './tech-detect';
import { textLines } from './text-lines';
import { companyTextLines, headcountInJsonLd } from './text-facts';
import type { PageText } from './text-interpret';
import { isWireRelease, readRelease } from './wire-release';

/**
 * Reads a company's own website: who the company is, how to reach it, how big and how
 * old it says it is, whether it hires, and what technology the page runs. Status is `ok`
 * when a name or any contact fact was found, `no_signals` otherwise (then nothing is
 * emitted: the page's origin alone says nothing). Never throws, never changes the page.
 */
export function extractWebsite(doc: Document, url: URL, now: Date = new Date()): CaptureInput {
  const b = new CaptureBuilder('website', url.href, now);
  try {
    return read(doc, url, now, b);
  } catch {
    const empty = new CaptureBuilder('website', url.href, now);
    return empty.note('website-reader-error').build('no_signals');
  }
}

function read(doc: Document, url: URL, now: Date, b: CaptureBuilder): CaptureInput {
  const nodes = jsonLdNodes(doc);
  const org = pickOrganization(nodes, url);
  const scope = pageScope(doc);
  const links = pageLinks(scope.anchors, url);
  if (isWireRelease(url)) return readRelease(url, now, scope, links);
  const isArticle =
    scope.articleMarkup || nodes.some((n) => ldIs(n, 'BlogPosting', 'Article', 'NewsArticle'));

  const name = companyName(doc, url, org, siteName(nodes), scope);
  const aboutCompany = !isArticle && (isHomePath(url.pathname) || ABOUT_PATH.test(url.pathname));
  const readMain = aboutCompany || CONTACT_PATH.test(url.pathname);
  const contact = contactFacts(doc, url, org, nodes, scope, links, readMain);
  const social = socialFacts(org, links);
  // Addresses are not weighed here: whether one is a company's (not free mail) is decided
  // extension-side, and a page with nothing else to say is no company's contact page.
  if (!name && !contact.phone && !contact.location && !social.linkedin) {
    return new CaptureBuilder('website', url.href, now)
      .note('website-no-company-signals')
      .build('no_signals');
  }

  if (name) b.company('name', name.value, name.method, name.confidence);
  b.company('website', `${url.protocol}//${url.host}/`, 'url', 0.95);
  // A meta description describes its page: only the home and "about" pages describe the company.
  const ldDescription = ldString(org ?? undefined, 'description');
  const description =
    ldDescription ??
    (aboutCompany
      ? (scope.metas.get('description') ?? scope.metas.get('og:description') ?? null)
      : null);
  b.company('description', description?.slice(0, 1_000), ldDescription ? 'json-ld' : 'meta', 0.7);
  b.company('industry', ldString(org ?? undefined, 'industry'), 'json-ld', 0.8);

  for (const [field, fact] of [
    ['phone', contact.phone],
    ['location', contact.location],
    ['country', contact.country],
  ] as const)
    if (fact) b.company(field, fact.value, fact.method, fact.confidence);
  if (social.linkedin)
    b.company(
      'linkedinUrl',
      social.linkedin.value,
      social.linkedin.method,
      social.linkedin.confidence,
    );
  b.company('social', social.social, 'dom', 0.8);

  // Prose ("founded in 1978", "a team of 45") and written addresses are interpreted
  // extension-side from these lines (text-interpret.ts): the phrase tables stay out of here.
  const lines = companyTextLines(scope, url, isArticle);
  b.company('founded', yearOf(ldString(org ?? undefined, 'foundingDate'), now), 'json-ld', 0.9);
  const headLd = headcountInJsonLd(org);
  if (headLd) {
    b.company('employeesMin', headLd.min, 'json-ld', 0.8);
    b.company('employeesMax', headLd.max, 'json-ld', 0.8);
  }

  const assets = pageAssets(scope, url);
  const jobs = openJobPostings(nodes, now);
  // Already resolved by pageAssets (URL.href strings), so these parse.
  const embeds = [...assets.embeds, ...assets.scripts].slice(0, 400).map((e) => new URL(e));
  const careersText = CAREERS_PATH.test(url.pathname)
    ? textLines(scope.main, { maxNodes: 10_000, maxChars: 60_000 })
    : [];
  const hiring = hiringFacts(jobs, links, url, embeds, careersText);
  if (hiring.hiring !== null && hiring.method)
    b.company('hiring', hiring.hiring, hiring.method, hiring.method === 'json-ld' ? 0.9 : 0.7);
  b.company('hiringRoles', hiring.roles, hiring.method === 'json-ld' ? 'json-ld' : 'dom', 0.8);

  // Technologies are matched extension-side from this evidence (finalizeCapture).
  return withEvidence(b.build('ok'), assets, {
    companyLines: lines.slice(0, 800),
    addressText: contact.addressText,
    addressLines: contact.addressLines,
    emails: contact.emails,
    people: peopleLeads(doc, nodes, org),
  });
}

/**
 * A capture carrying the page's evidence for finalizeCapture — what it runs (technology
 * rules) and what its prose says (founding year, headcount, address). Never stored.
 */
export type WebsiteCaptureInput = CaptureInput & { pageAssets?: PageAssets; pageText?: PageText };

function withEvidence(
  capture: CaptureInput,
  assets: PageAssets,
  text: PageText,
): WebsiteCaptureInput {
  return { ...capture, pageAssets: assets, pageText: text };
}

export const websiteAdapter: SiteAdapter = {
  id: 'website',
  detect: detectWebsite,
  extract: extractWebsite,
};
