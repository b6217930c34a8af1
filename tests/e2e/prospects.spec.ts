import type { Page } from '@playwright/test';
import { listRecords } from '../support/list-records';
import { expect, test } from './harness';
import { seedDatabase } from './seed-db';

/**
 * Issue 12 §2: the prospects list — sorted by a heading, searched without accents,
 * filtered, worked in bulk, opened in a detail view — at 1280 px and at 360 px, in both
 * languages (screenshots in test-results/ for a human to look at).
 */
const NOW = new Date('2026-03-02T09:00:00.000Z');

async function openList(criba: { context: { newPage(): Promise<Page> }; extensionId: string }) {
  const list = await criba.context.newPage();
  await list.goto(`chrome-extension://${criba.extensionId}/prospects.html`);
  await seedDatabase(list, await listRecords(NOW));
  await list.reload();
  await expect(list.getByTestId('prospect-count')).toHaveText('7 of 7 prospects');
  return list;
}

const names = (list: Page) =>
  list.locator('.list-body .col-name').evaluateAll((cells) => cells.map((c) => c.textContent));

test('sort, search, filter, bulk status and the detail view', async ({ criba }) => {
  const list = await openList(criba);
  await list.setViewportSize({ width: 1280, height: 900 });

  const heading = list.locator('.list-head .col-name');
  await heading.getByRole('button').click();
  await expect(heading).toHaveAttribute('aria-sort', 'ascending');
  await expect
    .poll(() => names(list))
    .toEqual([
      'Ana Pérez Lozano',
      'Jon Etxeberria',
      'Lucas Fernández',
      'María José Castillo',
      'Pau Riera',
      'Sofía Martín',
      'Zafiro Textil',
    ]);
  await heading.getByRole('button').click();
  await expect(heading).toHaveAttribute('aria-sort', 'descending');
  await expect.poll(async () => (await names(list))[0]).toBe('Zafiro Textil');

  await list.getByRole('searchbox').fill('PÉR');
  await expect.poll(() => names(list)).toEqual(['Ana Pérez Lozano']);
  await list.getByRole('searchbox').fill('');

  await list.getByLabel('Outcome', { exact: true }).selectOption('lost');
  await expect.poll(() => names(list)).toEqual(['Lucas Fernández']);
  await expect(list.locator('.list-body .col-outcome')).toHaveText(['Chose a competitor']);
  await list.getByRole('button', { name: 'Clear filters' }).click();

  await list.getByLabel('Select: Pau Riera').check();
  await list.getByLabel('Select: Sofía Martín').check();
  await expect(list.getByText('2 selected')).toBeVisible();
  await list.getByLabel('Set status', { exact: true }).selectOption('contacted');
  await expect(list.getByText('Updated 2 prospects.')).toBeVisible();
  await list.getByLabel('Status', { exact: true }).first().selectOption('contacted');
  await expect.poll(() => names(list)).toEqual(['Sofía Martín', 'Pau Riera']);
  await list.screenshot({ path: 'test-results/prospects-1280-filtered-en.png' });
  await list.getByRole('button', { name: 'Clear filters' }).click();

  await list.getByRole('button', { name: 'Open María José Castillo' }).click();
  const dialog = list.getByRole('dialog');
  await expect(dialog).toContainText('Frutas del Segura');
  await expect(dialog).toContainText('€18,500');
  await expect(dialog.getByRole('link').first()).toHaveAttribute('href', /^https:/);
  await dialog.getByLabel('Status').selectOption('meeting');
  await expect(dialog.getByLabel('Status')).toHaveValue('meeting');
  await list.screenshot({ path: 'test-results/prospects-1280-detail-en.png' });
  await dialog.getByRole('button', { name: 'Close' }).click();
  const row = list.locator('[data-prospect-id="li:frutas-segura-demo"]');
  await expect(row.locator('.col-status')).toHaveText('Meeting');
});

for (const lang of ['en', 'es'] as const) {
  for (const width of [360, 1280]) {
    test(`the list at ${width} px in ${lang}`, async ({ criba }) => {
      const list = await openList(criba);
      await list.setViewportSize({ width, height: 900 });
      await list.locator('.lang-switch').selectOption(lang);
      const row = list.locator('[data-prospect-id="li:estudi-gris-demo"]');
      await expect(row).toContainText('Pau Riera');
      await expect(row).toContainText(lang === 'es' ? 'Descartado' : 'Disqualified');
      const overflow = await list.evaluate(
        () => document.documentElement.scrollWidth - window.innerWidth,
      );
      expect(overflow).toBeLessThanOrEqual(0);
      await list.screenshot({
        path: `test-results/prospects-${width}-${lang}.png`,
        fullPage: true,
      });
      await list.locator('[data-prospect-id="li:andes-cargo-demo"] .col-name button').click();
      await expect(list.getByRole('dialog')).toContainText('Andes Cargo');
      await list.screenshot({ path: `test-results/prospects-${width}-${lang}-detail.png` });
    });
  }
}
