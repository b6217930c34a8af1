import type { Page } from '@playwright/test';
import { expect, fixtureHtml, test } from './harness';

/**
 * Issue 10 §3–§6 in the real panel: the keyboard reaches the first question in at most
 * five Tab stops, every control has a name, focus survives a fact edit, a 4,000-character
 * name wraps, an empty page says so within 500 ms, and a prospect can be typed by hand.
 */
const PROFILE = 'https://www.linkedin.com/in/begona-irazabal-demo/';
const FIXTURE = 'linkedin/linkedin-profile-es-ui-logged-in.html';

async function panelOn(criba: Parameters<Parameters<typeof test>[2]>[0]['criba'], url: string) {
  const page = await criba.context.newPage();
  await page.goto(url);
  const panel = await criba.openPanelFor(page);
  await panel.setViewportSize({ width: 360, height: 600 });
  return panel;
}

/** Inside the first question (any of its answers), as the focus sees it. */
const inFirstQuestion = (panel: Page) =>
  panel.evaluate(() => !!document.activeElement?.closest('.question:first-child'));

test('the first question is at most five Tab stops from the top, or two through the skip link', async ({
  criba,
}) => {
  await criba.serve({ [PROFILE]: FIXTURE });
  const panel = await panelOn(criba, PROFILE);
  await expect(panel.getByTestId('decision')).toBeVisible();
  let stops = 0;
  while (stops < 10 && !(await inFirstQuestion(panel))) {
    await panel.keyboard.press('Tab');
    stops++;
  }
  expect(await inFirstQuestion(panel)).toBe(true);
  expect(stops).toBeLessThanOrEqual(5);
  console.log(`Tab stops to the first question: ${stops}`);

  await panel.reload();
  await expect(panel.getByTestId('decision')).toBeVisible();
  await panel.keyboard.press('Tab');
  await expect(panel.locator('.skip-link')).toBeFocused();
  await panel.keyboard.press('Enter');
  await panel.keyboard.press('Tab');
  expect(await inFirstQuestion(panel)).toBe(true);
});

test('every control has an accessible name, and focus stays put after a fact edit', async ({
  criba,
}) => {
  await criba.serve({ [PROFILE]: FIXTURE });
  const panel = await panelOn(criba, PROFILE);
  const company = panel.locator('section.facts:has(#facts-company)');
  await company.getByRole('button', { name: /Add a missing fact/ }).click();
  const edit = company.getByRole('button', { name: 'Edit Industry' });
  await edit.click();
  const box = company.getByRole('textbox', { name: 'Industry' });
  await box.fill('Software');
  // While the edit is open its input, Save and Cancel are counted too.
  const unnamed = await panel.evaluate(() =>
    [...document.querySelectorAll('button, input, select, textarea, summary, a[href]')]
      .filter((el) => {
        const e = el as HTMLInputElement;
        const labelled = e.labels ? [...e.labels].some((l) => l.textContent?.trim()) : false;
        const byId = e.getAttribute('aria-labelledby');
        return !(
          e.getAttribute('aria-label')?.trim() ||
          (byId && document.getElementById(byId)?.textContent?.trim()) ||
          labelled ||
          (e.type !== 'text' && e.textContent?.trim()) ||
          e.getAttribute('title')?.trim()
        );
      })
      .map((el) => el.outerHTML.slice(0, 120)),
  );
  expect(unnamed).toEqual([]);
  await box.press('Enter');
  await expect(company.locator('[data-field="company.industry"]')).toContainText('Software');
  await expect(edit).toBeFocused();
});

test('a 4,000-character name wraps inside 360 px', async ({ criba }) => {
  const long = 'Ñ'.repeat(4000);
  await criba.serveHtml(
    PROFILE,
    fixtureHtml(FIXTURE).replaceAll('Begoña Irazabal Etxeberria', long),
  );
  const panel = await panelOn(criba, PROFILE);
  await expect(panel.getByTestId('decision').locator('.who')).toContainText('ÑÑÑ');
  const width = await panel.evaluate(() => document.documentElement.scrollWidth);
  expect(width).toBeLessThanOrEqual(360);
  await panel.screenshot({ path: '.output/screens/long-name.png' });
});

test('a website page with nothing to read says so within 500 ms, with no empty form', async ({
  criba,
}) => {
  await criba.serveHtml('https://fellgate.io/blank', '<main><p>Nothing here.</p></main>');
  const panel = await panelOn(criba, 'https://fellgate.io/blank');
  await expect(panel.locator('[data-status="no_signals"]')).toBeVisible();
  const elapsed = await panel.evaluate(async () => {
    const t0 = performance.now();
    [...document.querySelectorAll('button')].find((b) => b.textContent === 'Read again')!.click();
    // The reading clears the view first, then the answer shows again.
    await new Promise((r) => setTimeout(r, 0));
    while (!document.querySelector('[data-status="no_signals"]'))
      await new Promise((r) => setTimeout(r, 10));
    return performance.now() - t0;
  });
  expect(elapsed).toBeLessThan(500);
  await expect(panel.locator('main input, main textarea')).toHaveCount(0);
  await expect(panel.getByRole('button', { name: 'Add a prospect by hand' }).first()).toBeVisible();
});

test('a prospect typed by hand is scored and saved like a page', async ({ criba }) => {
  await criba.serveHtml('https://fellgate.io/blank', '<main><p>Nothing here.</p></main>');
  const panel = await panelOn(criba, 'https://fellgate.io/blank');
  await panel.locator('button.by-hand').click();
  await panel.getByRole('textbox', { name: 'Name' }).fill('Irati Mendia');
  await panel.getByRole('textbox', { name: 'Company' }).fill('Ferrallas Demo');
  await panel
    .getByRole('textbox', { name: 'Website or email' })
    .fill('irati@ferrallas-demo.example');
  await panel.getByRole('button', { name: 'Score this prospect' }).click();
  await expect(panel.getByTestId('decision').locator('.who')).toHaveText('Irati Mendia');
  await expect(panel.getByTestId('grade')).toBeVisible();
  await panel.locator('.save-bar').getByRole('button', { name: 'Save' }).click();
  await expect(panel.getByTestId('saved-badge')).toBeVisible();
});
