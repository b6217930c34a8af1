import { WEBSITE_SELECTORS as S } from './selectors';
import { TECH_MARKERS } from './tech-markers';

/**
 * The parts of a page the website reader looks at, collected in one bounded walk of the
 * document. Each `querySelectorAll` is a walk of its own (dozens of them cost more than
 * the reading), so the walk sorts elements into small candidate lists with cheap checks
 * on tag and attributes, and the selectors in selectors.ts then decide among those few.
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

const MAX_ELEMENTS = 20_000;
const MAX_PER_LIST = 1_500;

/** The ids the "about" selectors name ("#sobre-nosotros"), for a cheap first check. */
const ABOUT_IDS = new Set(
  S.about.flatMap((sel) => (/^#([\w-]+)$/.exec(sel)?.[1] ? [sel.slice(1).toLowerCase()] : [])),
);

/** Tags, attributes and class words that the technology rules' selectors mention. */
const HINTS = markupHints(Object.values(TECH_MARKERS));

function markupHints(selectors: readonly string[]) {
  const tags = new Set<string>();
  const attrs = new Set<string>();
  const classes = new Set<string>();
  for (const sel of selectors.flatMap((s) => s.split(','))) {
    const tag = /^\s*([a-z][a-z0-9-]*)/i.exec(sel)?.[1];
    if (tag) tags.add(tag.toUpperCase());
    for (const m of sel.matchAll(/\[([\w-]+)/g)) if (m[1]) attrs.add(m[1].toLowerCase());
    for (const m of sel.matchAll(/\.([\w-]+)/g)) if (m[1]) classes.add(m[1].toLowerCase());
  }
  return { tags, attrs: [...attrs], classes: [...classes] };
}

/** A superset of the elements the rules' selectors can match; they decide afterwards. */
function mayCarryTechMarkup(el: Element, tag: string, cls: string): boolean {
  if (HINTS.tags.has(tag)) return true;
  if (cls && HINTS.classes.some((k) => cls.includes(k))) return true;
  if (el.attributes.length === 0) return false;
  return HINTS.attrs.some((a) => el.hasAttribute(a));
}

function safeMatches(el: Element, selector: string): boolean {
  try {
    return el.matches(selector);
  } catch {
    return false;
  }
}

/** The candidate matching the earliest selector of a fallback list. */
export function byPriority(candidates: readonly Element[], selectors: readonly string[]) {
  for (const sel of selectors) {
    const el = candidates.find((e) => safeMatches(e, sel));
    if (el) return el;
  }
  return null;
}

const push = (list: Element[], el: Element) => {
  if (list.length < MAX_PER_LIST) list.push(el);
};

export function pageScope(doc: Document): PageScope {
  const c = {
    footer: [] as Element[],
    main: [] as Element[],
    about: [] as Element[],
    address: [] as Element[],
    logo: [] as Element[],
    microdata: [] as Element[],
    article: [] as Element[],
    scripts: [] as Element[],
    stylesheets: [] as Element[],
    embeds: [] as Element[],
    techMarked: [] as Element[],
  };
  const anchors: PageScope['anchors'] = [];
  const metas = new Map<string, string>();
  const generators: string[] = [];
  let hasMicrodata = false;

  // Each entry carries what its ancestors say: inside a contact area, a logo box, a header.
  const stack: [Element, boolean, boolean][] = [];
  if (doc.documentElement) stack.push([doc.documentElement, false, false]);
  let seen = 0;
  while (stack.length > 0 && seen < MAX_ELEMENTS) {
    const [el, inContact, inBrand] = stack.pop() as [Element, boolean, boolean];
    seen++;
    const tag = el.tagName.toUpperCase();
    const cls = (el.getAttribute('class') ?? '').toLowerCase();
    const id = (el.getAttribute('id') ?? '').toLowerCase();
    const role = el.getAttribute('role');

    const footerLike =
      tag === 'FOOTER' || role === 'contentinfo' || id === 'footer' || cls.includes('footer');
    if (footerLike) push(c.footer, el);
    if (tag === 'MAIN' || role === 'main' || id === 'content' || id === 'main') push(c.main, el);
    if (ABOUT_IDS.has(id) || id.includes('about') || (tag === 'SECTION' && cls.includes('about')))
      push(c.about, el);
    const itemprop = el.getAttribute('itemprop');
    if (itemprop !== null) hasMicrodata = true;
    if (tag === 'ADDRESS' || itemprop === 'address') push(c.address, el);
    if (el.hasAttribute('itemtype')) push(c.microdata, el);
    const brand =
      inBrand ||
      tag === 'HEADER' ||
      cls.includes('logo') ||
      id.includes('logo') ||
      cls.includes('navbar-brand');
    if (tag === 'IMG' && brand && el.hasAttribute('alt')) push(c.logo, el);
    if ((tag === 'BODY' || tag === 'ARTICLE') && cls) push(c.article, el);

    if (tag === 'META') {
      const content = (el.getAttribute('content') ?? '').trim();
      for (const key of [el.getAttribute('name'), el.getAttribute('property')]) {
        const k = key?.trim().toLowerCase();
        if (!k || !content) continue;
        if (k === 'article:published_time') push(c.article, el);
        if (!metas.has(k) && metas.size < 400) metas.set(k, content.slice(0, 2_000));
        if (k === 'generator' && generators.length < 10) generators.push(content.slice(0, 200));
      }
    } else if (tag === 'A') {
      if (el.hasAttribute('href') && anchors.length < MAX_PER_LIST)
        anchors.push({ el, contact: inContact || footerLike });
    } else if (tag === 'SCRIPT') {
      push(c.scripts, el);
    } else if (tag === 'LINK') {
      if (el.hasAttribute('href')) push(c.stylesheets, el);
    } else if (tag === 'IFRAME' || tag === 'FORM') {
      if (el.hasAttribute('src') || el.hasAttribute('action')) push(c.embeds, el);
    }
    if (mayCarryTechMarkup(el, tag, cls)) push(c.techMarked, el);

    const children = el.children;
    const contact = inContact || footerLike || tag === 'ADDRESS';
    for (let i = Math.min(children.length, 5_000) - 1; i >= 0; i--) {
      const child = children[i];
      if (child) stack.push([child, contact, brand]);
    }
  }

  const about = c.about.filter((e) => S.about.some((sel) => safeMatches(e, sel))).slice(0, 4);
  const addresses = c.address
    .filter((e) => S.address.some((sel) => safeMatches(e, sel)))
    .slice(0, 5);
  return {
    footer: byPriority(c.footer, S.footer),
    main: byPriority(c.main, S.main) ?? doc.body,
    about,
    addresses,
    logo: byPriority(c.logo, S.logo),
    microdata: byPriority(c.microdata, S.microdataOrg),
    hasMicrodata,
    metas,
    generators,
    articleMarkup: c.article.some((e) => S.article.some((sel) => safeMatches(e, sel))),
    anchors,
    scripts: c.scripts,
    stylesheets: c.stylesheets,
    embeds: c.embeds,
    techMarked: c.techMarked,
  };
}
