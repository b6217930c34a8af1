import Papa from 'papaparse';
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { hostileRecords } from '../support/hostile-records';
import { HOSTILE_STRINGS, LONG_UNBROKEN } from '../support/hostile-strings';
import { expect, fixtureHtml, test } from './harness';
import { seedDatabase } from './seed-db';

/**
 * Issue 14 §3: hostile strings in every displayed and exported field stay inert — nothing
 * runs, links are http(s) only, page text is bidi-isolated, long values wrap at 360 px,
 * and the CSV stays well formed and neutralised.
 */

declare global {
  interface Window {
    __pwned?: unknown;
  }
}

const PROFILE = 'https://www.linkedin.com/in/hostile-panel-demo/';
// eslint-disable-next-line no-control-regex -- NUL is what must not survive
const BIDI_OR_NUL = /[\u0000\u202A-\u202E\u2066-\u2069]/;
const PHONE_ONLY = /^\+[\d(][\d ().\-/]*$/;
const FORMULA_START = /^[=+\-@\t\r＝＋－＠]/;

/** Every dialog any page opens, and the links each page renders. */
function watchDialogs(pages: Page[]): string[] {
  const dialogs: string[] = [];
  for (const p of pages)
    p.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
  return dialogs;
}

/** Every link that leaves the page; the panel's own skip link (`#interview`) stays in it. */
/** Links that leave the extension: in-page anchors and the extension's own pages are not. */
const hrefs = (page: Page) =>
  page
    .locator('a[href]:not([href^="#"])')
    .evaluateAll((as) =>
      as
        .map((a) => (a as HTMLAnchorElement).href)
        .filter((href) => !href.startsWith(location.origin + '/')),
    );

const escapeHtml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

test('a hostile profile and hostile stored fields stay inert in the panel at 360 px', async ({
  criba,
}) => {
  // The page names its company with 4,000 unbroken characters and its person with markup
  // and a right-to-left override; the stored record adds hostile values to every field.
  const html = fixtureHtml('linkedin/linkedin-profile-es-ui-logged-in.html')
    .replaceAll('begona-irazabal-demo', 'hostile-panel-demo')
    .replaceAll('Txantxangorri Software', LONG_UNBROKEN)
    .replaceAll(
      'Begoña Irazabal Etxeberria',
      escapeHtml('<img src=x onerror="window.__pwned=1">\u202Egnp.exe'),
    )
    .replaceAll('Fundadora y CEO', escapeHtml('<script>window.__pwned=1</script>'));
  await criba.serveHtml(PROFILE, html);
  const everyField = 'javascript:window.__pwned=1 \u202Eexe.gnp\u202C ＝HYPERLINK("x")\u0000';
  const stored = await hostileRecords([everyField], () => 'hostile-panel-demo', new Date());

  const page = await criba.context.newPage();
  await page.goto(PROFILE);
  const panel = await criba.openPanelFor(page, 360);
  const dialogs = watchDialogs([page, panel]);
  // The panel has opened (and so created) its database before records are put in it.
  await expect(panel.locator('[data-field="person.name"]')).toBeVisible();
  await seedDatabase(panel, stored);
  await panel.reload();

  const company = panel.locator('[data-field="company.name"] .fact-value');
  await expect(company).toContainText(LONG_UNBROKEN.slice(0, 100));
  await expect(panel.locator('[data-field="person.title"] .fact-value')).toContainText('HYPERLINK');
  // Values are isolated from their labels and carry no override or NUL.
  const values = await panel.locator('.fact-value').evaluateAll((els) =>
    els.map((e) => ({
      tag: e.tagName,
      bidi: getComputedStyle(e).unicodeBidi,
      text: e.textContent,
    })),
  );
  const filled = values.filter((v) => v.tag === 'BDI');
  expect(filled.length).toBeGreaterThan(5);
  for (const v of filled) {
    expect(v.bidi).toBe('isolate');
    expect(v.text).not.toMatch(BIDI_OR_NUL);
  }
  // Long values wrap: the panel never scrolls sideways.
  const width = await panel.evaluate(() => document.documentElement.scrollWidth);
  expect(width).toBeLessThanOrEqual(360);
  await panel.screenshot({ path: 'test-results/hostile-panel-360.png', fullPage: true });
  await panel.screenshot({
    path: 'test-results/hostile-panel-360-top.png',
    clip: { x: 0, y: 0, width: 360, height: 900 },
  });

  await panel
    .locator('.save-bar')
    .getByRole('button', { name: /Save|Guardar/ })
    .click();
  await expect(panel.getByTestId('saved-badge')).toBeVisible();
  for (const href of await hrefs(panel)) expect(href).toMatch(/^https?:/);
  expect(await panel.evaluate(() => window.__pwned)).toBeUndefined();
  expect(await page.evaluate(() => window.__pwned)).toBeUndefined();
  expect(dialogs).toEqual([]);
});

test(`${HOSTILE_STRINGS.length} hostile strings through the prospects page and the CSV`, async ({
  criba,
}) => {
  expect(HOSTILE_STRINGS.length).toBeGreaterThanOrEqual(500);
  const backup = await hostileRecords(HOSTILE_STRINGS, (i) => `hostile-${i}`, new Date());
  const list = await criba.context.newPage();
  const dialogs = watchDialogs([list]);
  await list.goto(`chrome-extension://${criba.extensionId}/prospects.html`);
  await seedDatabase(list, backup);
  await list.reload();
  await expect(list.locator('[data-prospect-id]').first()).toBeVisible();

  // The list is virtualised: scroll through it so every row is rendered once.
  const body = list.locator('.list-body');
  const seen = new Set<string>();
  const links = new Set<string>();
  for (let more = true; more;) {
    for (const href of await hrefs(list)) links.add(href);
    const ids = await list
      .locator('[data-prospect-id]')
      .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-prospect-id')!));
    ids.forEach((id) => seen.add(id));
    const text = await body.evaluate((el) => el.textContent ?? '');
    expect(text).not.toMatch(BIDI_OR_NUL);
    // Half a screen at a time, then wait for the virtualiser to draw the rows scrolled to:
    // reading before it has drawn would skip a screen of rows.
    more = await body.evaluate((el) => {
      const before = el.scrollTop;
      el.scrollTop += Math.floor(el.clientHeight / 2);
      return el.scrollTop !== before;
    });
    if (more)
      await expect
        .poll(() =>
          list
            .locator('[data-prospect-id]')
            .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-prospect-id')!)),
        )
        .not.toEqual(ids);
  }
  expect(seen.size).toBe(HOSTILE_STRINGS.length);
  expect([...links].filter((href) => !/^https?:/.test(href))).toEqual([]);
  expect(await list.evaluate(() => window.__pwned)).toBeUndefined();
  expect(dialogs).toEqual([]);

  await list.getByRole('button', { name: 'Export…' }).click();
  const [download] = await Promise.all([
    list.waitForEvent('download'),
    list.getByRole('dialog').getByRole('button', { name: 'Export', exact: true }).click(),
  ]);
  const csv = readFileSync((await download.path())!, 'utf8').replace(/^\uFEFF/, '');
  const parsed = Papa.parse<string[]>(csv, { newline: '\r\n' });
  expect(parsed.errors).toEqual([]);
  expect(parsed.data).toHaveLength(HOSTILE_STRINGS.length + 1);
  const cells = parsed.data.slice(1).flat();
  expect(cells.filter((cell) => BIDI_OR_NUL.test(cell))).toEqual([]);
  expect(cells.filter((c) => FORMULA_START.test(c) && !PHONE_ONLY.test(c))).toEqual([]);
  // The corpus reached the file: its markup is there, as text.
  expect(cells).toContain('<script>window.__pwned=1</script>');
});
