/**
 * Which reader a tab URL needs, decided on the URL alone (no browser APIs), so the
 * background's routing is unit-testable.
 */
export type ReaderScript = 'linkedin' | 'gmail' | 'website';

/**
 * `declared`: a manifest content script runs there (required host permission).
 * `optional`: the reader is injected on demand and needs the origin granted (or activeTab).
 */
export type TabRoute =
  | { kind: 'restricted' }
  | { kind: 'declared'; script: ReaderScript; origin: string }
  | { kind: 'optional'; script: ReaderScript; origin: string };

/** The built file of each reader, as `scripting.executeScript` takes it. */
export const READER_FILES: Record<ReaderScript, string> = {
  linkedin: '/linkedin-reader.js',
  gmail: '/gmail-reader.js',
  website: '/website-reader.js',
};

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
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return { kind: 'restricted' };
  const host = url.hostname.toLowerCase();
  if (RESTRICTED_HOSTS.has(host)) return { kind: 'restricted' };
  if (url.protocol !== 'https:') return { kind: 'restricted' };
  const origin = url.origin;
  if (host === 'www.linkedin.com') return { kind: 'declared', script: 'linkedin', origin };
  if (host === 'mail.google.com') return { kind: 'declared', script: 'gmail', origin };
  // Logged-out country pages (es.linkedin.com) are outside the required host permission.
  if (host === 'linkedin.com' || host.endsWith('.linkedin.com'))
    return { kind: 'optional', script: 'linkedin', origin };
  return { kind: 'optional', script: 'website', origin };
}

/** The optional-permission pattern that grants one origin (`https://host/*`). */
export function originPattern(origin: string): string {
  return `${origin.replace(/\/+$/, '')}/*`;
}
