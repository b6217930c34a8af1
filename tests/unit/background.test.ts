import { beforeEach, describe, expect, it, vi, type Mock } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import background from '../../entrypoints/background';
import { envelope, parseResponse } from '../../lib/messaging/contract';
import { READ_REQUEST } from '../../lib/messaging/reader-protocol';

/**
 * The background's routing, on WXT's in-memory browser: which tab it reads, when it
 * injects a reader, and what it answers when it cannot.
 */
const PANEL = {
  id: fakeBrowser.runtime.id,
  url: `chrome-extension://${fakeBrowser.runtime.id}/sidepanel.html`,
};
const CAPTURE = {
  surface: 'linkedin-profile',
  status: 'ok',
  url: 'https://www.linkedin.com/in/ana-demo/',
  capturedAt: '2026-11-20T10:00:00.000Z',
  signals: [],
  notes: [],
};

async function ask(payload: { tabId?: number; windowId?: number }, sender: object = PANEL) {
  const answers = await fakeBrowser.runtime.onMessage.trigger(
    envelope('read-active-tab', payload),
    sender,
    () => undefined,
  );
  return parseResponse('read-active-tab', await answers[0]);
}

/** The answer for a tab whose address is hidden, with the site Criba guesses (or none). */
const hiddenAnswer = (tabId: number, origin: string | null) => ({
  kind: 'needs-permission',
  tabId,
  origin,
  hidden: true,
});

let sendMessage: Mock;
let executeScript: Mock;

beforeEach(() => {
  fakeBrowser.reset();
  sendMessage = vi.fn();
  executeScript = vi.fn();
  Object.assign(fakeBrowser.tabs, { sendMessage });
  Object.assign(fakeBrowser.scripting, { executeScript });
  background.main();
});

async function openTab(url: string | undefined) {
  const tab = await fakeBrowser.tabs.create({ url, active: true });
  return tab.id as number;
}

describe('background read-active-tab', () => {
  it('reads the tab through its declared reader', async () => {
    const tabId = await openTab('https://www.linkedin.com/in/ana-demo/');
    sendMessage.mockResolvedValue(CAPTURE);
    const result = await ask({ tabId });
    expect(result).toMatchObject({ kind: 'capture', tabId });
    expect(sendMessage).toHaveBeenCalledWith(tabId, READ_REQUEST);
    expect(executeScript).not.toHaveBeenCalled();
  });

  it('reads the active tab of the panel’s window when no tab is pinned', async () => {
    const tabId = await openTab('https://www.linkedin.com/in/ana-demo/');
    const { windowId } = await fakeBrowser.tabs.get(tabId);
    sendMessage.mockResolvedValue(CAPTURE);
    expect(await ask({ windowId })).toMatchObject({ kind: 'capture', tabId });
  });

  it('injects the reader the registry names when none answers, then asks again', async () => {
    const tabId = await openTab('https://www.talleres-demo.es/contacto');
    sendMessage.mockRejectedValueOnce(new Error('Receiving end does not exist.'));
    sendMessage.mockResolvedValueOnce({
      ...CAPTURE,
      surface: 'website',
      url: 'https://www.talleres-demo.es/contacto',
    });
    expect(await ask({ tabId })).toMatchObject({ kind: 'capture', tabId });
    expect(executeScript).toHaveBeenCalledWith({
      target: { tabId },
      files: ['/website-reader.js'],
    });
  });

  it('asks for the origin when injecting into a website is refused', async () => {
    const tabId = await openTab('https://www.talleres-demo.es/contacto');
    sendMessage.mockRejectedValue(new Error('Receiving end does not exist.'));
    executeScript.mockRejectedValue(new Error('Cannot access contents of the page.'));
    expect(await ask({ tabId })).toEqual({
      kind: 'needs-permission',
      tabId,
      origin: 'https://www.talleres-demo.es',
    });
  });

  it('asks for permission when the tab hides its URL', async () => {
    const tabId = await openTab(undefined);
    expect(await ask({ tabId })).toEqual(hiddenAnswer(tabId, null));
    expect(sendMessage).not.toHaveBeenCalled();
  });

  it('guesses the website the window’s last reading named for a never-read hidden tab', async () => {
    const profile = await openTab('https://www.linkedin.com/company/talleres-demo/');
    sendMessage.mockResolvedValue({
      ...CAPTURE,
      surface: 'linkedin-company',
      url: 'https://www.linkedin.com/company/talleres-demo/',
      signals: [
        {
          entity: 'company',
          field: 'website',
          value: 'https://www.talleres-demo.es/inicio',
          source: {
            surface: 'linkedin-company',
            url: 'https://www.linkedin.com/company/talleres-demo/',
            method: 'dom',
            capturedAt: '2026-11-20T10:00:00.000Z',
          },
          confidence: 0.9,
        },
      ],
    });
    await ask({ tabId: profile });
    // The rep opens the company's website in a new tab: its address is hidden.
    const site = await openTab(undefined);
    const contains = vi.fn().mockResolvedValue(false);
    Object.assign(fakeBrowser.permissions, { contains });
    expect(await ask({ tabId: site })).toEqual(hiddenAnswer(site, 'https://www.talleres-demo.es'));
    // Granted and still hidden: the tab shows another site; no guess is left.
    contains.mockResolvedValue(true);
    expect(await ask({ tabId: site })).toMatchObject({ origin: null, hidden: true });
  });

  it('offers the site a tab last showed once its address is hidden again', async () => {
    const tabId = await openTab('https://www.talleres-demo.es/');
    sendMessage.mockResolvedValue({
      ...CAPTURE,
      surface: 'website',
      url: 'https://www.talleres-demo.es/',
    });
    await ask({ tabId });
    // A link followed on the site ends activeTab: the browser hides the address again.
    const hidden = { ...(await fakeBrowser.tabs.get(tabId)), url: undefined };
    const realGet = fakeBrowser.tabs.get;
    Object.assign(fakeBrowser.tabs, { get: vi.fn().mockResolvedValue(hidden) });
    const contains = vi.fn().mockResolvedValue(false);
    Object.assign(fakeBrowser.permissions, { contains });
    expect(await ask({ tabId })).toEqual(hiddenAnswer(tabId, 'https://www.talleres-demo.es'));
    // Once that site is granted and the address is still hidden, the tab is elsewhere.
    contains.mockResolvedValue(true);
    expect(await ask({ tabId })).toEqual(hiddenAnswer(tabId, null));
    expect(contains).toHaveBeenCalledWith({ origins: ['https://www.talleres-demo.es/*'] });
    Object.assign(fakeBrowser.tabs, { get: realGet });
  });

  it('calls a declared tab unreachable when injection fails there', async () => {
    const tabId = await openTab('https://mail.google.com/mail/u/0/#inbox');
    sendMessage.mockRejectedValue(new Error('Receiving end does not exist.'));
    executeScript.mockRejectedValue(new Error('Frame with ID 0 was removed.'));
    expect(await ask({ tabId })).toMatchObject({ kind: 'unreachable', tabId });
  });

  it('calls the tab unreachable when the injected reader stays silent', async () => {
    const tabId = await openTab('https://es.linkedin.com/in/ana-demo');
    sendMessage.mockResolvedValue(undefined);
    expect(await ask({ tabId })).toEqual({ kind: 'unreachable', tabId, detail: 'no answer' });
    expect(executeScript).toHaveBeenCalledWith({
      target: { tabId },
      files: ['/linkedin-reader.js'],
    });
  });

  it('never scripts a restricted page', async () => {
    const tabId = await openTab('https://chromewebstore.google.com/detail/x');
    expect(await ask({ tabId })).toEqual({ kind: 'restricted', tabId });
    expect(sendMessage).not.toHaveBeenCalled();
  });

  it('answers no-tab for a pinned tab that is gone', async () => {
    expect(await ask({ tabId: 999 })).toEqual({ kind: 'no-tab' });
  });

  it('answers nothing to a reader asking for another tab', async () => {
    const gmail = await openTab(
      'https://mail.google.com/mail/u/0/#inbox/FMfcgzQZTkBvXbWhLmNqRsTpDcJhKgWx',
    );
    const linkedin = await openTab('https://www.linkedin.com/in/ana-demo/');
    sendMessage.mockResolvedValue(CAPTURE);
    const reader = {
      id: fakeBrowser.runtime.id,
      url: 'https://www.linkedin.com/in/ana-demo/',
      frameId: 0,
      tab: { id: linkedin, url: 'https://www.linkedin.com/in/ana-demo/' },
    };
    expect(await ask({ tabId: gmail }, reader)).toBeNull();
    expect(sendMessage).not.toHaveBeenCalled();
  });
});
