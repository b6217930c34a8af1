import type { CDPSession } from '@playwright/test';
import { expect, test } from './harness';

const PROFILE = 'https://www.linkedin.com/in/begona-irazabal-demo/';

/** The running status of the extension's worker, as Chromium reports it over CDP. */
async function watchWorker(cdp: CDPSession): Promise<() => string> {
  let status = 'unknown';
  cdp.on('ServiceWorker.workerVersionUpdated', (e) => {
    const last = e.versions.at(-1);
    if (last) status = last.runningStatus;
  });
  await cdp.send('ServiceWorker.enable');
  return () => status;
}

test('the service worker stopped mid-flow loses nothing: the panel reads and saves after', async ({
  criba,
}) => {
  await criba.serve({ [PROFILE]: 'linkedin/linkedin-profile-es-ui-logged-in.html' });
  const page = await criba.context.newPage();
  await page.goto(PROFILE);
  const panel = await criba.openPanelFor(page);
  await expect(panel.locator('[data-field="person.name"]')).toContainText('Begoña Irazabal');

  // The rep edits a fact, then Chrome stops the idle worker.
  const company = panel.locator('section.facts:has(#facts-company)');
  const more = company.getByRole('button', { name: /Add a missing fact/ });
  if (await more.count()) await more.click();
  await company.getByRole('button', { name: 'Edit Industry' }).click();
  await company.getByRole('textbox', { name: 'Industry' }).fill('Software Development');
  await company.getByRole('button', { name: 'Save', exact: true }).click();

  // Playwright reports no 'close' for a stopped worker; Chromium's CDP does.
  const cdp = await criba.context.newCDPSession(panel);
  const worker = await watchWorker(cdp);
  await expect.poll(worker).toBe('running');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await expect.poll(worker).toBe('stopped');

  // The edit is still there, saving works, and reading wakes a new worker.
  await expect(company.locator('[data-field="company.industry"]')).toContainText('Software');
  await panel.locator('.save-bar').getByRole('button', { name: 'Save' }).click();
  await expect(panel.getByText('Saved. It is in your prospects.')).toBeVisible();
  await panel.getByRole('button', { name: 'Read again' }).click();
  await expect.poll(worker).toBe('running');
  await expect(panel.locator('[data-field="person.name"]')).toContainText('Begoña Irazabal');
  await expect(panel.locator('[data-field="company.industry"]')).toContainText('Software');
  await expect(panel.getByTestId('saved-badge')).toBeVisible();
});
