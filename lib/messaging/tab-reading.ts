import { isDeclaredHost, siteOfHost, type SiteId } from '../sites/registry';

/**
 * Which reader a tab URL needs, decided on the URL alone (no browser APIs) from the site
 * registry, so the background's routing is unit-testable.
 */
export type ReaderScript = SiteId;

/**
 * `declared`: a manifest content script runs there (required host permission).
 * `optional`: the reader is injected on demand and needs the origin granted (or activeTab).
 */
export type TabRoute =
  | { kind: 'restricted' }
  | { kind: 'declared'; script: ReaderScript; origin: string }
  | { kind: 'optional'; script: ReaderScript; origin: string };

/** Pages no extension may script, whatever its permissions. */
const RESTRICTED_HOSTS = new Set([
  'chrome.google.com',
  'chromewebstore.google.com',
  'microsoftedge.microsoft.com',
  'addons.mozilla.org',
]);

export function routeForUrl(raw: string | undefined | null): TabRoute {
  let url: URL;
  try {
    url = new URL(raw ?? '');
  } catch {
    return { kind: 'restricted' };
  }
  // Plain http is never read: the readers, like the permissions, are https only.
  if (url.protocol !== 'https:') return { kind: 'restricted' };
  const host = url.hostname.toLowerCase();
  if (RESTRICTED_HOSTS.has(host)) return { kind: 'restricted' };
  // Logged-out country pages (es.linkedin.com) are outside the required host permission.
  const kind = isDeclaredHost(host) ? 'declared' : 'optional';
  return { kind, script: siteOfHost(host), origin: url.origin };
}

/** The optional-permission pattern that grants one origin (`https://host/*`). */
export function originPattern(origin: string): string {
  return `${origin.replace(/\/+$/, '')}/*`;
}

/**
 * The origin of a website the rep typed or pasted for a tab whose address is hidden
 * ("www.example.es", "https://example.es/contacto"): https only, a host with a dot, no
 * credentials, not a page no extension may read. Null when it is not such an address.
 */
export function typedSiteOrigin(text: string): string | null {
  const t = text.trim();
  if (!t || t.length > 300 || /\s/.test(t)) return null;
  let url: URL;
  try {
    url = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(t) ? t : `https://${t}`);
  } catch {
    return null;
  }
  if (url.username || url.password || !url.hostname.includes('.')) return null;
  const route = routeForUrl(url.href);
  return route.kind === 'restricted' ? null : route.origin;
}

/** The https origin of a page address a reader reported (a company's website), else null. */
export function siteOrigin(raw: unknown): string | null {
  if (typeof raw !== 'string') return null;
  const route = routeForUrl(raw);
  return route.kind === 'optional' ? route.origin : null;
}
