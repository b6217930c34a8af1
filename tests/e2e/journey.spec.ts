import type { Page } from '@playwright/test';
import { t, type MessageKey, type Params } from '../../lib/i18n';
import type { Locale } from '../../lib/model/vocab';
import { expect, test } from './harness';

/**
 * One prospect across LinkedIn and Gmail, in both languages: Begoña Irazabal (invented)
 * is answered on her profile, LinkedIn navigates in-app, she writes from her work
 * address, the panel recognises her with her answer, and the prospects page shows one
 * row. Then two panels answer different questions, and the service worker stops in the
 * middle: nothing the rep typed is lost.
 */
const PROFILE = 'https://www.linkedin.com/in/begona-irazabal-demo/';
const GMAIL = 'https://mail.google.com/mail/u/0/';
const THREAD = `${GMAIL}#inbox/FMfcgzQXJWDsKMTNLbRsvWHPmCPZbJkH`;
const ID = 'li:begona-irazabal-demo';

for (const lang of ['en', 'es'] as const satisfies readonly Locale[]) {
  test.describe(`the rep's journey in ${lang}`, () => {
    test.use({ cribaLocale: lang });
    const say = (key: MessageKey, params?: Params) => t(lang, key, params);
    const q = (panel: Page, id: string) => panel.locator(`[data-question="${id}"]`);
    const choice = (panel: Page, id: string, value: string) =>
      q(panel, id).locator(`input[value="${value}"]`);
    const save = async (panel: Page) => {
      await panel
        .locator('.save-bar')
        .getByRole('button', { name: say('common.save') })
        .click();
      await expect(panel.getByText(say('panel.saved.done'))).toBeVisible();
    };

    test('LinkedIn, then her email: one person, her answers kept, one row', async ({ criba }) => {
      await criba.serve({
        [PROFILE]: 'linkedin/linkedin-profile-es-ui-logged-in.html',
        [GMAIL]: 'gmail/thread-journey-begona-es.html',
      });
      const linkedin = await criba.context.newPage();
      await linkedin.goto(PROFILE);
      let panel = await criba.openPanelFor(linkedin);
      await expect(panel.locator('[data-field="person.name"]')).toContainText('Begoña Irazabal');
      await choice(panel, 'need', 'yes').check();
      await expect(panel.getByTestId('unsaved')).toHaveText(new RegExp(say('unsaved.badge')));

      // LinkedIn's in-app navigation to the same profile with a tracking query re-reads.
      await linkedin.evaluate(() =>
        history.pushState({}, '', '/in/begona-irazabal-demo/?trk=public_profile_browsemap'),
      );
      await expect(panel.locator('[data-field="person.name"] [title*="trk="]')).toBeVisible();
      await expect(choice(panel, 'need', 'yes')).toBeChecked();
      // "Read again", and a closed and reopened panel, keep it too.
      await panel.getByRole('button', { name: say('panel.reread') }).click();
      await expect(panel.locator('[data-field="person.name"]')).toContainText('Begoña');
      await expect(choice(panel, 'need', 'yes')).toBeChecked();
      await panel.close();
      panel = await criba.openPanelFor(linkedin);
      await expect(choice(panel, 'need', 'yes')).toBeChecked();
      await save(panel);
      await expect(panel.getByTestId('unsaved')).toHaveCount(0);

      // Her email, from her work address, with no LinkedIn link: offered, confirmed, linked.
      const gmail = await criba.context.newPage();
      await gmail.goto(THREAD);
      const mail = await criba.openPanelFor(gmail);
      await expect(mail.locator('[data-field="person.email"]')).toContainText(
        'begona@txantxangorri.eus',
      );
      const banner = mail.getByTestId('link-banner');
      await expect(banner).toContainText(
        say('link.likely.linkedin', {
          who: 'Begoña Irazabal Etxeberria (Txantxangorri Software)',
        }),
      );
      await mail.screenshot({
        path: `test-results/journey-link-likely-${lang}.png`,
        clip: { x: 0, y: 0, width: 360, height: 600 },
      });
      await banner.getByRole('button', { name: say('link.confirm') }).click();
      await expect(banner).toContainText(say('link.same.linkedin'));
      await expect(banner.getByRole('button', { name: say('link.unlink') })).toBeVisible();
      await expect(choice(mail, 'need', 'yes')).toBeChecked();
      const overflow = await mail.evaluate(
        () => document.documentElement.scrollWidth - window.innerWidth,
      );
      expect(overflow).toBeLessThanOrEqual(0);
      await mail.screenshot({
        path: `test-results/journey-link-${lang}.png`,
        clip: { x: 0, y: 0, width: 360, height: 600 },
      });

      // A Gmail hash change (another thread, then back) keeps what she answered here.
      await choice(mail, 'budget', 'allocated').check();
      await gmail.evaluate(() => (location.hash = '#inbox/FMfcgzQZTkBvXbWhLmNqRsTpDcJhKgWx'));
      await gmail.evaluate(() => (location.hash = '#inbox/FMfcgzQXJWDsKMTNLbRsvWHPmCPZbJkH'));
      await expect(choice(mail, 'budget', 'allocated')).toBeChecked();
      await expect(choice(mail, 'need', 'yes')).toBeChecked();
      await save(mail);

      const list = await criba.context.newPage();
      await list.goto(`chrome-extension://${criba.extensionId}/prospects.html`);
      await expect(list.locator(`[data-prospect-id="${ID}"]`)).toBeVisible();
      await expect(list.locator('[data-prospect-id]')).toHaveCount(1);

      // Back on her profile: both answers, her email joined to her contact.
      const again = await criba.openPanelFor(linkedin);
      await expect(choice(again, 'budget', 'allocated')).toBeChecked();
      await expect(again.locator('[data-field="person.email"]')).toContainText(
        'begona@txantxangorri.eus',
      );
    });

    test('two panels on one prospect and a stopped service worker lose nothing', async ({
      criba,
    }) => {
      await criba.serve({ [PROFILE]: 'linkedin/linkedin-profile-es-ui-logged-in.html' });
      const linkedin = await criba.context.newPage();
      await linkedin.goto(PROFILE);
      // Known before the worker stops: opening a panel below needs no worker.
      const tabId = await criba.tabIdOf(PROFILE);
      const openPanel = async () => {
        const panel = await criba.context.newPage();
        await panel.setViewportSize({ width: 360, height: 900 });
        await panel.goto(`chrome-extension://${criba.extensionId}/sidepanel.html?tabId=${tabId}`);
        return panel;
      };
      const a = await openPanel();
      const b = await openPanel();
      for (const panel of [a, b])
        await expect(panel.locator('[data-field="person.name"]')).toContainText('Begoña');
      await choice(a, 'authority', 'contact-decides').check();
      await choice(b, 'timeline', 'this-quarter').check();
      await b.locator('#pain').fill('Citas perdidas por teléfono');

      // Chrome stops the idle worker in the middle of the work.
      const cdp = await criba.context.newCDPSession(a);
      await cdp.send('ServiceWorker.enable');
      await cdp.send('ServiceWorker.stopAllWorkers');
      await b.close();

      await save(a);
      // B's panel, closed before saving, comes back with its work and saves it.
      const reopened = await openPanel();
      await expect(choice(reopened, 'timeline', 'this-quarter')).toBeChecked();
      await expect(reopened.locator('#pain')).toHaveValue('Citas perdidas por teléfono');
      await expect(reopened.getByTestId('unsaved')).toBeVisible();
      await save(reopened);

      const check = await openPanel();
      await expect(check.getByTestId('saved-badge')).toBeVisible();
      await expect(choice(check, 'authority', 'contact-decides')).toBeChecked();
      await expect(choice(check, 'timeline', 'this-quarter')).toBeChecked();
      await expect(check.locator('#pain')).toHaveValue('Citas perdidas por teléfono');
      await expect(check.getByTestId('unsaved')).toHaveCount(0);
    });
  });
}
