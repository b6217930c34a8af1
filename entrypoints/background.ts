import { browser } from 'wxt/browser';
import type { ScriptPublicPath } from 'wxt/utils/inject-script';
import { defineBackground } from 'wxt/utils/define-background';
import { listen, send } from '../components/messaging';
import { PURGE_ALARM, purgeExpired, schedulePurge } from '../components/retention-purge';
import type { ReadResult } from '../lib/messaging/contract';
import type { Capture } from '../lib/model/capture';
import { READ_REQUEST } from '../lib/messaging/reader-protocol';
import { originPattern, routeForUrl, siteOrigin } from '../lib/messaging/tab-reading';
import { readerPath } from '../lib/sites/registry';
import { finalizeCapture } from '../lib/sites/finalize';

/**
 * The message router. It owns the only privileged step — reaching into a tab — and hands
 * the panel a validated Capture. It never reads a page on its own initiative. It also
 * enforces the retention setting: a purge when the browser starts and once a day.
 */
export default defineBackground(() => {
  // Chrome: the toolbar button opens the side panel. Opening it from onClicked (rather than
  // openPanelOnActionClick) also grants activeTab, so any site can be read on that click.
  browser.action.onClicked.addListener((tab) => {
    openPanel(tab.windowId);
    // Nobody may be listening yet (the panel is still opening): that is fine.
    send('page-changed', { url: tab.url ?? '' }).catch(() => undefined);
  });

  const seen: Seen = { origins: new Map(), sites: new Map() };
  browser.tabs.onRemoved.addListener((tabId) => seen.origins.delete(tabId));
  browser.windows?.onRemoved.addListener((windowId) => seen.sites.delete(windowId));

  // Only Criba's own pages may ask (components/messaging checks every sender).
  listen({ 'read-active-tab': ({ tabId, windowId }) => readTab(seen, tabId, windowId) });

  // Listeners first, synchronously: an alarm that wakes the worker is delivered only to
  // listeners registered in its first turn.
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === PURGE_ALARM) void purge();
  });
  browser.runtime.onStartup.addListener(() => void purge());
  schedulePurge().catch((error: unknown) => console.error('Criba: purge not scheduled', error));
});

/** A failed purge leaves everything as it was (one transaction); the next one retries. */
async function purge(): Promise<void> {
  await purgeExpired().catch((error: unknown) => console.error('Criba: purge failed', error));
}

function openPanel(windowId: number | undefined): void {
  const sidePanel = (browser as unknown as { sidePanel?: { open(o: object): Promise<void> } })
    .sidePanel;
  const sidebar = (browser as unknown as { sidebarAction?: { open(): Promise<void> } })
    .sidebarAction;
  if (sidePanel && windowId !== undefined) sidePanel.open({ windowId }).catch(() => undefined);
  else sidebar?.open().catch(() => undefined);
}

/**
 * What Criba last saw, to guess the site of a tab whose address is hidden: the https
 * origin each tab last showed while its address was visible (a link followed on a site
 * read through activeTab hides it again), and per window the company website the last
 * reading named (the rep reads her LinkedIn page or email, then opens her website). The
 * panel offers the guess in a box the rep can correct. In memory only.
 */
interface Seen {
  origins: Map<number, string>;
  sites: Map<number, string>;
}

/** The origin to offer for a tab whose address is hidden, unless it is granted already. */
async function hiddenOrigin(seen: Seen, tabId: number, windowId: number): Promise<string | null> {
  for (const origin of [seen.origins.get(tabId), seen.sites.get(windowId)]) {
    if (!origin) continue;
    // Granted and still hidden: the tab is on another site, so this origin is not it.
    const granted = await browser.permissions
      .contains({ origins: [originPattern(origin)] })
      .catch(() => false);
    if (!granted) return origin;
  }
  return null;
}

/** Remembers the company website a reading named, for the window it was read in. */
function noteSite(seen: Seen, windowId: number, capture: Capture): Capture {
  const website = capture.signals.find((s) => s.entity === 'company' && s.field === 'website');
  const origin = siteOrigin(website?.value);
  if (origin) seen.sites.set(windowId, origin);
  return capture;
}

async function readTab(seen: Seen, pinned?: number, windowId?: number): Promise<ReadResult> {
  const tab = pinned
    ? await browser.tabs.get(pinned).catch(() => undefined)
    : (
        await browser.tabs.query(
          windowId !== undefined
            ? { active: true, windowId }
            : { active: true, currentWindow: true },
        )
      )[0];
  if (!tab || tab.id === undefined) return { kind: 'no-tab' };
  const tabId = tab.id;
  // Without host permission or activeTab the URL is hidden from us.
  if (!tab.url) {
    const origin = await hiddenOrigin(seen, tabId, tab.windowId);
    return { kind: 'needs-permission', tabId, origin, hidden: true };
  }
  const route = routeForUrl(tab.url);
  if (route.kind === 'restricted') return { kind: 'restricted', tabId };
  seen.origins.set(tabId, route.origin);
  const read = (value: unknown) => noteSite(seen, tab.windowId, finalizeCapture(value));

  const first = await ask(tabId);
  if (first.ok) return { kind: 'capture', tabId, capture: read(first.value) };

  // No reader answered: the tab predates the install, or the reader is injected on demand.
  try {
    // The registry (lib, no WXT types) names built files; ScriptPublicPath checks them here.
    const file = readerPath(route.script) as ScriptPublicPath;
    await browser.scripting.executeScript({ target: { tabId }, files: [file] });
  } catch (error) {
    if (route.kind === 'optional') return { kind: 'needs-permission', tabId, origin: route.origin };
    return { kind: 'unreachable', tabId, detail: String(error).slice(0, 300) };
  }
  const second = await ask(tabId);
  if (second.ok) return { kind: 'capture', tabId, capture: read(second.value) };
  return { kind: 'unreachable', tabId, detail: second.error.slice(0, 300) };
}

async function ask(
  tabId: number,
): Promise<{ ok: true; value: unknown } | { ok: false; error: string }> {
  try {
    const value: unknown = await browser.tabs.sendMessage(tabId, READ_REQUEST);
    if (value === undefined || value === null) return { ok: false, error: 'no answer' };
    return { ok: true, value };
  } catch (error) {
    return { ok: false, error: String(error) };
  }
}
