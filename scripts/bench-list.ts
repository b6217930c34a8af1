/**
 * The prospects list at 100,000 (issue 12), in real Chromium with the built extension:
 * 100,000 prospects written into its database, then the page opened (count and first
 * rows), a sort, a filter and a search (rows on screen), the page's JS heap, and a save
 * through `saveProspect` with all of them stored. `npm run bench` includes these figures;
 * `npm run bench -- --list-only` prints them alone.
 */
import { chromium, type Page } from '@playwright/test';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export interface ListFigure {
  name: string;
  value: number;
  unit: string;
  budget: number | null;
}

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/lib/chromium/chromium';
export const LIST_COUNT = 100_000;

/**
 * In the page: runs `act`, then waits until the first row shown differs (ms). Written as
 * page source: a compiled callback would carry the script runner's helpers with it.
 */
function timeChange(page: Page, act: string): Promise<number> {
  return page.evaluate(`(async () => {
    const firstId = () =>
      document.querySelector('.list-body [data-prospect-id]')?.getAttribute('data-prospect-id');
    const before = firstId();
    const t0 = performance.now();
    ${act}
    await new Promise((done) => {
      const check = () => (firstId() && firstId() !== before ? done() : requestAnimationFrame(check));
      check();
    });
    return performance.now() - t0;
  })()`);
}

/** Sets a form control's value the way typing or choosing does (React listens to events). */
const setValue = (selector: string, value: string, event: 'input' | 'change') => `
  {
    const el = document.querySelector(${JSON.stringify(selector)});
    const proto = Object.getPrototypeOf(el);
    Object.getOwnPropertyDescriptor(proto, 'value').set.call(el, ${JSON.stringify(value)});
    el.dispatchEvent(new Event(${JSON.stringify(event)}, { bubbles: true }));
  }`;

export async function listTimings(extensionDir: string, workload: string): Promise<ListFigure[]> {
  const context = await chromium.launchPersistentContext(
    mkdtempSync(join(tmpdir(), 'criba-bench-')),
    {
      executablePath: CHROMIUM,
      headless: true,
      viewport: { width: 1280, height: 900 },
      args: [
        `--disable-extensions-except=${resolve(extensionDir)}`,
        `--load-extension=${resolve(extensionDir)}`,
        ...['--no-sandbox', '--disable-gpu', '--no-first-run', '--lang=en-GB'],
      ],
    },
  );
  try {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    const url = `chrome-extension://${new URL(worker.url()).host}/prospects.html`;
    const seeder = await context.newPage();
    await seeder.goto(url);
    await seeder.evaluate(workload);
    const t0 = Date.now();
    await seeder.evaluate(
      (n) =>
        (globalThis as unknown as { cribaList: { seed(n: number): Promise<void> } }).cribaList.seed(
          n,
        ),
      LIST_COUNT,
    );
    console.log(`seeded ${LIST_COUNT} prospects in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
    await seeder.close();

    const page = await context.newPage();
    // Arms, before the page's own code runs, a watch for the count and the first rows.
    await page.addInitScript(() => {
      new MutationObserver((_, observer) => {
        if (
          document.querySelector('[data-testid="prospect-count"]') &&
          document.querySelector('.list-body [data-prospect-id]')
        ) {
          (globalThis as unknown as { firstRows: number }).firstRows = performance.now();
          observer.disconnect();
        }
      }).observe(document, { childList: true, subtree: true });
    });
    await page.goto(url);
    await page.waitForFunction(() => 'firstRows' in globalThis, null, { timeout: 60_000 });
    const opened = await page.evaluate(
      () => (globalThis as unknown as { firstRows: number }).firstRows,
    );
    const sort = await timeChange(
      page,
      `document.querySelector('.list-head .col-name button').click();`,
    );
    const filter = await timeChange(
      page,
      setValue('.filters select[data-filter="status"]', 'proposal', 'change'),
    );
    const search = await timeChange(
      page,
      setValue('.filters input[type="search"]', 'garcía 12', 'input'),
    );
    const cdp = await context.newCDPSession(page);
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
    const saver = await context.newPage();
    await saver.goto(url);
    await saver.evaluate(workload);
    const saveMs = await saver.evaluate(() =>
      (
        globalThis as unknown as { cribaList: { timeSaves(n: number): Promise<number> } }
      ).cribaList.timeSaves(15),
    );
    return [
      {
        name: `prospects page opened → count and first rows (${LIST_COUNT.toLocaleString('en')} stored)`,
        value: opened,
        unit: 'ms',
        budget: 300,
      },
      { name: 'sort by name → rows', value: sort, unit: 'ms', budget: 150 },
      { name: 'filter by status → rows', value: filter, unit: 'ms', budget: 150 },
      { name: 'search "garcía 12" → rows', value: search, unit: 'ms', budget: 150 },
      { name: 'prospects page JS heap', value: usedSize / 2 ** 20, unit: 'MB', budget: 150 },
      {
        name: `save through saveProspect, median of 15 (${LIST_COUNT.toLocaleString('en')} stored)`,
        value: saveMs,
        unit: 'ms',
        budget: 50,
      },
    ];
  } finally {
    await context.close();
  }
}
