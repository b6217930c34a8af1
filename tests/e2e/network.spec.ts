import { expect, test } from './harness';

// The guard every spec runs under (harness.ts) must see what it is there to catch.
test('the network guard records requests that leave the fixture origins', async ({ criba }) => {
  const profile = 'https://www.linkedin.com/in/begona-irazabal-demo/';
  await criba.serve({ [profile]: 'linkedin/linkedin-profile-es-ui-logged-in.html' });
  const page = await criba.context.newPage();
  await page.goto(profile);
  await page.evaluate(() => fetch('https://cdn.example.test/lib.js').catch(() => null));
  // An extension page's fetch elsewhere never becomes a request: the CSP (connect-src
  // 'self') refuses it first.
  const list = await criba.context.newPage();
  await list.goto(`chrome-extension://${criba.extensionId}/prospects.html`);
  await list.evaluate(() => fetch('https://api.example.test/sync').catch(() => null));

  await expect.poll(() => criba.network.outside.length).toBe(1);
  expect(criba.network.outside).toEqual([`${profile} → https://cdn.example.test/lib.js`]);
  // Seen, so this test passes; any other spec that leaves one fails.
  criba.network.outside.length = 0;
});
