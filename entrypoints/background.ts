import { browser } from 'wxt/browser';
import type { ScriptPublicPath } from 'wxt/utils/inject-script';
import { defineBackground } from 'wxt/utils/define-background';
import { listen, send } from '../components/messaging';
import { PURGE_ALARM, purgeExpired, schedulePurge } from '../components/retention-purge';
import type { ReadResult } from '../lib/messaging/contract';
import { READ_REQUEST } from '../lib/messaging/reader-protocol';
import { originPattern, routeForUrl } from '../lib/messaging/tab-reading';
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

  const lastOrigin: LastOrigins = new Map();
  browser.tabs.onRemoved.addListener((tabId) => lastOrigin.delete(tabId));

  // Only Criba's own pages may ask (components/messaging checks every sender).
  listen({ 'read-active-tab': ({ tabId, windowId }) => readTab(lastOrigin, tabId, windowId) });

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
 * The https origin each tab last showed while Criba could see its address. After the rep
 * follows a link on a company website read through activeTab, the address is hidden again;
 * the panel can still offer "Allow on <that site>" instead of sending the rep to the
 * toolbar. In memory only: a restarted worker falls back to the toolbar advice.
 */
type LastOrigins = Map<number, string>;

/** The origin to offer for a tab whose address is hidden, unless it is granted already. */
async function hiddenOrigin(lastOrigin: LastOrigins, tabId: number): Promise<string | null> {
  const origin = lastOrigin.get(tabId);
  if (!origin) return null;
  // Granted and still hidden: the tab has moved to another site, so this origin is not it.
  const granted = await browser.permissions
    .contains({ origins: [originPattern(origin)] })
    .catch(() => false);
  return granted ? null : origin;
}

async function readTab(
  lastOrigin: LastOrigins,
  pinned?: number,
  windowId?: number,
): Promise<ReadResult> {
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
  if (!tab.url)
    return { kind: 'needs-permission', tabId, origin: await hiddenOrigin(lastOrigin, tabId) };
  const route = routeForUrl(tab.url);
  if (route.kind === 'restricted') return { kind: 'restricted', tabId };
  lastOrigin.set(tabId, route.origin);

  const first = await ask(tabId);
  if (first.ok) return { kind: 'capture', tabId, capture: finalizeCapture(first.value) };

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
  if (second.ok) return { kind: 'capture', tabId, capture: finalizeCapture(second.value) };
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
