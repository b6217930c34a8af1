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
