import { chromium, type BrowserContext } from '@playwright/test';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/**
 * Launching Debian's Chromium with Criba loaded, serving authored fixtures at their real
 * URLs and refusing every other request outside localhost. Shared by the end-to-end
 * tests and `npm run demo`.
 */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/lib/chromium/chromium';
const FIXTURES = resolve('tests/fixtures');

export function fixtureHtml(path: string): string {
  return readFileSync(join(FIXTURES, path), 'utf8');
}

export async function launchWithExtension(
  extensionDir: string,
  options: { headless: boolean; locale?: string; reloadable?: boolean },
): Promise<{ context: BrowserContext; extensionId: string; profile: string }> {
  const profile = mkdtempSync(join(tmpdir(), 'criba-chromium-'));
  const locale = options.locale ?? 'en-GB';
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: options.headless,
    locale,
    acceptDownloads: true,
    viewport: options.headless ? { width: 1280, height: 900 } : null,
    args: [
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      `--lang=${locale}`,
      `--accept-lang=${locale}`,
      // Lets a test reload the unpacked extension over CDP (Extensions.loadUnpacked), as
      // the rep's browser does on an update. Tests only: the demo never passes it.
      ...(options.reloadable ? ['--enable-unsafe-extension-debugging'] : []),
    ],
  });
  // Registered first, so it runs last: anything not served by a later route is refused.
  await context.route(
    (url) =>
      !['localhost', '127.0.0.1'].includes(url.hostname) && url.protocol !== 'chrome-extension:',
    (route) => route.abort('blockedbyclient'),
  );
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  return { context, extensionId: new URL(worker.url()).host, profile };
}

/** Serves each fixture (path under tests/fixtures) at its URL (origin + path). */
export async function serveFixtures(
  context: BrowserContext,
  pages: Record<string, string>,
): Promise<void> {
  for (const [url, path] of Object.entries(pages)) await serveHtml(context, url, fixtureHtml(path));
}

/** Serves this HTML at this URL (origin + path). */
export async function serveHtml(context: BrowserContext, url: string, html: string): Promise<void> {
  await context.route(
    (u) => `${u.origin}${u.pathname}` === url,
    (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }),
  );
}
