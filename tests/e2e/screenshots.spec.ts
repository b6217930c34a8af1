import { expect, test } from './harness';

/**
 * Screenshots of the panel at 360 px in both languages, for the README and for a human
 * to look at (clipped text, overflow, English left in the Spanish UI). Also checks the
 * panel never scrolls sideways.
 */
const PROFILE = 'https://www.linkedin.com/in/begona-irazabal-demo/';

for (const lang of ['en', 'es'] as const) {
  test(`panel at 360 px in ${lang}`, async ({ criba }) => {
    await criba.serve({ [PROFILE]: 'linkedin/linkedin-profile-es-ui-logged-in.html' });
    const page = await criba.context.newPage();
    await page.goto(PROFILE);
    const panel = await criba.openPanelFor(page);
    await panel.locator('.lang-switch').selectOption(lang);
    await expect(panel.locator('[data-field="person.name"]')).toContainText('Begoña Irazabal');
    await expect(panel.getByTestId('score')).toBeVisible();
    const overflow = await panel.evaluate(
      () => document.documentElement.scrollWidth - window.innerWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await panel.screenshot({ path: `test-results/panel-${lang}.png`, fullPage: true });
    const height = await panel.evaluate(() => document.documentElement.scrollHeight);
    for (let y = 0, i = 0; y < height; y += 800, i++)
      await panel.screenshot({
        path: `test-results/panel-${lang}-part${i}.png`,
        fullPage: true,
        clip: { x: 0, y, width: 360, height: Math.min(800, height - y) },
      });
  });
}
