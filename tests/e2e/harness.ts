import { test as base, type BrowserContext, type Page, type Worker } from '@playwright/test';
import { rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { launchWithExtension, serveFixtures } from './launch';

/** The end-to-end build: the shipped extension plus host permission for fixture sites. */
export const EXTENSION_DIR = resolve('.output/e2e/chrome-mv3');

/** The service worker's `chrome` global, as far as these tests use it. */
declare const chrome: {
  tabs: { query(q: object): Promise<{ id?: number; url?: string }[]> };
};

interface Harness {
  context: BrowserContext;
  extensionId: string;
  worker: Worker;
  serve(pages: Record<string, string>): Promise<void>;
  openPanelFor(page: Page, width?: number): Promise<Page>;
  tabIdOf(url: string): Promise<number>;
}

export const test = base.extend<{ criba: Harness }>({
  // eslint-disable-next-line no-empty-pattern
  criba: async ({}, use) => {
    const { context, extensionId, profile } = await launchWithExtension(EXTENSION_DIR, {
      headless: true,
    });
    const worker = context.serviceWorkers()[0]!;
    const harness: Harness = {
      context,
      extensionId,
      worker,
      serve: (pages) => serveFixtures(context, pages),
      async tabIdOf(url) {
        return worker.evaluate(async (u) => {
          const tabs = await chrome.tabs.query({});
          const tab = tabs.find((t) => t.url?.startsWith(u));
          if (!tab?.id) throw new Error(`no tab for ${u}`);
          return tab.id;
        }, url);
      },
      async openPanelFor(page, width = 360) {
        const tabId = await harness.tabIdOf(page.url());
        const panel = await context.newPage();
        await panel.setViewportSize({ width, height: 900 });
        await panel.goto(`chrome-extension://${extensionId}/sidepanel.html?tabId=${tabId}`);
        return panel;
      },
    };
    await use(harness);
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  },
});

export { expect } from '@playwright/test';
export { fixtureHtml } from './launch';
