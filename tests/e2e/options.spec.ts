import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from './harness';

async function openOptions(criba: { context: { newPage(): Promise<Page> }; extensionId: string }) {
  const page = await criba.context.newPage();
  await page.setViewportSize({ width: 1366, height: 900 });
  await page.goto(`chrome-extension://${criba.extensionId}/options.html`);
  await expect(page.getByTestId('version-badge')).toBeVisible();
  return page;
}

async function save(page: Page, version: number) {
  await page.getByRole('button', { name: 'Save ICP' }).click();
  await expect(page.getByTestId('options-status')).toHaveText(`Version ${version} saved.`);
  await expect(page.getByTestId('version-badge')).toHaveText(`ICP version ${version}`);
}

async function exportIcp(page: Page): Promise<{ name: string; text: string }> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export ICP' }).click(),
  ]);
  return {
    name: download.suggestedFilename(),
    text: readFileSync((await download.path())!, 'utf8'),
  };
}

function importFile(page: Page, name: string, text: string) {
  return page
    .locator('input[type="file"]')
    .setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text, 'utf8') });
}

test('edits, saves, exports, resets and imports an ICP; refuses bad files', async ({ criba }) => {
  const page = await openOptions(criba);
  await expect(page.getByTestId('version-badge')).toHaveText('Example ICP, not saved yet');

  const weight = page.locator('[data-path="criteria.0.weight"]');
  await weight.fill('7');
  await expect(page.locator('#criteria-heading ~ ol [type="range"]').first()).toHaveValue('7');

  // A bad booking link is explained on leaving the box, and saving stores nothing.
  const booking = page.getByRole('textbox', { name: 'Booking link' });
  await booking.fill('http://agenda.ventas-demo.example/ana');
  await booking.blur();
  await expect(page.getByText('Must be a full https:// address (or empty).').first()).toBeVisible();
  await page.getByRole('button', { name: 'Save ICP' }).click();
  await expect(page.getByTestId('save-issues')).toContainText('bookingUrl');
  await expect(page.getByTestId('options-status')).toHaveText(
    'Nothing was saved: 1 problem to fix.',
  );
  await expect(page.getByTestId('version-badge')).toHaveText('Example ICP, not saved yet');
  // The issue's path takes the keyboard to the control.
  await page.getByTestId('save-issues').getByRole('button', { name: 'bookingUrl' }).click();
  await expect(booking).toBeFocused();

  await booking.fill('https://agenda.ventas-demo.example/ana');
  await save(page, 1);
  await expect(page.getByTestId('save-issues')).toHaveCount(0);

  const first = await exportIcp(page);
  expect(first.name).toBe('criba-icp-v1.json');
  const firstJson = JSON.parse(first.text);
  expect(firstJson.criteria[0].weight).toBe(7);
  expect(firstJson.bookingUrl).toBe('https://agenda.ventas-demo.example/ana');

  await page.getByRole('button', { name: 'Reset to defaults' }).click();
  await expect(weight).toHaveValue('3');
  await expect(page.getByText('Unsaved changes', { exact: true })).toBeVisible();
  await save(page, 2);
  const second = await exportIcp(page);
  expect(second.name).toBe('criba-icp-v2.json');
  expect(JSON.parse(second.text)).not.toEqual(firstJson);

  await importFile(page, first.name, first.text);
  await expect(page.getByTestId('options-status')).toContainText('loaded below as unsaved changes');
  await expect(weight).toHaveValue('7');
  await expect(page.getByTestId('version-badge')).toHaveText('ICP version 2');
  await save(page, 3);
  const third = await exportIcp(page);
  expect(third.name).toBe('criba-icp-v3.json');
  expect(JSON.parse(third.text)).toEqual(firstJson);
  expect(third.text).toBe(first.text);

  // A wrong value: the path is named, and neither the editor nor the versions change.
  const heavy = { ...firstJson, criteria: [{ ...firstJson.criteria[0], weight: 'heavy' }] };
  await importFile(page, 'heavy.json', JSON.stringify(heavy));
  const issues = page.getByTestId('import-issues');
  await expect(issues).toContainText('criteria.0.weight');
  await expect(issues).toContainText('Expected a number.');
  await expect(page.getByTestId('options-status')).toContainText('heavy.json was not imported');
  await expect(weight).toHaveValue('7');

  // Not JSON at all.
  await importFile(page, 'broken.json', '{ "name": "Broken", "criteria": [');
  await expect(issues).toContainText('(file)');
  await expect(issues).toContainText('The file is not valid JSON');
  await expect(page.getByTestId('version-badge')).toHaveText('ICP version 3');
  await expect(page.getByText('Unsaved changes', { exact: true })).toHaveCount(0);
  await page.getByRole('button', { name: 'Save ICP' }).click();
  await expect(page.getByTestId('options-status')).toHaveText(
    'No changes: version 3 is already saved.',
  );

  // The saved ICP is what a new page opens with.
  await page.reload();
  await expect(page.getByTestId('version-badge')).toHaveText('ICP version 3');
  await expect(weight).toHaveValue('7');
  await expect(page.getByText('Saved versions (3)')).toBeVisible();
});

test('edits criteria and the team’s own questions, in both languages', async ({ criba }) => {
  const page = await openOptions(criba);

  // Add a size criterion with no upper limit, and remove the keyword criterion.
  await page.getByLabel('Kind of criterion to add').selectOption('size');
  await page.getByRole('button', { name: 'Add criterion' }).click();
  const added = page.locator('[data-criterion="size-2"]');
  await expect(added.getByLabel('Employees from')).toBeFocused();
  await added.getByLabel('Employees from').fill('50');
  await added.getByLabel('Employees up to').fill('');
  await added.getByLabel('Must-have').check();
  const keyword = page.locator('[data-criterion="sells-b2b"]');
  await keyword.getByRole('button', { name: /Remove criterion/ }).click();
  await expect(keyword).toHaveCount(0);

  // Own questions: an empty text is refused with its path; then saved and kept.
  await page.getByLabel('Questions to ask').selectOption('custom');
  const q1 = page.locator('[data-path="customFramework.questions.0"]');
  await q1.getByLabel('Question (English)').fill('');
  await page.getByRole('button', { name: 'Save ICP' }).click();
  await expect(page.getByTestId('save-issues')).toContainText(
    'customFramework.questions.0.text.en',
  );
  await expect(page.getByTestId('version-badge')).toHaveText('Example ICP, not saved yet');
  await q1.getByLabel('Question (English)').fill('Do they lose leads today?');
  await q1.getByLabel('Question (Spanish)').fill('¿Pierden contactos hoy?');
  await expect(page.locator('.opt-preview')).toContainText('Do they lose leads today?');
  await save(page, 1);

  const exported = JSON.parse((await exportIcp(page)).text);
  expect(exported.frameworkId).toBe('custom');
  const size = exported.criteria.find((c: { id: string }) => c.id === 'size-2');
  expect(size).toEqual({
    id: 'size-2',
    kind: 'size',
    weight: 1,
    mustHave: true,
    params: { min: 50, max: null },
  });
  expect(exported.criteria.some((c: { kind: string }) => c.kind === 'keyword')).toBe(false);

  // Spanish: the page and the preview follow the language setting.
  await page.getByLabel('Interface language').selectOption('es');
  await expect(page.getByRole('heading', { name: 'Ajustes', level: 1 })).toBeVisible();
  await expect(page.locator('.opt-preview')).toContainText('¿Pierden contactos hoy?');
  await page.reload();
  await expect(page.getByTestId('version-badge')).toHaveText('ICP versión 1');
  await expect(page.getByLabel('Preguntas que hacer')).toHaveValue('custom');
});

test('fits 800 px in English and Spanish without overflow', async ({ criba }) => {
  const page = await openOptions(criba);
  await page.setViewportSize({ width: 800, height: 1000 });
  await page.getByLabel('Questions to ask').selectOption('custom');
  // A save with problems, so the screenshot shows the issue list as well.
  await page.locator('[data-path="criteria.0.weight"]').fill('12');
  await page.getByRole('button', { name: 'Save ICP' }).click();
  await expect(page.getByTestId('save-issues')).toContainText('criteria.0.weight');

  const overflow = () =>
    page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
  expect(await overflow()).toBeLessThanOrEqual(0);
  await page.screenshot({ path: 'test-results/options-800.png', fullPage: true });

  await page.getByLabel('Interface language').selectOption('es');
  await expect(page.getByRole('heading', { name: 'Ajustes', level: 1 })).toBeVisible();
  await expect(page.getByTestId('save-issues')).toContainText('Debe ser como máximo 10.');
  expect(await overflow()).toBeLessThanOrEqual(0);
  await page.screenshot({ path: 'test-results/options-800-es.png', fullPage: true });
});
