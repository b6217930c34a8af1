/**
 * `npm run demo`: after the end-to-end build (the extension plus permission for the
 * fixture sites, so the website reads without a prompt), opens Chromium on one rep's
 * journey with invented people, every page served offline at its real address:
 *
 *   1. Begoña's LinkedIn profile — answer a question, save;
 *   2. her Gmail thread, from her work address (the journey's own e2e fixture);
 *   3. her company's LinkedIn page;
 *   4. her company's website.
 *
 * With no display it runs headless, saves the panel at 360 × 600 in English and Spanish to
 * docs/screenshots/ (the README's pictures) and prints what each step showed.
 */
import type { BrowserContext, Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { fixtureHtml, launchWithExtension, serveHtml } from '../tests/e2e/launch';

const EXTENSION_DIR = resolve('.output/e2e/chrome-mv3');

interface Step {
  id: string;
  /** Where it is served (origin + path) and where the tab goes (with Gmail's hash). */
  served: string;
  open: string;
  html: string;
}

const STEPS: Step[] = [
  {
    id: 'linkedin-person',
    served: 'https://www.linkedin.com/in/begona-irazabal-demo/',
    open: 'https://www.linkedin.com/in/begona-irazabal-demo/',
    html: fixtureHtml('linkedin/linkedin-profile-es-ui-logged-in.html'),
  },
  {
    id: 'gmail-thread',
    served: 'https://mail.google.com/mail/u/0/',
    open: 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQXJWDsKMTNLbRsvWHPmCPZbJkD',
    html: fixtureHtml('gmail/thread-journey-begona-es.html'),
  },
  {
    id: 'linkedin-company',
    served: 'https://www.linkedin.com/company/txantxangorri-software/about/',
    open: 'https://www.linkedin.com/company/txantxangorri-software/about/',
    html: fixtureHtml('linkedin/linkedin-company-2025-hashed.html'),
  },
  {
    id: 'website',
    served: 'https://txantxangorri.eus/',
    open: 'https://txantxangorri.eus/',
    html: fixtureHtml('website/txantxangorri-software-home-es.html'),
  },
];

declare const chrome: { tabs: { query(q: object): Promise<{ id?: number; url?: string }[]> } };

/**
 * The panel opened as a tab pinned to the page's tab: Playwright cannot click the toolbar
 * button that opens the real side panel. On real pages, use the toolbar button.
 */
async function panelFor(
  context: BrowserContext,
  extensionId: string,
  page: Page,
  headless: boolean,
) {
  const worker = context.serviceWorkers()[0]!;
  const tabId = await worker.evaluate(
    async (url) => (await chrome.tabs.query({})).find((t) => t.url === url)?.id,
    page.url(),
  );
  const panel = await context.newPage();
  if (headless) await panel.setViewportSize({ width: 360, height: 600 });
  await panel.goto(`chrome-extension://${extensionId}/sidepanel.html?tabId=${tabId}`);
  await panel.getByTestId('decision').waitFor();
  return panel;
}

async function main() {
  const headless = !process.env.DISPLAY || process.env.CI === 'true';
  const { context, extensionId } = await launchWithExtension(EXTENSION_DIR, { headless });
  for (const step of STEPS) await serveHtml(context, step.served, step.html);
  if (headless) mkdirSync('docs/screenshots', { recursive: true });

  for (const step of STEPS) {
    const page = await context.newPage();
    await page.goto(step.open);
    const panel = await panelFor(context, extensionId, page, headless);
    if (step.id === 'linkedin-person')
      await panel.locator('[data-question="need"] input[value="yes"]').check();
    await panel.locator('.save-bar button.primary').click();
    await panel.getByTestId('saved-badge').waitFor();
    const who = await panel.getByTestId('decision').locator('.who').textContent();
    const grade = await panel.getByTestId('grade').textContent();
    const verdict = await panel.getByTestId('verdict').textContent();
    console.log(`${step.id}: ${who} — ${grade} ${verdict}, saved`);
    if (!headless) continue;
    for (const lang of ['en', 'es'] as const) {
      await panel.locator('.lang-switch').selectOption(lang);
      await panel.evaluate(() => window.scrollTo(0, 0));
      await panel.screenshot({ path: `docs/screenshots/panel-${step.id}-${lang}.png` });
    }
    await panel.close();
  }

  if (headless) {
    console.log('No display: saved docs/screenshots/panel-<step>-<en|es>.png.');
    console.log(`The unpacked build is ${EXTENSION_DIR}.`);
    await context.close();
    return;
  }
  console.log('Criba demo is open: each page has its panel in the tab beside it.');
  console.log('Close the browser window to finish.');
  await new Promise<void>((done) => context.on('close', () => done()));
}

main().catch((error) => {
  console.error(`demo: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
