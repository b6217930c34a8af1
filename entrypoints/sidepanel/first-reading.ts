import { browser } from 'wxt/browser';
import { envelope } from '../../lib/messaging/envelope';

/** The background's answer as it came (unchecked) and the window it was asked for. */
export interface Asked {
  windowId: number | undefined;
  raw: unknown;
}

/** Asks the background to read the panel's tab: the pinned one, else its window's active one. */
export async function askToRead(pinnedTabId: number | null, windowId?: number): Promise<Asked> {
  const win =
    pinnedTabId === null ? (windowId ?? (await browser.windows.getCurrent()).id) : undefined;
  const raw: unknown = await browser.runtime.sendMessage(
    envelope('read-active-tab', { tabId: pinnedTabId ?? undefined, windowId: win }),
  );
  return { windowId: win, raw };
}

let early: { tabId: number | null; asked: Promise<Asked>; answer?: Asked } | null = null;

/**
 * Asks for the panel's first reading before React, zod and the catalogue are loaded
 * (main.tsx), so that the background and the page's reader work while the panel's code
 * is parsed and run (issue 10: first facts ≤ 200 ms).
 */
export function startFirstReading(pinnedTabId: number | null): void {
  const asked = askToRead(pinnedTabId);
  const entry: NonNullable<typeof early> = { tabId: pinnedTabId, asked };
  // Whoever takes it sees the failure; until then it is not an unhandled rejection.
  asked.then((answer) => (entry.answer = answer)).catch(() => undefined);
  early = entry;
}

/** The first reading asked for this tab, once; null after that (or for another tab). */
export function takeFirstReading(pinnedTabId: number | null): Promise<Asked> | null {
  const taken = early;
  early = null;
  return taken?.tabId === pinnedTabId ? taken.asked : null;
}

/**
 * The first reading's answer when it is already in (usually: the panel's code takes
 * longer to load than the page takes to be read), taken like `takeFirstReading`; else
 * null and the reading stays to be taken. The panel's first render can then show it.
 */
export function takeFirstAnswer(pinnedTabId: number | null): Asked | null {
  if (early?.tabId !== pinnedTabId || early.answer === undefined) return null;
  const { answer } = early;
  early = null;
  return answer;
}
