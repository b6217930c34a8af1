import type { Page } from '@playwright/test';
import { closedDealRecords } from '../support/closed-deal-records';
import { expect, test } from './harness';
import { seedDatabase } from './seed-db';

/**
 * Issue 15 §2–4 in the built extension: 48 closed deals of invented people (and 6 open
 * ones), scored with the default ICP; the options page proposes new weights from them,
 * the rep applies the proposal as ICP version 1 and re-scores, and the prospects page
 * shows the new grades. Screenshots of the card at 360 px in both languages.
 */
const NOW = new Date('2026-11-20T10:00:00.000Z');

const TEXT = {
  en: {
    counts: /Closed deals: \d+ won, \d+ lost, \d+ with no decision\./,
    run: 'Propose new weights',
    apply: 'Apply as a new ICP version',
    applied: 'Saved as ICP version 1.',
    rescore: 'Re-score all',
    rescored: 'Re-scored 54 prospects with ICP version 1.',
    auc: 'Area under the ROC curve',
  },
  es: {
    counts: /Oportunidades cerradas: \d+ ganadas, \d+ perdidas, \d+ sin decisión\./,
    run: 'Proponer nuevos pesos',
    apply: 'Aplicar como nueva versión del ICP',
    applied: 'Guardado como versión 1 del ICP.',
    rescore: 'Volver a puntuar todo',
    rescored: 'Se han vuelto a puntuar 54 prospectos con la versión 1 del ICP.',
    auc: 'Área bajo la curva ROC',
  },
} as const;

/** Every prospect's grade as the list shows it, by id (the list sorted by name, all rows drawn). */
async function gradesShown(list: Page): Promise<Record<string, string>> {
  await expect(list.getByTestId('prospect-count')).toContainText('54');
  const grades: Record<string, string> = {};
  const body = list.locator('.list-body');
  for (let pass = 0; pass < 20; pass++) {
    const seen = await list
      .locator('[data-prospect-id]')
      .evaluateAll((rows) =>
        rows.map((r) => [
          r.getAttribute('data-prospect-id') ?? '',
          r.querySelector('.col-grade')?.textContent?.trim() ?? '',
        ]),
      );
    for (const [id, grade] of seen) if (id) grades[id] = grade as string;
    if (Object.keys(grades).length >= 54) break;
    await body.evaluate((el) => el.scrollBy(0, el.clientHeight));
    await list.waitForTimeout(50);
  }
  return grades;
}

for (const lang of ['en', 'es'] as const) {
  test.describe(lang, () => {
    test.use({ cribaLocale: lang });

    test(`calibration proposes, applies and re-scores (${lang})`, async ({ criba }) => {
      const text = TEXT[lang];
      const list = await criba.context.newPage();
      await list.setViewportSize({ width: 1280, height: 900 });
      await list.goto(`chrome-extension://${criba.extensionId}/prospects.html`);
      await seedDatabase(list, await closedDealRecords(NOW, { closed: 48, open: 6, seed: 5 }));
      await list.reload();
      const before = await gradesShown(list);
      expect(Object.keys(before)).toHaveLength(54);

      const page = await criba.context.newPage();
      await page.setViewportSize({ width: 360, height: 800 });
      await page.goto(`chrome-extension://${criba.extensionId}/options.html#calibration`);
      const card = page.locator('#calibration');
      // The insights page links here: the card is on screen without scrolling by hand.
      await expect(card.getByRole('heading', { level: 2 })).toBeInViewport();
      await expect(card.getByTestId('calibration-counts')).toHaveText(text.counts);
      await card.getByRole('button', { name: text.run }).click();
      await expect(card.getByTestId('calibration-weights')).toBeVisible();
      await expect(card.getByTestId('calibration-backtest')).toContainText(text.auc);
      await expect(card.locator('[data-changed]').first()).toBeVisible();
      await card.scrollIntoViewIfNeeded();
      // The fixed save bar would cover part of the card in a picture of the card alone.
      await card.screenshot({
        path: `docs/screenshots/calibration-${lang}.png`,
        style: '.options-save-bar { visibility: hidden; }',
      });

      await card.getByRole('button', { name: text.apply }).click();
      await expect(card).toContainText(text.applied);
      await expect(page.getByTestId('version-badge')).toContainText('1');
      await card.getByRole('button', { name: text.rescore }).click();
      await expect(card).toContainText(text.rescored);

      await list.reload();
      const after = await gradesShown(list);
      const changed = Object.keys(before).filter((id) => before[id] !== after[id]);
      expect(changed.length).toBeGreaterThan(0);
      // Every row now carries the version-1 score: nothing is left to re-score.
      await expect(list.locator('.rescore')).toHaveCount(0);
    });
  });
}
