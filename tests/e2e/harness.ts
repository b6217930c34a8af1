import {
  test as base,
  expect,
  type BrowserContext,
  type Page,
  type Worker,
} from '@playwright/test';
import { rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { fixtureHtml, launchWithExtension, serveHtml } from './launch';
import { guardNetwork, type NetworkGuard } from './network-guard';

/** The end-to-end build: the shipped extension plus host permission for fixture sites. */
export const EXTENSION_DIR = resolve('.output/e2e/chrome-mv3');

/** The service worker's `chrome` global, as far as these tests use it. */
declare const chrome: {
  tabs: { query(q: object): Promise<{ id?: number; url?: string }[]> };
};

export interface Harness {
  context: BrowserContext;
  extensionId: string;
  worker: Worker;
  network: NetworkGuard;
  /** Serves each fixture (path under tests/fixtures) at its URL. */
  serve(pages: Record<string, string>): Promise<void>;
  /** Serves this HTML at this URL (origin + path). */
  serveHtml(url: string, html: string): Promise<void>;
  openPanelFor(page: Page, width?: number): Promise<Page>;
  /** The panel pinned to a tab, at 360 px wide and this high. */
  openPanelForTab(tabId: number, height?: number): Promise<Page>;
  /** The tab showing this URL; null: the last tab whose URL Criba cannot see. */
  tabIdOf(url: string | null): Promise<number>;
  /** Reloads the extension as an update does: tabs keep their orphaned readers. */
  reloadExtension(): Promise<void>;
}

export const test = base.extend<{ criba: Harness; cribaLocale: string }>({
  /** The browser's language (`--lang`, `--accept-lang`); `test.use({ cribaLocale: 'es' })`. */
  cribaLocale: ['en-GB', { option: true }],
  criba: async ({ cribaLocale }, use) => {
    const { context, extensionId, profile } = await launchWithExtension(EXTENSION_DIR, {
      headless: true,
      reloadable: true,
      locale: cribaLocale,
    });
    const worker = context.serviceWorkers()[0]!;
    const network = guardNetwork(context, extensionId);
    const harness: Harness = {
      context,
      extensionId,
      worker,
      network,
      async serve(pages) {
        for (const [url, path] of Object.entries(pages))
          await harness.serveHtml(url, fixtureHtml(path));
      },
      async serveHtml(url, html) {
        network.allowServed(url, html);
        await serveHtml(context, url, html);
      },
      async tabIdOf(url) {
        return harness.worker.evaluate(async (u) => {
          const tabs = await chrome.tabs.query({});
          const tab =
            u === null ? tabs.findLast((t) => !t.url) : tabs.find((t) => t.url?.startsWith(u));
          if (!tab?.id) throw new Error(`no tab for ${u}`);
          return tab.id;
        }, url);
      },
      async reloadExtension() {
        const browser = context.browser();
        if (!browser) throw new Error('no browser-level CDP session to reload the extension');
        const before = harness.worker;
        const replaced = context.waitForEvent('serviceworker', (w) => w !== before);
        const cdp = await browser.newBrowserCDPSession();
        const { id } = (await cdp.send('Extensions.loadUnpacked', { path: EXTENSION_DIR })) as {
          id: string;
        };
        if (id !== extensionId) throw new Error(`reloaded as ${id}, not ${extensionId}`);
        await cdp.detach();
        harness.worker = await replaced;
      },
      async openPanelForTab(tabId, height = 900) {
        const panel = await context.newPage();
        await panel.setViewportSize({ width: 360, height });
        await panel.goto(`chrome-extension://${extensionId}/sidepanel.html?tabId=${tabId}`);
        return panel;
      },
      async openPanelFor(page, width = 360) {
        const tabId = await harness.tabIdOf(page.url());
        const panel = await context.newPage();
        await panel.setViewportSize({ width, height: 900 });
        await panel.goto(`chrome-extension://${extensionId}/sidepanel.html?tabId=${tabId}`);
        return panel;
      },
    };
    try {
      await use(harness);
    } finally {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    }
    expect(network.outside, 'requests outside the fixture origins').toEqual([]);
  },
});

export { expect };
export { fixtureHtml } from './launch';
