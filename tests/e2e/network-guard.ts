import type { BrowserContext, Request } from '@playwright/test';

/**
 * Records every request made in the browser — pages, extension pages and the service
 * worker (Chromium reports the worker's requests on the context) — that goes anywhere
 * but the routed fixture origins, the origins a served fixture names in its own HTML
 * (its images and scripts, which the catch-all route refuses), the extension itself, or
 * data:/blob: URLs. The harness fails any test that leaves one: Criba talks to no server.
 */
export interface NetworkGuard {
  /** Allows an origin served by a route, and every origin its HTML names. */
  allowServed(url: string, html: string): void;
  /** `<source> → <url>` for each request outside the allowed origins, in order. */
  readonly outside: string[];
}

const LOCAL_SCHEMES = new Set(['data:', 'blob:', 'about:']);

function sourceOf(request: Request): string {
  if (request.serviceWorker()) return 'service worker';
  try {
    return request.frame().url() || 'page';
  } catch {
    return 'page';
  }
}

export function guardNetwork(context: BrowserContext, extensionId: string): NetworkGuard {
  const allowed = new Set<string>([`chrome-extension://${extensionId}`]);
  const outside: string[] = [];
  context.on('request', (request) => {
    const url = new URL(request.url());
    // Not url.origin: Node gives "null" for chrome-extension: URLs.
    if (LOCAL_SCHEMES.has(url.protocol) || allowed.has(`${url.protocol}//${url.host}`)) return;
    outside.push(`${sourceOf(request)} → ${request.url()}`);
  });
  return {
    outside,
    allowServed(url, html) {
      allowed.add(new URL(url).origin);
      for (const [origin] of html.matchAll(/\bhttps?:\/\/[a-z0-9.-]+(?::\d+)?/gi))
        allowed.add(new URL(origin).origin);
    },
  };
}
