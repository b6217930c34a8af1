import type { PageScope } from './page-scope';

/** The page's links, read once and shared by the contact, social and hiring readers. */
export interface PageLink {
  /** The `href` as written. */
  href: string;
  /** The link resolved against the page; null for non-http(s) links (tel:, mailto:…). */
  url: URL | null;
  text: string;
  /** Inside the footer or an `<address>`: where a site puts its own contact details. */
  contact: boolean;
}

const MAX_LINKS = 1_500;

/** Reads the anchors the page scope collected (in document order). */
export function pageLinks(anchors: PageScope['anchors'], page: URL): PageLink[] {
  const out: PageLink[] = [];
  for (const { el, contact } of anchors.slice(0, MAX_LINKS)) {
    const href = (el.getAttribute('href') ?? '').trim().slice(0, 2_000);
    if (!href || href.startsWith('#')) continue;
    let url: URL | null = null;
    try {
      const u = new URL(href, page);
      if (u.protocol === 'https:' || u.protocol === 'http:') url = u;
    } catch {
      url = null;
    }
    const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 200);
    out.push({ href, url, text, contact });
  }
  return out;
}

/** Same organisation's host: the page host, a subdomain of it, or its parent (www ↔ bare). */
export function sameSite(url: URL, page: URL): boolean {
  const a = url.hostname.toLowerCase().replace(/^www\./, '');
  const b = page.hostname.toLowerCase().replace(/^www\./, '');
  return a === b || a.endsWith(`.${b}`) || b.endsWith(`.${a}`);
}
