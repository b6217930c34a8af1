import type { Page } from '@playwright/test';
import type { BackupData } from '../../lib/export/backup';
import { seedProspects } from '../support/insight-seed';
import { expect, test } from './harness';
import { seedDatabase } from './seed-db';

/**
 * The insights page in Chromium over a database of invented prospects with realistic
 * outcomes: it renders its charts and warning signs, a number opens the prospects page
 * with exactly the rows it counts (shown as removable filters), and screenshots at 360
 * and 1280 px in both languages land in docs/screenshots/ for a human to look at.
 */
const seeded = seedProspects(240, 90, new Date());

async function seed(page: Page) {
  const backup = {
    accounts: seeded.map((s) => s.account),
    contacts: seeded.map((s) => s.contact),
    prospects: seeded.map((s) => s.prospect),
    scoreHistory: [],
    rows: seeded.map((s) => s.row),
  } as unknown as BackupData;
  await seedDatabase(page, backup);
}

test('the charts render, and a number opens the prospects it counts', async ({ criba }) => {
  const page = await criba.context.newPage();
  await page.goto(`chrome-extension://${criba.extensionId}/insights.html`);
  await seed(page);
  await page.reload();
  await expect(page.getByTestId('funnel')).toBeVisible();
  await expect(page.getByTestId('by-criterion')).toBeVisible();
  await expect(page.locator('[data-sign]')).toHaveCount(3);
  await expect(page.locator('[data-sign="discounts"]')).not.toHaveAttribute(
    'data-state',
    'loading',
  );

  const won = seeded.filter((s) => s.row.status === 'won').length;
  const wonLink = page.locator('[data-step="won"] .count-link');
  await expect(wonLink).toHaveText(String(won));
  await wonLink.click();
  await expect(page).toHaveURL(/prospects\.html\?funnel=4/);
  await expect(page.getByTestId('prospect-count')).toHaveText(
    `${won} of ${seeded.length} prospects`,
  );
  const chips = page.getByTestId('active-filters');
  await expect(chips).toContainText('Reached: Won');
  // Removing the filter shows everyone again.
  await chips.getByRole('button').click();
  await expect(page.getByTestId('prospect-count')).toHaveText(
    `${seeded.length} of ${seeded.length} prospects`,
  );

  // A criterion "not met" link counts the decided prospects without it.
  await page.goto(`chrome-extension://${criba.extensionId}/insights.html`);
  const notMet = page
    .getByTestId('by-criterion')
    .locator('.rate-line')
    .nth(1)
    .locator('.count-link')
    .last();
  const expected = Number(await notMet.textContent());
  await notMet.click();
  await expect(page.getByTestId('prospect-count')).toHaveText(
    `${expected} of ${seeded.length} prospects`,
  );
  await expect(page.getByTestId('active-filters')).toContainText('Not met:');
});

test('every number on the page opens exactly the prospects it counts', async ({ criba }) => {
  // A hundred-odd page loads: minutes on a loaded machine.
  test.setTimeout(360_000);
  const page = await criba.context.newPage();
  await page.goto(`chrome-extension://${criba.extensionId}/insights.html`);
  await seed(page);
  await page.reload();
  await expect(page.locator('[data-sign="discounts"]')).not.toHaveAttribute(
    'data-state',
    'loading',
  );
  await expect(page.getByTestId('by-answer')).toBeVisible();
  const links = await page
    .locator('.count-link')
    .evaluateAll((as) =>
      as.map((a) => ({ href: a.getAttribute('href') ?? '', n: a.textContent ?? '' })),
    );
  const distinct = [...new Map(links.map((l) => [`${l.href} ${l.n}`, l])).values()];
  // The time buckets and the discounted wins too, not only the breakdowns.
  expect(distinct.some(({ href }) => href.includes('decidedIn='))).toBe(true);
  expect(distinct.some(({ href }) => href.includes('discounted=1'))).toBe(true);
  expect(distinct.length).toBeGreaterThan(60);
  for (const { href, n } of distinct) {
    await page.goto(`chrome-extension://${criba.extensionId}/${href}`);
    await expect(page.getByTestId('prospect-count'), href).toHaveText(
      `${n} of ${seeded.length} prospects`,
      { timeout: 15_000 },
    );
  }
});

test('a time bucket opens its deals, its filter shown and removable', async ({ criba }) => {
  const page = await criba.context.newPage();
  await page.goto(`chrome-extension://${criba.extensionId}/insights.html`);
  await seed(page);
  await page.reload();
  const bucket = page.locator('[data-bucket="quarter"] .count-link');
  const expected = Number(await bucket.textContent());
  await bucket.click();
  await expect(page).toHaveURL(/decidedIn=quarter/);
  await expect(page.getByTestId('prospect-count')).toHaveText(
    `${expected} of ${seeded.length} prospects`,
  );
  const chips = page.getByTestId('active-filters');
  await expect(chips).toContainText('Time to decision: One to three months');
  await chips.getByRole('button').click();
  await expect(page.getByTestId('prospect-count')).toHaveText(
    `${seeded.length} of ${seeded.length} prospects`,
  );
});

for (const lang of ['en', 'es'] as const)
  for (const width of [360, 1280])
    test(`screenshot at ${width} px in ${lang}`, async ({ criba }) => {
      const page = await criba.context.newPage();
      await page.setViewportSize({ width, height: 900 });
      await page.goto(`chrome-extension://${criba.extensionId}/insights.html`);
      await seed(page);
      await page.reload();
      await page.locator('.lang-switch').selectOption(lang);
      await expect(page.getByTestId('by-answer')).toBeVisible();
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - window.innerWidth,
      );
      expect(overflow, 'the page scrolls sideways').toBeLessThanOrEqual(0);
      await page.screenshot({
        path: `docs/screenshots/insights-${lang}-${width}.png`,
        fullPage: true,
      });
    });
