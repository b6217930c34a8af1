import { envelope } from '../../lib/messaging/envelope';

/** The background's answer as it came (unchecked) and the window it was asked for. */
export interface Asked {
  windowId: number | undefined;
  raw: unknown;
}

/**
 * What asking takes of the extension API: the panel's modules pass WXT's `browser`, the
 * page's first script (entrypoints/panel-start.ts) the browser's own, without the polyfill.
 */
export interface ReadingApi {
  runtime: { sendMessage(message: unknown): Promise<unknown> };
  windows: { getCurrent(): Promise<{ id?: number }> };
}

/** Asks the background to read the panel's tab: the pinned one, else its window's active one. */
export async function askToRead(
  api: ReadingApi,
  pinnedTabId: number | null,
  windowId?: number,
): Promise<Asked> {
  const win = pinnedTabId === null ? (windowId ?? (await api.windows.getCurrent()).id) : undefined;
  const raw: unknown = await api.runtime.sendMessage(
    envelope('read-active-tab', { tabId: pinnedTabId ?? undefined, windowId: win }),
  );
  return { windowId: win, raw };
}

/** `?tabId=N` pins the panel to one tab (the panel opened as a tab, as tests do). */
export function pinnedTabOf(search: string): number | null {
  const param = Number(new URLSearchParams(search).get('tabId'));
  return Number.isInteger(param) && param > 0 ? param : null;
}

interface First {
  tabId: number | null;
  asked: Promise<Asked>;
  answer?: Asked;
}

/**
 * The first reading lives on the page's global object, not in this module: the page's
 * first script (a classic one, bundled on its own) asks, and the panel's modules take it.
 */
type Scope = { cribaFirstReading?: First | null };
const slot = (scope: object) => scope as Scope;

/**
 * Asks for the panel's first reading before its modules load (entrypoints/panel-start.ts,
 * a classic script in the page's head), so that the background and the page's reader
 * work while React, zod and the catalogue are fetched and run (issue 10: first facts
 * ≤ 200 ms).
 */
export function startFirstReading(scope: object, api: ReadingApi, pinnedTabId: number | null) {
  const asked = askToRead(api, pinnedTabId);
  const first: First = { tabId: pinnedTabId, asked };
  // Whoever takes it sees the failure; until then it is not an unhandled rejection.
  asked.then((answer) => (first.answer = answer)).catch(() => undefined);
  slot(scope).cribaFirstReading = first;
}

/** The first reading asked for this tab, once; null after that (or for another tab). */
export function takeFirstReading(scope: object, pinnedTabId: number | null): Promise<Asked> | null {
  const first = slot(scope).cribaFirstReading;
  slot(scope).cribaFirstReading = null;
  return first?.tabId === pinnedTabId ? first.asked : null;
}

/**
 * The first reading's answer when it is already in (usually: the panel's code takes
 * longer to load than the page takes to be read), taken like `takeFirstReading`; else
 * null and the reading stays to be taken. The panel's first render can then show it.
 */
export function takeFirstAnswer(scope: object, pinnedTabId: number | null): Asked | null {
  const first = slot(scope).cribaFirstReading;
  if (first?.tabId !== pinnedTabId || first.answer === undefined) return null;
  slot(scope).cribaFirstReading = null;
  return first.answer;
}
