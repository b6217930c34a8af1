import { WEBSITE_SELECTORS as S } from './selectors';
import { TECH_MARKERS } from './tech-markers';
import { firstFast, queryAllFast } from '../shared/fast-query';
import { insideHidden } from '../shared/hidden';

/**
 * The parts of a page the website reader looks at. Each part is one native query with
 * the selectors of selectors.ts (fast in the browser: a 1 MB page costs a few ms, and its
 * footer is found however long the page); every list is capped.
 */
export interface PageScope {
  footer: Element | null;
  /** The main landmark, else the body. */
  main: Element | null;
  about: Element[];
  addresses: Element[];
  logo: Element | null;
  microdata: Element | null;
  /** Any microdata at all: without it, microdata properties are not looked up. */
  hasMicrodata: boolean;
  /** `<meta name|property>` → content, keys lower-cased, first value kept. */
  metas: ReadonlyMap<string, string>;
  generators: string[];
  articleMarkup: boolean;
  /** Links in document order; `contact` when inside the footer or an `<address>`. */
  anchors: { el: Element; contact: boolean }[];
  scripts: Element[];
  stylesheets: Element[];
  /** `<iframe src>` and `<form action>`. */
  embeds: Element[];
  /** Elements that may carry a technology's characteristic markup. */
  techMarked: Element[];
}

const MAX_PER_LIST = 1_500;

/** Elements matching any of the selectors, in document order, at most `max`. */
function all(doc: Document, selectors: readonly string[], max = MAX_PER_LIST): Element[] {
  return queryAllFast(doc, selectors, max);
}

export function pageScope(doc: Document): PageScope {
  const metas = new Map<string, string>();
  const generators: string[] = [];
  for (const el of all(doc, ['meta'], 400)) {
    const content = (el.getAttribute('content') ?? '').trim();
    for (const key of [el.getAttribute('name'), el.getAttribute('property')]) {
      const k = key?.trim().toLowerCase();
      if (!k || !content) continue;
      if (!metas.has(k)) metas.set(k, content.slice(0, 2_000));
      if (k === 'generator' && generators.length < 10) generators.push(content.slice(0, 200));
    }
  }
  const footer = firstFast(doc, S.footer);
  // Attribute-only selectors scan the whole page: skip them when no microdata exists.
  const hasMicrodata = doc.querySelector('[itemprop]') !== null;
  const addresses = all(doc, hasMicrodata ? S.address : ['address'], 10)
    .filter((el) => !insideHidden(el))
    .slice(0, 5);
  const anchors = pageAnchors(doc, footer, addresses);
  return {
    footer,
    main: firstFast(doc, S.main) ?? doc.body,
    about: all(doc, S.about, 8)
      .filter((el) => !insideHidden(el))
      .slice(0, 4),
    addresses,
    logo: firstFast(doc, S.logo),
    microdata: hasMicrodata ? firstFast(doc, S.microdataOrg) : null,
    hasMicrodata,
    metas,
    generators,
    articleMarkup: firstFast(doc, S.article) !== null,
    anchors,
    scripts: all(doc, ['script']),
    stylesheets: all(doc, ['link[href]']),
    embeds: all(doc, ['iframe[src]', 'form[action]']),
    techMarked: all(doc, Object.values(TECH_MARKERS), 50),
  };
}

/** Links read from the top of a page; a long catalogue's later links say little. */
const MAX_BODY_LINKS = 600;
const MAX_CONTACT_LINKS = 300;

/**
 * The page's links: the first ones, plus every link of the footer and of `<address>`
 * blocks however far down a long page they are (that is where a company puts its phone,
 * email, social and careers links); those are marked `contact`.
 */
function pageAnchors(
  doc: Document,
  footer: Element | null,
  addresses: readonly Element[],
): PageScope['anchors'] {
  const contact = new Set<Element>();
  for (const root of footer ? [footer, ...addresses] : addresses)
    for (const el of Array.from(root.querySelectorAll('a[href]')).slice(0, MAX_CONTACT_LINKS))
      contact.add(el);
  // Both lists are in document order and contact links mostly close the page: appending
  // the ones not already read keeps the order without sorting (which costs on big pages).
  const body = all(doc, ['a[href]'], MAX_BODY_LINKS);
  const inBody = new Set(body);
  const ordered = [...body, ...[...contact].filter((el) => !inBody.has(el))];
  // A link nobody sees is no claim of the site's (a planted LinkedIn page, a phone).
  return ordered.filter((el) => !insideHidden(el)).map((el) => ({ el, contact: contact.has(el) }));
}
