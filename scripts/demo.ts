/**
 * `npm run demo`: after `npm run build`, opens Chromium with Criba loaded on a demo
 * LinkedIn profile (an authored fixture served at its real URL; nothing leaves the
 * machine) with the panel beside it. With no display it runs headless, saves screenshots
 * to docs/screenshots/ and prints where the unpacked build is.
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { launchWithExtension, serveFixtures } from '../tests/e2e/launch';

const EXTENSION_DIR = resolve('.output/chrome-mv3');
const DEMO: Record<string, string> = {
  'https://www.linkedin.com/in/lucia-ferrer-demo/': 'linkedin/linkedin-profile-2024-logged-in.html',
  'https://www.linkedin.com/in/begona-irazabal-demo/':
    'linkedin/linkedin-profile-es-ui-logged-in.html',
  'https://www.linkedin.com/in/tomas-aldecoa-demo/':
    'linkedin/linkedin-profile-2025-hashed-h1.html',
};

async function main() {
  const headless = !process.env.DISPLAY || process.env.CI === 'true';
  const { context, extensionId } = await launchWithExtension(EXTENSION_DIR, { headless });
  await serveFixtures(context, DEMO);
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto('https://www.linkedin.com/in/lucia-ferrer-demo/');
  // The demo serves fixtures through Playwright, which the real side panel cannot see into;
  // the panel opens as a tab pinned to the demo tab. On real pages use the toolbar button.
  const worker = context.serviceWorkers()[0]!;
  const tabId = await worker.evaluate(async () => {
    const c = (
      globalThis as unknown as {
        chrome: { tabs: { query(q: object): Promise<{ id?: number; url?: string }[]> } };
      }
    ).chrome;
    return (await c.tabs.query({})).find((t) => t.url?.includes('/in/lucia-ferrer-demo/'))?.id;
  });
  const panel = await context.newPage();
  if (headless) await panel.setViewportSize({ width: 360, height: 900 });
  await panel.goto(`chrome-extension://${extensionId}/sidepanel.html?tabId=${tabId}`);
  await panel.locator('[data-field="person.name"]').waitFor();

  if (headless) {
    mkdirSync('docs/screenshots', { recursive: true });
    await panel.screenshot({ path: 'docs/screenshots/panel-en.png' });
    await panel.getByTestId('score').scrollIntoViewIfNeeded();
    await panel.screenshot({ path: 'docs/screenshots/panel-en-score.png' });
    console.log('No display: saved docs/screenshots/panel-en.png and panel-en-score.png.');
    console.log(
      `Load the unpacked extension from ${EXTENSION_DIR} (chrome://extensions → Developer mode → Load unpacked).`,
    );
    await context.close();
    return;
  }
  console.log('Criba demo is open. Close the browser window to finish.');
  await new Promise<void>((done) => context.on('close', () => done()));
}

main().catch((error) => {
  console.error(`demo: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
