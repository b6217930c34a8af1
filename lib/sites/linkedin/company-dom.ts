import { siteOfHost } from '../registry';
import { attr, text } from '../shared/dom';
import {
  ABOUT_TEST_IDS,
  COMPANY,
  LABELS,
  OVERVIEW_HEADING,
  REDIRECT_PATHS,
  SIDE_LIST_HEADING,
  SIDE_LISTS,
  type LabelKey,
} from './company-selectors';

/** Whether an element sits in a side list (another company's card, never this page's). */
export function inSideList(el: Element): boolean {
  try {
    if (el.closest(SIDE_LISTS)) return true;
  } catch {
    return false;
  }
  let node: Element | null = el.parentElement;
  for (let depth = 0; node && depth < 25; depth++, node = node.parentElement) {
    if ((node.tagName === 'SECTION' || node.tagName === 'DIV') && headedAsSideList(node))
      return true;
  }
  return false;
}

/** A container whose own heading (a direct h2/h3, or one in its header) names a side list. */
function headedAsSideList(node: Element): boolean {
  for (const child of Array.from(node.children).slice(0, 4)) {
    const heading =
      child.tagName === 'H2' || child.tagName === 'H3'
        ? child
        : child.tagName === 'HEADER'
          ? child.querySelector('h2, h3')
          : null;
    const label = text(heading, 120);
    if (label && SIDE_LIST_HEADING.test(label)) return true;
  }
  return false;
}

/**
 * Elements matching the selectors, ranked by the first selector each matches (the list
 * is a fallback order), outside side lists. One query for the whole list: a page has
 * thousands of nodes and most selectors match nothing.
 */
export function allOwn(root: ParentNode, selectors: readonly string[], limit = 60): Element[] {
  let found: Element[];
  try {
    found = Array.from(root.querySelectorAll(selectors.join(', ')));
  } catch {
    // One invalid selector in a fallback list must not hide the valid ones.
    found = selectors.flatMap((sel) => {
      try {
        return Array.from(root.querySelectorAll(sel));
      } catch {
        return [];
      }
    });
  }
  const ranked =
    selectors.length > 1
      ? found
          .slice(0, 400)
          .map((el, i) => ({ el, i, rank: selectors.findIndex((sel) => matches(el, sel)) }))
          .sort((a, b) => a.rank - b.rank || a.i - b.i)
          .map((x) => x.el)
      : found;
  const out: Element[] = [];
  for (const el of ranked) {
    if (!out.includes(el) && !inSideList(el)) out.push(el);
    if (out.length >= limit) break;
  }
  return out;
}

function matches(el: Element, selector: string): boolean {
  try {
    return el.matches(selector);
  } catch {
    return false;
  }
}

/** The first element matching a selector list, outside side lists. */
export function firstOwn(root: ParentNode, selectors: readonly string[]): Element | null {
  return allOwn(root, selectors, 1)[0] ?? null;
}

/**
 * Labelled facts of the about tab: each `dt` whose label is known, with the `dd`
 * elements up to the next `dt`; then the logged-out `data-test-id` fields, which hold
 * even when the label is in a language this reader does not know.
 */
export function labelledFacts(doc: Document): Map<LabelKey, Element[]> {
  const facts = new Map<LabelKey, Element[]>();
  for (const dt of allOwn(doc, [COMPANY.labels], 80)) {
    const label = (text(dt, 80) ?? '').replace(/:$/, '').trim();
    const key = (Object.keys(LABELS) as LabelKey[]).find((k) => LABELS[k].test(label));
    if (!key || facts.has(key)) continue;
    const values: Element[] = [];
    for (let sib = dt.nextElementSibling; sib && sib.tagName !== 'DT'; sib = sib.nextElementSibling)
      if (sib.tagName === 'DD' && values.length < 5) values.push(sib);
    if (values.length) facts.set(key, values);
  }
  const byId = new Map(
    Object.entries(ABOUT_TEST_IDS).map(([k, id]) => [`about-us__${id}`, k as LabelKey]),
  );
  for (const field of allOwn(doc, ['[data-test-id^="about-us__"]'], 30)) {
    const key = byId.get(attr(field, 'data-test-id') ?? '');
    if (!key || facts.has(key)) continue;
    const values = Array.from(field.querySelectorAll('dd')).slice(0, 5);
    if (values.length) facts.set(key, values);
  }
  return facts;
}

/** An outbound link's real target: LinkedIn's redirect wrappers are unwrapped. */
export function outboundUrl(href: string | null | undefined, base: URL): string | null {
  if (!href) return null;
  let u: URL;
  try {
    u = new URL(href.trim(), base);
  } catch {
    return null;
  }
  for (let hops = 0; hops < 3 && isLinkedinHost(u.hostname); hops++) {
    if (!REDIRECT_PATHS.some((p) => u.pathname.startsWith(p))) return null;
    const target = u.searchParams.get('url');
    if (!target) return null;
    try {
      u = new URL(target);
    } catch {
      return null;
    }
  }
  if (u.protocol !== 'https:' && u.protocol !== 'http:') return null;
  if (isLinkedinHost(u.hostname) || !u.hostname.includes('.')) return null;
  // Campaign tags say how the visitor arrived, not where the company lives.
  for (const key of [...u.searchParams.keys()])
    if (/^(utm_|trk$|originalSubdomain$)/i.test(key)) u.searchParams.delete(key);
  return u.href;
}

/** LinkedIn itself, or its link shortener. */
export function isLinkedinHost(host: string): boolean {
  return siteOfHost(host) === 'linkedin' || host.toLowerCase() === 'lnkd.in';
}

/** A website from a `dd`: its link (unwrapped), else a bare domain written as text. */
export function websiteFrom(el: Element | null | undefined, base: URL): string | null {
  if (!el) return null;
  for (const a of Array.from(el.querySelectorAll('a[href]')).slice(0, 5)) {
    const url = outboundUrl(attr(a, 'href'), base);
    if (url) return url;
  }
  const t = text(el, 300);
  if (t && /^(https?:\/\/)?[a-z0-9-]+(\.[a-z0-9-]+)+(\/\S*)?$/i.test(t))
    return outboundUrl(/^https?:/i.test(t) ? t : `https://${t}`, base);
  return null;
}

/** A phone number from a `dd`: the `tel:` link, else the first phone-like run of text. */
export function phoneFrom(el: Element | null | undefined): string | null {
  if (!el) return null;
  const tel = el.querySelector('a[href^="tel:"]');
  const fromText = /\+?\d[\d\s().-]{5,22}\d/.exec(text(tel ?? el, 200) ?? '')?.[0];
  if (fromText) return fromText.replace(/\s+/g, ' ').trim();
  const href = attr(tel, 'href')?.slice(4);
  return href && /^\+?[\d\s().-]{6,25}$/.test(href) ? href : null;
}

/**
 * Specialties as LinkedIn lists them: "A, B and C" / "A, B y C". Only the last " and "/
 * " y " splits, as LinkedIn joins the list that way (a specialty may itself hold "y").
 */
export function splitSpecialties(input: string | null): string[] {
  if (!input) return [];
  const parts = input.slice(0, 3000).split(/\s*[,;·]\s*/);
  const last = parts.pop() ?? '';
  const m = /^(.*\S)\s+(?:and|y|e|&)\s+(\S.*)$/i.exec(last);
  if (m?.[1] && m[2]) parts.push(m[1], m[2]);
  else parts.push(last);
  return parts
    .map((p) => p.trim())
    .filter((p) => p.length > 0 && p.length <= 120)
    .slice(0, 60);
}

/** The description paragraph under an "Overview"/"Información general" heading. */
export function overviewText(doc: Document): string | null {
  for (const h of allOwn(doc, ['h2'], 40)) {
    if (!OVERVIEW_HEADING.test(text(h, 80) ?? '')) continue;
    const section = h.closest('section') ?? h.parentElement;
    const p = section?.querySelector('p');
    const t = text(p, 4000);
    if (t && t.length >= 20) return stripSeeMore(t);
  }
  const module = firstOwn(doc, [...COMPANY.aboutDescriptionLoggedOut, ...COMPANY.aboutModule]);
  const t = text(module, 4000);
  return t ? stripSeeMore(t) : null;
}

function stripSeeMore(s: string): string {
  return s.replace(/\s*…?\s*(see more|ver más|mostrar más)\s*$/i, '').trim();
}
