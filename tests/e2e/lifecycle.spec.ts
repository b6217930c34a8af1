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
  // The read-only preview shows the facts before the editor's code has loaded: wait for it.
  await expect(panel.locator('.editor:not([aria-busy="true"])')).toBeVisible();
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

const THREAD = 'https://mail.google.com/mail/u/0/';

test('the extension reloaded with LinkedIn and Gmail open: no uncaught error in either tab, and the panel reads both again', async ({
  criba,
}) => {
  await criba.serve({
    [PROFILE]: 'linkedin/linkedin-profile-es-ui-logged-in.html',
    [THREAD]: 'gmail/thread-gmail-signature-es.html',
  });
  const linkedin = await criba.context.newPage();
  const gmail = await criba.context.newPage();
  const errors: string[] = [];
  for (const tab of [linkedin, gmail]) {
    tab.on('pageerror', (e) => errors.push(`${tab.url()}: ${e.message}`));
    tab.on('console', (m) => {
      // Blocked images of the fixtures log errors too; only the extension's own count.
      if (/extension context|uncaught/i.test(m.text())) errors.push(`${tab.url()}: ${m.text()}`);
    });
  }
  await linkedin.goto(PROFILE);
  await gmail.goto(`${THREAD}#inbox/FMfcgzQXJWDsKMTNLbRsvWHPmCPZbJkH`);
  const first = await criba.openPanelFor(linkedin);
  await expect(first.locator('[data-field="person.name"]')).toContainText('Begoña Irazabal');
  await first.close();

  await criba.reloadExtension();

  // The orphaned readers hear in-app navigation and would tell a background that is gone.
  await linkedin.evaluate(() => history.pushState({}, '', '/in/begona-irazabal-demo/?trk=x'));
  await gmail.evaluate(() => {
    location.hash = '#inbox/FMfcgzQZTkBvXbWhLmNqRsTpDcJhKgWx';
  });
  await linkedin.waitForTimeout(500);
  expect(errors).toEqual([]);

  // The rep opens the panel again beside each tab: the background injects a fresh reader
  // where the old one was orphaned (a tab it cannot reach gets 'Reload the page').
  for (const [tab, name] of [
    [linkedin, 'Begoña Irazabal'],
    [gmail, 'Irene Castañeda Roldán'],
  ] as const) {
    const panel = await criba.openPanelFor(tab);
    await expect(panel.locator('[data-field="person.name"]')).toContainText(name);
    await panel.close();
  }
  expect(errors).toEqual([]);
});
