import type { CaptureInput } from '../../model/capture';
import { linkedinCompanySlug, linkedinCompanyUrl } from '../../identity/linkedin-url';
import { CaptureBuilder } from '../capture-builder';
import { attr, first, meta, text } from '../shared/dom';
import { fromCodeBlocks, fromJsonLd, type CompanyData } from './company-data';
import {
  allOwn,
  firstOwn,
  labelledFacts,
  overviewText,
  phoneFrom,
  splitSpecialties,
  websiteFrom,
} from './company-dom';
import { COMPANY, type LabelKey } from './company-selectors';
import { parseFoundedYear, parseSizeBand, type SizeBand } from './company-size';
import { ownHeading, readTopCard, type TopCard } from './company-top-card';
import { cleanLinkedinTitle, isRedirectStub } from './page-text';
import { LOGIN_WALL_TITLES } from './selectors';

const isNumeric = (s: string): boolean => /^\d+$/.test(s);

/**
 * Reads a LinkedIn company page — overview, /about/, /people/, /jobs/, by slug or numeric
 * id, logged in or out, English or Spanish UI. Sources, most trusted first: the about
 * tab's labelled facts and the top card's heading, JSON-LD, the first-render block for
 * this company, the top card's info items, the document title. Side lists (similar pages, people also viewed, affiliated
 * pages, asides) are never read. A login wall gives `no_signals`; a company URL whose
 * anchors are all missing gives `layout_changed`.
 */
export function extractCompany(doc: Document, url: URL, now: Date): CaptureInput {
  const b = new CaptureBuilder('linkedin-company', url.href, now);
  const slug = linkedinCompanySlug(url.href);

  if (isLoginWall(doc)) return b.note('login-wall').build('no_signals');
  if (isRedirectStub(doc)) return b.note('redirect').build('no_signals');

  // After in-app navigation the previous company can still be on screen; its tab bar
  // names it. Report nothing rather than the wrong company.
  const rendered = renderedSlug(doc);
  if (slug && rendered && !isNumeric(slug) && rendered !== slug)
    return b.note('stale-page').build('no_signals');

  const facts = labelledFacts(doc);
  const top = readTopCard(doc, url, ownHeading(doc));
  const ld = fromJsonLd(doc, slug, url, now);
  const bpr = fromCodeBlocks(doc, slug, now);
  const aboutOut = firstOwn(doc, COMPANY.aboutLoggedOut);

  const canonical = canonicalSlug(slug, rendered, bpr, ld, doc);
  if (canonical)
    b.company('linkedinUrl', linkedinCompanyUrl(canonical), canonical === slug ? 'url' : 'dom', 1);

  if (!top.h1 && facts.size === 0 && !aboutOut && !ld && !bpr) {
    b.note('missing:anchors');
    return b.build('layout_changed');
  }

  readName(b, doc, top, ld, bpr);
  readFacts(b, facts, top, ld, bpr, url, now);
  readDescription(b, doc, top, ld, bpr);

  if (!b.has('company', 'name')) b.note('missing:name');
  return b.build('ok');
}

/**
 * The wall's own h1 ("Welcome to your professional community") would pass the generic
 * `main h1` fallback, so only a company-card heading proves a sign-up form is a mere
 * overlay on a readable logged-out page.
 */
function isLoginWall(doc: Document): boolean {
  if (LOGIN_WALL_TITLES.some((re) => re.test(doc.title))) return true;
  if (meta(doc, 'pageKey') === 'd_guest_homepage') return true;
  return !!first(doc, COMPANY.loginWall) && !firstOwn(doc, COMPANY.nameOnCard);
}

/** The company the page's own tab bar links to (null when there is no tab bar). */
function renderedSlug(doc: Document): string | null {
  for (const a of allOwn(doc, COMPANY.pageNav, 10)) {
    const s = linkedinCompanySlug(attr(a, 'href'));
    if (s) return s;
  }
  return null;
}

/** A numeric URL resolves to the company's name slug when the page states it. */
function canonicalSlug(
  slug: string | null,
  rendered: string | null,
  bpr: CompanyData | null,
  ld: CompanyData | null,
  doc: Document,
): string | null {
  if (!slug || !isNumeric(slug)) return slug;
  const fromCanonical = linkedinCompanySlug(attr(first(doc, COMPANY.canonical), 'href'));
  const candidates = [bpr?.universalName, rendered, fromCanonical, ld?.universalName];
  return candidates.find((s): s is string => !!s && !isNumeric(s)) ?? slug;
}

function readName(
  b: CaptureBuilder,
  doc: Document,
  top: TopCard,
  ld: CompanyData | null,
  bpr: CompanyData | null,
): void {
  b.company('name', top.name, 'dom', 0.95);
  b.company('name', ld?.name, 'json-ld', 0.95);
  b.company('name', bpr?.name, 'dom', 0.85);
  b.company('name', top.logoName, 'dom', 0.7);
  b.company('name', cleanLinkedinTitle(doc.title), 'meta', 0.6);
}

function readFacts(
  b: CaptureBuilder,
  facts: Map<LabelKey, Element[]>,
  top: TopCard,
  ld: CompanyData | null,
  bpr: CompanyData | null,
  url: URL,
  now: Date,
): void {
  const dd = (key: LabelKey): Element | undefined => facts.get(key)?.[0];

  b.company('website', websiteFrom(dd('website'), url), 'dom', 0.95);
  b.company('website', ld?.website, 'json-ld', 0.9);
  b.company('website', bpr?.website, 'dom', 0.85);
  b.company('website', top.website, 'dom', 0.85);

  b.company('phone', phoneFrom(dd('phone')), 'dom', 0.9);
  b.company('phone', bpr?.phone, 'dom', 0.8);

  b.company('industry', text(dd('industry'), 200), 'dom', 0.9);
  b.company('industry', bpr?.industry, 'dom', 0.85);
  b.company('industry', top.industry, 'dom', 0.7);

  // A size dd holds the band and, after it, the member count: only the band is the size.
  const aboutBand = (facts.get('size') ?? [])
    .map((el) => parseSizeBand(text(el, 120)))
    .find(Boolean);
  addBand(b, aboutBand ?? bpr?.band ?? top.band ?? null, aboutBand ? 0.9 : bpr?.band ? 0.85 : 0.75);

  b.company('location', text(dd('headquarters'), 200), 'dom', 0.9);
  b.company('location', ld?.location, 'json-ld', 0.9);
  b.company('location', bpr?.location, 'dom', 0.8);
  b.company('location', top.location, 'dom', 0.7);

  b.company('country', ld?.country, 'json-ld', 0.9);
  b.company('country', bpr?.country, 'dom', 0.85);
  // A country named only inside the location is resolved by finalizeCapture.

  b.company('founded', parseFoundedYear(text(dd('founded'), 60), now), 'dom', 0.9);
  b.company('founded', ld?.founded, 'json-ld', 0.9);
  b.company('founded', bpr?.founded, 'dom', 0.85);

  // The first-render list is exact; the visible text is a joined sentence to split.
  b.company('specialties', bpr?.specialties, 'dom', 0.85);
  b.company('specialties', splitSpecialties(text(dd('specialties'), 3000)), 'dom', 0.8);
}

function addBand(b: CaptureBuilder, band: SizeBand | null, confidence: number): void {
  if (!band) return;
  b.company('employeesMin', band.min, 'dom', confidence);
  b.company('employeesMax', band.max, 'dom', confidence);
}

function readDescription(
  b: CaptureBuilder,
  doc: Document,
  top: TopCard,
  ld: CompanyData | null,
  bpr: CompanyData | null,
): void {
  b.company('description', overviewText(doc), 'dom', 0.9);
  b.company('description', ld?.description, 'json-ld', 0.85);
  b.company('description', bpr?.description, 'dom', 0.8);
  b.company('description', top.tagline, 'dom', 0.7);
  b.company('description', ld?.tagline, 'json-ld', 0.6);
  b.company('description', bpr?.tagline, 'dom', 0.6);
  b.company('description', ogDescription(doc), 'meta', 0.5);
}

/** `og:description` opens with "<Name> | 1,234 followers on LinkedIn." — drop that. */
function ogDescription(doc: Document): string | null {
  const og = meta(doc, 'og:description') ?? meta(doc, 'description');
  if (!og) return null;
  return (
    og
      .replace(
        /^.{0,200}?\|\s*[\d.,\s]+\s*(k|mil)?\s*(followers|seguidores)\s+(on|en)\s+LinkedIn\.?\s*/i,
        '',
      )
      .trim() || null
  );
}
