import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, fixtureHtml, test, type Harness } from './harness';

const LUCIA = 'https://www.linkedin.com/in/lucia-ferrer-demo/';

/** Lucía's profile served at its LinkedIn URL, open in a tab, the panel beside it. */
async function luciaWithPanel(criba: Harness): Promise<{ page: Page; panel: Page }> {
  await criba.serve({ [LUCIA]: 'linkedin/linkedin-profile-2024-logged-in.html' });
  const page = await criba.context.newPage();
  await page.goto(LUCIA);
  return { page, panel: await criba.openPanelFor(page) };
}

test('reads a LinkedIn profile into the panel, saves it, lists it and exports it', async ({
  criba,
}) => {
  const { panel } = await luciaWithPanel(criba);

  const name = panel.locator('[data-field="person.name"]');
  await expect(name).toContainText('Lucía Ferrer Quintana');
  await expect(name.locator('.source')).toHaveAttribute(
    'aria-label',
    /^From page text on linkedin.com/,
  );
  await expect(panel.locator('[data-field="person.title"]')).toContainText('Operations Director');
  await expect(panel.locator('[data-field="company.name"]')).toContainText(
    'Cerámicas Levante Norte',
  );
  // Nothing from the "People also viewed" list.
  await expect(panel.getByText('Jordi Sendra')).toHaveCount(0);

  // The rep corrects a value before saving.
  await panel.getByRole('button', { name: 'Edit Location' }).first().click();
  await panel.getByRole('textbox', { name: 'Location' }).fill('Castellón, Spain');
  await panel.getByRole('button', { name: 'Save', exact: true }).first().click();
  await expect(panel.locator('[data-field="person.location"] .source')).toHaveAttribute(
    'aria-label',
    /^Typed by you/,
  );

  await panel.locator('.save-bar').getByRole('button', { name: 'Save' }).click();
  await expect(panel.getByText('Saved. It is in your prospects.')).toBeVisible();

  // Reopening the same profile shows it is saved, with the stored (corrected) value.
  await panel.reload();
  await expect(panel.getByTestId('saved-badge')).toBeVisible();
  await expect(panel.locator('[data-field="person.location"]')).toContainText('Castellón, Spain');

  const list = await criba.context.newPage();
  await list.goto(`chrome-extension://${criba.extensionId}/prospects.html`);
  const row = list.locator('[data-prospect-id="li:lucia-ferrer-demo"]');
  await expect(row).toContainText('Lucía Ferrer Quintana');
  await expect(row).toContainText('Cerámicas Levante Norte');

  await list.getByRole('button', { name: 'Export…' }).click();
  const exportDialog = list.getByRole('dialog');
  await exportDialog.getByLabel('Format').selectOption('generic');
  const [download] = await Promise.all([
    list.waitForEvent('download'),
    exportDialog.getByRole('button', { name: 'Export', exact: true }).click(),
  ]);
  const csv = readFileSync((await download.path())!, 'utf8');
  expect(csv).toContain('Lucía Ferrer Quintana');
  expect(csv).toContain('Cerámicas Levante Norte');
  expect(csv).toContain('Castellón, Spain');
});

// In a new browser, a save clicked as the panel first shows a profile failed about one
// time in four: Dexie's zone was lost as the panel's own first reads resolved, and the save
// failed after writing outside its transaction (lib/db/transact.ts; the deterministic
// cases are in lib/db/transact.test.ts). Each run below is a new browser.
for (const run of [1, 2, 3, 4]) {
  test(`a save clicked the moment a new browser's panel shows a profile lands whole (${run})`, async ({
    criba,
  }) => {
    const { panel } = await luciaWithPanel(criba);
    await expect(panel.locator('[data-field="person.name"]')).toContainText(
      'Lucía Ferrer Quintana',
    );
    await panel.locator('.save-bar').getByRole('button', { name: 'Save' }).click();
    await expect(panel.getByText('Saved. It is in your prospects.')).toBeVisible();
    await expect(panel.getByText(/Could not save/)).toHaveCount(0);

    const list = await criba.context.newPage();
    await list.goto(`chrome-extension://${criba.extensionId}/prospects.html`);
    await expect(list.locator('[data-prospect-id="li:lucia-ferrer-demo"]')).toHaveCount(1);
    await expect(list.getByTestId('prospect-count')).toContainText('1');
  });
}

test('in-app navigation to a second profile updates the panel', async ({ criba }) => {
  const { page, panel } = await luciaWithPanel(criba);
  await expect(panel.locator('[data-field="person.name"]')).toContainText('Lucía Ferrer Quintana');

  // LinkedIn's SPA: the URL changes first, the new profile renders a moment later.
  const next = fixtureHtml('linkedin/linkedin-profile-2025-hashed-h1.html');
  const body = /<body[^>]*>([\s\S]*)<\/body>/i.exec(next)![1]!;
  await page.evaluate(() => history.pushState({}, '', '/in/tomas-aldecoa-demo/'));
  await page.waitForTimeout(400);
  await page.evaluate((html) => {
    document.body.innerHTML = html;
    document.title = '(3) Tomás Aldecoa | LinkedIn';
  }, body);

  await expect(panel.locator('[data-field="person.name"]')).toContainText('Tomás Aldecoa', {
    timeout: 15_000,
  });
  await expect(panel.locator('[data-field="person.title"]')).toContainText('VP Engineering');
  await expect(panel.getByText('Lucía Ferrer Quintana')).toHaveCount(0);
});

test('the login wall is explained, not read', async ({ criba }) => {
  await criba.serve({ [LUCIA]: 'linkedin/linkedin-profile-login-wall.html' });
  const page = await criba.context.newPage();
  await page.goto(LUCIA);
  const panel = await criba.openPanelFor(page);
  await expect(panel.locator('[data-status="no_signals"]')).toContainText('sign-in page');
});

test('no extension page runs into its own content security policy', async ({ criba }) => {
  // Zod probes `new Function` on its first parse unless told the page forbids eval
  // (components/zod-config.ts); Chromium reports each refusal as a violation.
  await criba.context.addInitScript(() => {
    const seen: string[] = [];
    Object.assign(globalThis, { cspViolations: seen });
    document.addEventListener('securitypolicyviolation', (e) =>
      seen.push(
        `${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}:${e.columnNumber}`,
      ),
    );
  });
  const { panel } = await luciaWithPanel(criba);
  await expect(panel.locator('[data-field="person.name"]')).toContainText('Lucía Ferrer Quintana');

  const pages: [string, string][] = [
    ['prospects.html', '[data-testid="prospect-count"]'],
    ['options.html', '[data-testid="version-badge"]'],
    ['insights.html', 'h1'],
  ];
  const seen = async (page: Page) =>
    page.evaluate(() => (globalThis as unknown as { cspViolations: string[] }).cspViolations);
  expect(await seen(panel)).toEqual([]);
  for (const [path, ready] of pages) {
    const page = await criba.context.newPage();
    await page.goto(`chrome-extension://${criba.extensionId}/${path}`);
    await expect(page.locator(ready).first()).toBeVisible();
    await page.waitForTimeout(300);
    expect(await seen(page), path).toEqual([]);
  }
});
