import type { Page } from '@playwright/test';
import { expect, test } from './harness';

/**
 * The panel at 360 × 600 px in both languages on every surface and state, for the README
 * and for a human to look at (clipped text, overflow, English left in the Spanish UI),
 * saved under .output/screens/ (kept across runs, unlike test-results/). On
 * a page with a prospect, the first screen holds the decision: who, grade, verdict, reason
 * and next step. The panel never scrolls sideways.
 */
const SURFACES = [
  {
    name: 'linkedin-person',
    url: 'https://www.linkedin.com/in/begona-irazabal-demo/',
    open: 'https://www.linkedin.com/in/begona-irazabal-demo/',
    fixture: 'linkedin/linkedin-profile-es-ui-logged-in.html',
    who: 'Begoña Irazabal',
  },
  {
    name: 'linkedin-company',
    url: 'https://www.linkedin.com/company/txantxangorri-software/about/',
    open: 'https://www.linkedin.com/company/txantxangorri-software/about/',
    fixture: 'linkedin/linkedin-company-2025-hashed.html',
    who: 'Txantxangorri',
  },
  {
    name: 'gmail-thread',
    url: 'https://mail.google.com/mail/u/0/',
    open: 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQXJWDsKMTNLbRsvWHPmCPZbJkH',
    fixture: 'gmail/thread-gmail-signature-es.html',
    who: null,
  },
  {
    name: 'website',
    url: 'https://fellgate.io/about',
    open: 'https://fellgate.io/about',
    fixture: 'website/fellgate-analytics-about-handmade-en.html',
    who: 'Fellgate',
  },
] as const;

async function shoot(panel: Page, name: string) {
  const overflow = await panel.evaluate(
    () => document.documentElement.scrollWidth - window.innerWidth,
  );
  expect(overflow, `${name} scrolls sideways`).toBeLessThanOrEqual(0);
  await panel.screenshot({ path: `.output/screens/${name}.png` });
  await panel.screenshot({ path: `.output/screens/${name}-full.png`, fullPage: true });
}

for (const lang of ['en', 'es'] as const) {
  for (const s of SURFACES)
    test(`${s.name} at 360 px in ${lang}: the decision on the first screen`, async ({ criba }) => {
      await criba.serve({ [s.url]: s.fixture });
      const page = await criba.context.newPage();
      await page.goto(s.open);
      const panel = await criba.openPanelFor(page);
      await panel.setViewportSize({ width: 360, height: 600 });
      await panel.locator('.lang-switch').selectOption(lang);
      const decision = panel.getByTestId('decision');
      await expect(decision).toBeVisible();
      if (s.who) await expect(decision.locator('.who')).toContainText(s.who);
      // Who, grade, verdict and next step all inside the first 600 px.
      for (const part of [
        '.who',
        '[data-testid="grade"]',
        '[data-testid="verdict"]',
        '.next-step',
      ]) {
        const box = await decision.locator(part).boundingBox();
        expect(box, part).not.toBeNull();
        expect(box!.y + box!.height, `${part} below the first screen`).toBeLessThanOrEqual(600);
      }
      await shoot(panel, `${s.name}-${lang}`);
    });

  test(`states at 360 px in ${lang}: hidden page and manual entry`, async ({ criba }) => {
    // An https site outside the build's hosts: its address is hidden from Criba.
    await criba.serveHtml('https://www.unlisted-demo.example/', '<h1>Unlisted Demo</h1>');
    const page = await criba.context.newPage();
    await page.goto('https://www.unlisted-demo.example/');
    const panel = await criba.openPanelForTab(await criba.tabIdOf(null), 600);
    await panel.locator('.lang-switch').selectOption(lang);
    const state = panel.locator('[data-state="needs-permission"]');
    await expect(state).toBeVisible();
    // No empty prospect form: one box, the site to allow, and its button.
    await expect(panel.locator('input')).toHaveCount(1);
    await shoot(panel, `permission-${lang}`);
    // Playwright cannot answer Chromium's prompt: the panel's own call is recorded instead,
    // refused, and must ask for exactly this origin from the click.
    await panel.evaluate(() => {
      const asked: unknown[] = [];
      Object.assign(window, { asked });
      const { permissions } = (globalThis as unknown as { chrome: { permissions: object } }).chrome;
      Object.assign(permissions, {
        request: async (p: unknown) => {
          asked.push(p);
          return false;
        },
      });
    });
    await state.locator('input').fill('https://www.unlisted-demo.example/contacto');
    await state.locator('button[type="submit"]').click();
    await expect(state.getByRole('alert')).toBeVisible();
    expect(await panel.evaluate(() => (window as unknown as { asked: unknown[] }).asked)).toEqual([
      { origins: ['https://www.unlisted-demo.example/*'] },
    ]);
    await panel.locator('button.by-hand').click();
    await expect(panel.locator('[data-state="manual"]')).toBeVisible();
    await shoot(panel, `manual-${lang}`);
  });
}
