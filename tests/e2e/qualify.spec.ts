import { readFileSync } from 'node:fs';
import { expect, test } from './harness';

const PROFILE = 'https://www.linkedin.com/in/begona-irazabal-demo/';

test('answering the interview changes the verdict; saved grade reaches the CSV', async ({
  criba,
}) => {
  await criba.serve({ [PROFILE]: 'linkedin/linkedin-profile-es-ui-logged-in.html' });
  const page = await criba.context.newPage();
  await page.goto(PROFILE);
  const panel = await criba.openPanelFor(page);
  await expect(panel.locator('[data-field="person.name"]')).toContainText('Begoña Irazabal');

  // Fit is known from the profile, nothing answered yet: not qualified.
  const verdict = panel.getByTestId('verdict');
  await expect(verdict).toHaveText('Nurture');
  const q = (id: string) => panel.locator(`[data-question="${id}"]`);
  // Unknown is the starting state of every question, not "no".
  await expect(q('need').getByLabel('Unknown')).toBeChecked();

  // Keyboard: focus the first radio of "need" and choose with the keyboard.
  await q('need').getByLabel('Yes').focus();
  await panel.keyboard.press('Space');
  await expect(q('need').getByLabel('Yes')).toBeChecked();
  await q('need-cost').getByLabel('4').check();
  await q('budget').locator('input[value="allocated"]').check();
  await q('authority').locator('input[value="contact-decides"]').check();
  await q('timeline').locator('input[value="this-quarter"]').check();
  // Less than half of the ICP is known (no industry, no size): the answers alone can't qualify.
  await expect(verdict).toHaveText('Nurture');

  // The rep fills in what the profile does not say.
  const company = panel.locator('section.facts:has(#facts-company)');
  const more = company.getByRole('button', { name: /Add a missing fact/ });
  // The read-only preview shows the facts before the editor's code has loaded: wait for it.
  await expect(panel.locator('.editor:not([aria-busy="true"])')).toBeVisible();
  if (await more.count()) await more.click();
  const setFact = async (label: string, value: string) => {
    await company.getByRole('button', { name: `Edit ${label}` }).click();
    await company.getByRole('textbox', { name: label }).fill(value);
    await company.getByRole('button', { name: 'Save', exact: true }).click();
  };
  await setFact('Industry', 'Software Development');
  await setFact('Size', '11-50');
  await expect(company.locator('[data-field="company.size"]')).toContainText('11–50 employees');
  await expect(verdict).toHaveText('Qualified');
  const grade = (await panel.getByTestId('grade').textContent())!.trim();
  expect(grade).toMatch(/^[A-D][1-3]$/);
  await expect(panel.getByTestId('recommendation')).toContainText('Txantxangorri Software');

  // "No timeline" disqualifies, with the reason and a close-out note.
  await q('timeline').locator('input[value="no-timeline"]').check();
  await expect(verdict).toHaveText('Disqualified');
  await expect(panel.getByTestId('reason')).toContainText('No timeline');
  await expect(panel.getByTestId('recommendation')).toContainText('Revisit on');
  await q('timeline').locator('input[value="this-quarter"]').check();
  await expect(verdict).toHaveText('Qualified');

  await panel.locator('.save-bar').getByRole('button', { name: 'Save' }).click();
  await expect(panel.getByText('Saved. It is in your prospects.')).toBeVisible();

  // Revisiting shows the stored answers and the same score.
  await panel.reload();
  await expect(panel.getByTestId('saved-badge')).toBeVisible();
  await expect(q('timeline').locator('input[value="this-quarter"]')).toBeChecked();
  await expect(panel.getByTestId('grade')).toHaveText(grade);

  const list = await criba.context.newPage();
  await list.goto(`chrome-extension://${criba.extensionId}/prospects.html`);
  const row = list.locator('[data-prospect-id="li:begona-irazabal-demo"]');
  await expect(row).toContainText(grade);
  await expect(row).toContainText('Qualified');

  await list.getByRole('button', { name: 'Export…' }).click();
  const exportDialog = list.getByRole('dialog');
  await exportDialog.getByLabel('Format').selectOption('hubspot');
  const [download] = await Promise.all([
    list.waitForEvent('download'),
    exportDialog.getByRole('button', { name: 'Export', exact: true }).click(),
  ]);
  const csv = readFileSync((await download.path())!, 'utf8');
  await exportDialog.getByRole('button', { name: 'Close' }).click();
  const [header, line] = csv.replace(/^\uFEFF/, '').split(/\r\n/);
  const cols = header!.split(',');
  const cells = line!
    .match(/("([^"]|"")*"|[^,]*)(,|$)/g)!
    .map((c) => c.replace(/,$/, '').replace(/^"|"$/g, ''));
  expect(cells[cols.indexOf('Criba Grade')]).toBe(grade);
  expect(cells[cols.indexOf('Criba Verdict')]).toBe('Qualified');
  expect(cells[cols.indexOf('Criba Angle')]!.length).toBeGreaterThan(20);

  // The team lead raises the bar: a new ICP version. The list offers to re-score, and the
  // prospect is re-scored in real IndexedDB with the new thresholds.
  const options = await criba.context.newPage();
  await options.setViewportSize({ width: 1366, height: 900 });
  await options.goto(`chrome-extension://${criba.extensionId}/options.html`);
  // Her fit is 100 on what is known, her answers are not all at their best (need's cost is
  // 4 of 5): demanding full qualification turns her to nurture.
  await options.locator('[data-path="thresholds.qualifiedQualification"]').fill('100');
  await options.getByRole('button', { name: 'Save ICP' }).click();
  await expect(options.getByTestId('version-badge')).toHaveText('ICP version 1');
  await list.bringToFront();
  const banner = list.locator('.rescore');
  await expect(banner).toContainText('version 1');
  await banner.getByRole('button', { name: 'Re-score all' }).click();
  await expect(banner).toContainText('Re-scored 1 prospect with ICP version 1.');
  await expect(row).toContainText('Nurture');
});
