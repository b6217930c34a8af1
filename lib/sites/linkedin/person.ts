import type { CaptureInput } from '../../model/capture';
import { CaptureBuilder } from '../capture-builder';
import { attr, first, meta, text } from '../shared/dom';
import { jsonLdNodes, ldIs, ldNode, ldString, ldStrings, type LdNode } from '../shared/json-ld';
import {
  linkedinCompanySlug,
  linkedinPersonSlug,
  linkedinCompanyUrl,
  linkedinPersonUrl,
} from '../../identity/linkedin-url';
import {
  cleanLinkedinTitle,
  includedObjects,
  isRedirectStub,
  parseCodeBlock,
  str,
  visibleText,
} from './page-text';
import { LOGIN_WALL_TITLES, PERSON } from './selectors';

/**
 * Reads a LinkedIn person profile: logged-in (2024 classes, 2025 hashed h1), logged-out
 * (JSON-LD + top-card-layout) and the 2018 layout. Everything is read from the top card,
 * the experience section, JSON-LD and first-render blocks that name this URL's slug —
 * never from side lists ("People also viewed" lives in an aside with the same classes).
 */
export function extractPerson(doc: Document, url: URL, now: Date): CaptureInput {
  const b = new CaptureBuilder('linkedin-profile', url.href, now);
  const slug = linkedinPersonSlug(url.href);

  if (isLoginWall(doc)) return b.note('login-wall').build('no_signals');
  if (isRedirectStub(doc)) return b.note('redirect').build('no_signals');
  if (NOT_FOUND_TITLES.test(doc.title)) return b.note('profile-not-found').build('no_signals');

  // After in-app navigation the previous profile can still be on screen: its contact-info
  // link names its own slug. Report nothing rather than the wrong person.
  const rendered = renderedSlug(doc);
  if (slug && rendered && rendered !== slug) return b.note('stale-page').build('no_signals');

  const top = topCard(doc);
  if (slug) b.person('linkedinUrl', linkedinPersonUrl(slug), 'url', 1);

  // Order is trust: the first value found for a field wins.
  fromJsonLd(b, doc, slug);
  fromExperience(b, doc);
  fromTopCard(b, doc, top);
  fromCodeBlocks(b, doc, slug);
  fromOpenGraph(b, doc);

  const name = b.value('person', 'name');
  if (!name) {
    const fromTitle = cleanLinkedinTitle(doc.title);
    if (fromTitle && top) b.person('name', fromTitle, 'meta', 0.6);
  }
  // Seniority and department are derived from the title by finalizeCapture (extension
  // side), which keeps the bilingual title rules out of this content script.

  if (!b.has('person', 'name')) {
    b.note('missing:name');
    return b.build('layout_changed');
  }
  // The current employer the profile shows is also the company this prospect belongs to:
  // its name and LinkedIn page fill the company, so the panel and the account have it
  // without a visit to the company page.
  b.company('name', b.value('person', 'company'), 'dom', 0.8);
  b.company('linkedinUrl', b.value('person', 'companyLinkedinUrl'), 'dom', 0.8);
  return b.build('ok');
}

/** LinkedIn's page for a removed or private profile: its message is not a name. */
const NOT_FOUND_TITLES = /^\s*(?:profile not found|perfil no encontrado)\b/i;

function isLoginWall(doc: Document): boolean {
  if (LOGIN_WALL_TITLES.some((re) => re.test(doc.title))) return true;
  if (meta(doc, 'pageKey') === 'd_guest_homepage') return true;
  return !!first(doc, PERSON.loginWall) && !first(doc, PERSON.nameLoggedOut);
}

function renderedSlug(doc: Document): string | null {
  const href = attr(first(doc, PERSON.contactInfo), 'href');
  if (!href) return null;
  return linkedinPersonSlug(href);
}

/** The top card: the section holding the profile's h1 (logged-in or legacy). */
function topCard(doc: Document): Element | null {
  const h1 = first(doc, [...PERSON.nameLoggedIn, ...PERSON.nameLegacy]);
  if (!h1 || h1.closest('aside')) return null;
  return h1.closest('section') ?? h1.parentElement?.parentElement ?? null;
}

function fromJsonLd(b: CaptureBuilder, doc: Document, slug: string | null): void {
  const people = jsonLdNodes(doc).filter((n) => ldIs(n, 'Person'));
  // A graph may also list colleagues: prefer the node whose url names this slug.
  const person =
    people.find((p) => slug && (ldString(p, 'url') ?? '').toLowerCase().includes(`/in/${slug}`)) ??
    people[0];
  if (!person) return;
  b.person('name', ldString(person, 'name'), 'json-ld', 0.95);
  b.person('title', ldStrings(person, 'jobTitle')[0], 'json-ld', 0.9);
  const employer = currentEmployer(person);
  if (employer) {
    b.person('company', ldString(employer, 'name'), 'json-ld', 0.9);
    const link = ldString(employer, 'url') ?? ldString(employer, '@id');
    b.person('companyLinkedinUrl', companyUrlFrom(link), 'json-ld', 0.9);
  }
  const address = ldNode(person, 'address');
  const place = [ldString(address, 'addressLocality'), ldString(address, 'addressCountry')]
    .filter(Boolean)
    .join(', ');
  b.person('location', place || null, 'json-ld', 0.85);
}

/** The employer without an end date (`worksFor[].member.endDate`), else the first. */
function currentEmployer(person: LdNode): LdNode | null {
  const raw = person.worksFor;
  const list = (Array.isArray(raw) ? raw : raw ? [raw] : []).filter(
    (x): x is LdNode => !!x && typeof x === 'object',
  );
  const current = list.find((org) => {
    const member = org.member;
    return !(member && typeof member === 'object' && 'endDate' in (member as LdNode));
  });
  return current ?? null;
}

function fromCodeBlocks(b: CaptureBuilder, doc: Document, slug: string | null): void {
  if (!slug) return;
  for (const code of Array.from(doc.querySelectorAll(PERSON.bprCode)).slice(0, 40)) {
    for (const obj of includedObjects(parseCodeBlock(code))) {
      if (str(obj.publicIdentifier)?.toLowerCase() !== slug) continue;
      const name = [str(obj.firstName), str(obj.lastName)].filter(Boolean).join(' ');
      b.person('name', name || null, 'dom', 0.85);
      b.person('title', str(obj.headline), 'dom', 0.7);
      b.person('location', str(obj.geoLocationName) ?? str(obj.locationName), 'dom', 0.7);
      return;
    }
  }
}

function fromTopCard(b: CaptureBuilder, doc: Document, top: Element | null): void {
  const loggedOutName = first(doc, PERSON.nameLoggedOut);
  if (loggedOutName && !loggedOutName.closest('aside')) {
    b.person('name', text(loggedOutName, 300), 'dom', 0.9);
    const headline = first(doc, PERSON.headlineLoggedOut);
    b.person('title', stripEmployer(text(headline, 300)), 'dom', 0.7);
    const sub = first(doc, PERSON.locationLoggedOut);
    b.person('location', firstSublinePart(sub), 'dom', 0.75);
    const pos = first(doc, PERSON.currentCompanyLoggedOut);
    b.person('company', text(pos, 200), 'dom', 0.8);
    return;
  }
  if (!top) return;
  const h1 = first(top, [...PERSON.nameLoggedIn.map((s) => s.replace(/^main /, '')), 'h1']);
  b.person('name', text(h1, 300), 'dom', 0.9);
  const link = h1?.closest('a');
  b.person('name', attr(link, 'aria-label'), 'aria', 0.8);
  const photo = first(top, PERSON.photo);
  b.person('name', attr(photo, 'title') ?? attr(photo, 'alt'), 'dom', 0.7);

  const headline = first(top, [...PERSON.headline, ...PERSON.headlineLegacy]);
  const headlineText = text(headline, 300);
  const company = companyFromButton(top) ?? text(first(top, PERSON.companyLegacy), 200);
  b.person('company', company, 'aria', 0.9);
  b.person(
    'location',
    text(first(top, [...PERSON.location, ...PERSON.locationLegacy]), 200),
    'dom',
    0.8,
  );
  b.person('title', stripEmployer(headlineText), 'dom', 0.7);
  if (!company) b.person('company', employerFromHeadline(headlineText), 'dom', 0.5);
}

/** `"Current company: Tecnoserra Ingeniería. Click to skip to experience card"` -> name. */
function companyFromButton(top: Element): string | null {
  const el = first(top.ownerDocument, PERSON.currentCompany);
  const label = attr(el, 'aria-label');
  if (!label) return null;
  const rest = label.replace(/^(Current company|Empresa actual):\s*/i, '');
  const cut = rest.search(/\.\s+(Click|Haz clic|Pulsa)/i);
  return (cut >= 0 ? rest.slice(0, cut) : rest).trim() || null;
}

/** The first experience entry: the current role's title and the company's LinkedIn URL. */
function fromExperience(b: CaptureBuilder, doc: Document): void {
  const anchor = first(doc, PERSON.experienceAnchor);
  const section = anchor?.closest('section');
  if (section && !section.closest('aside')) {
    const entry = first(section, PERSON.experienceEntry);
    if (entry) {
      const link = first(entry, PERSON.experienceCompanyLink);
      const href = attr(link, 'href');
      b.person('companyLinkedinUrl', companyUrlFrom(href), 'dom', 0.85);
      // A grouped entry's own bold line is the employer; the newest role is the title.
      const role = first(entry, PERSON.experienceRole) ?? entry;
      b.person('title', visibleText(role.querySelector('.t-bold'), 300), 'dom', 0.85);
    }
  }
  const loggedOut = first(doc, PERSON.experienceLoggedOut);
  if (loggedOut) {
    const link = loggedOut.querySelector('a[href*="/company/"]');
    const href = attr(link, 'href');
    b.person('companyLinkedinUrl', companyUrlFrom(href), 'dom', 0.8);
  }
}

/** `og:title` "<Name> - <Title> - <Company> | LinkedIn" (a title may contain " - "). */
function fromOpenGraph(b: CaptureBuilder, doc: Document): void {
  const og = meta(doc, 'og:title');
  if (!og) return;
  const parts = og.replace(/\s*\|\s*LinkedIn\s*$/i, '').split(' - ');
  if (parts.length === 0) return;
  b.person('name', parts[0], 'meta', 0.8);
  if (parts.length >= 3) {
    b.person('company', parts[parts.length - 1], 'meta', 0.7);
    b.person('title', parts.slice(1, -1).join(' - '), 'meta', 0.7);
  } else if (parts.length === 2) b.person('title', parts[1], 'meta', 0.6);
}

/** Logged-out first subline: location first, then followers/connections. */
function firstSublinePart(el: Element | null): string | null {
  if (!el) return null;
  const firstChild = el.querySelector('span, div');
  const t = text(firstChild ?? el, 300);
  if (!t) return null;
  return (
    t.split(/\s{2,}|·|\d[\d.,]*\+?\s*(followers|seguidores|connections|contactos)/i)[0]?.trim() ||
    null
  );
}

const EMPLOYER_SEPARATOR = /\s+(?:at|@|en|in)\s+/i;

/** "CEO at Acme | Speaker" -> "CEO"; the title part before the employer, when marked. */
function stripEmployer(headline: string | null): string | null {
  if (!headline) return null;
  const main = headline.split(/\s+[|·]\s+/)[0] ?? headline;
  const cut = main.search(EMPLOYER_SEPARATOR);
  return (cut > 0 ? main.slice(0, cut) : main).trim() || null;
}

function employerFromHeadline(headline: string | null): string | null {
  if (!headline) return null;
  const main = headline.split(/\s+[|·]\s+/)[0] ?? headline;
  const parts = main.split(EMPLOYER_SEPARATOR);
  return parts.length >= 2 ? (parts[parts.length - 1]?.trim() ?? null) : null;
}

function companyUrlFrom(href: string | null): string | null {
  const slug = linkedinCompanySlug(href);
  return slug ? linkedinCompanyUrl(slug) : null;
}
