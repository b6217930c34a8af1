import { expect, test } from './harness';

// The guard every spec runs under (harness.ts) must see what it is there to catch.
test('the network guard records requests from the service worker and from pages', async ({
  criba,
}) => {
  await criba.worker.evaluate(() => fetch('https://tracker.example.test/beacon').catch(() => null));
  const panel = await criba.context.newPage();
  await panel.goto(`chrome-extension://${criba.extensionId}/prospects.html`);
  await panel.evaluate(() => fetch('https://cdn.example.test/lib.js').catch(() => null));
  await expect.poll(() => criba.network.outside.length).toBe(2);
  expect(criba.network.outside).toEqual([
    'service worker → https://tracker.example.test/beacon',
    `chrome-extension://${criba.extensionId}/prospects.html → https://cdn.example.test/lib.js`,
  ]);
  // Seen, so this test passes; any other spec that leaves one fails.
  criba.network.outside.length = 0;
});
