import fc from 'fast-check';
import { beforeEach, describe, expect, it, vi, type Mock } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import background from '../../entrypoints/background';
import { listen } from '../../components/messaging';
import { envelope } from '../../lib/messaging/contract';
import { READ_REQUEST, pageChanged } from '../../lib/messaging/reader-protocol';

/**
 * Malformed, forged and replayed messages from content-script and web contexts, sent to
 * the background's and the panel's handler maps: nothing is read, nothing is answered,
 * nothing is stored and nothing throws. The one thing a reader may do — say its own page
 * changed — is checked to reach the panel exactly when it is about the sender's origin.
 */
const ID = fakeBrowser.runtime.id;
const PAGES = [
  'https://www.linkedin.com/in/ana-demo/',
  'https://es.linkedin.com/company/acme-demo',
  'https://mail.google.com/mail/u/0/#inbox/FMfcgzQZTkBvXbWhLmNqRsTpDcJhKgWx',
  'https://www.talleres-demo.es/contacto',
  'http://plain.test/',
  'https://chromewebstore.google.com/detail/x',
  `chrome-extension://${ID}/sidepanel.html`,
  'chrome-extension://another-extension/page.html',
  'javascript:alert(1)',
  'about:blank',
];

const url = fc.oneof(fc.constantFrom(...PAGES), fc.webUrl(), fc.string({ maxLength: 40 }));
/** Any URL but one of Criba's own pages: a tab showing one of those is Criba itself. */
const foreignUrl = url.filter((u) => !u.startsWith(`chrome-extension://${ID}/`));

/** Who the browser says sent it: never one of Criba's own pages. */
const sender = fc.oneof(
  // A content script, or anything else running in a page's renderer, in any frame.
  fc.record({
    id: fc.constant(ID),
    url: foreignUrl,
    frameId: fc.oneof(fc.constant(0), fc.nat(9)),
    tab: fc.record({ id: fc.nat(20), windowId: fc.nat(3), active: fc.boolean(), url }),
  }),
  // Another extension, whatever URL it claims.
  fc.record({
    id: fc.string({ maxLength: 12 }),
    url,
    tab: fc.option(fc.record({ id: fc.nat(20) })),
  }),
  // Our id and origin, but inside a web page's tab (an extension frame in a site).
  fc.record({
    id: fc.constant(ID),
    url: fc.constant(`chrome-extension://${ID}/sidepanel.html`),
    tab: fc.record({ id: fc.nat(20), url: fc.constantFrom(...PAGES.slice(0, 4)) }),
  }),
  fc.anything(),
);

const message = fc.oneof(
  // Replays of the panel's request and forged variants of it.
  fc
    .record({
      tabId: fc.option(fc.integer(), { nil: undefined }),
      windowId: fc.option(fc.integer(), { nil: undefined }),
    })
    .map((p) => envelope('read-active-tab', p)),
  url.map((u) => pageChanged(u)),
  fc.constant(READ_REQUEST),
  fc.record({
    criba: fc.constantFrom(1, 2, '1'),
    name: fc.constantFrom(
      'read-active-tab',
      'page-changed',
      'reader:read',
      '__proto__',
      'constructor',
    ),
    payload: fc.anything(),
  }),
  fc.anything(),
);

let pageChangedSeen: Mock<(from: unknown) => void>;
let sendMessage: Mock;
let executeScript: Mock;

beforeEach(async () => {
  fakeBrowser.reset();
  sendMessage = vi.fn().mockResolvedValue({});
  executeScript = vi.fn().mockResolvedValue([]);
  Object.assign(fakeBrowser.tabs, { sendMessage });
  Object.assign(fakeBrowser.scripting, { executeScript });
  for (const page of PAGES.slice(0, 4)) await fakeBrowser.tabs.create({ url: page, active: true });
  background.main();
  pageChangedSeen = vi.fn<(from: unknown) => void>();
  listen({ 'page-changed': (_payload, from) => void pageChangedSeen(from) });
});

function ownPageChange(m: unknown, s: unknown): boolean {
  const msg = m as { criba?: unknown; name?: unknown; payload?: { url?: unknown } };
  const from = s as { id?: unknown; url?: unknown; frameId?: unknown; tab?: { id?: unknown } };
  if (msg?.criba !== 1 || msg.name !== 'page-changed' || typeof msg.payload?.url !== 'string')
    return false;
  if (from?.id !== ID || from.frameId !== 0 || typeof from.tab?.id !== 'number') return false;
  try {
    const a = new URL(msg.payload.url);
    const b = new URL(String(from.url));
    return (
      b.protocol === 'https:' &&
      a.protocol === b.protocol &&
      a.host === b.host &&
      msg.payload.url.length <= 4096 &&
      !['chromewebstore.google.com'].includes(b.hostname)
    );
  } catch {
    return false;
  }
}

describe('messages from outside the extension', () => {
  it('read nothing, answer nothing, store nothing, throw nothing', async () => {
    await fc.assert(
      fc.asyncProperty(message, sender, async (m, s) => {
        pageChangedSeen.mockClear();
        const answers = await fakeBrowser.runtime.onMessage.trigger(
          m,
          s as object,
          () => undefined,
        );
        expect(await Promise.all(answers)).toEqual(answers.map(() => undefined));
        expect(sendMessage).not.toHaveBeenCalled();
        expect(executeScript).not.toHaveBeenCalled();
        expect(await fakeBrowser.storage.local.get(null)).toEqual({});
        expect(pageChangedSeen).toHaveBeenCalledTimes(ownPageChange(m, s) ? 1 : 0);
      }),
      { numRuns: 5_000 },
    );
  });
});
