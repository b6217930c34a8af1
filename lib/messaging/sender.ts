import type { SiteId } from '../sites/registry';
import { routeForUrl } from './tab-reading';

/** This extension as the browser names it: `runtime.id` and the origin of its pages. */
export interface SelfIdentity {
  id: string;
  /** `chrome-extension://<id>` or Firefox's `moz-extension://<uuid>`. */
  origin: string;
}

/** The tab a reader runs in, as much of it as the panel needs to tell whether it is its own. */
export interface SenderTab {
  id: number;
  windowId?: number;
  active?: boolean;
}

/**
 * Who sent a message, from the browser-set `MessageSender` (never from the message):
 * - `extension`: one of Criba's own pages or its background (the panel opened as a tab
 *   counts: the tab shows an extension page);
 * - `reader`: the top frame of a tab whose https URL a reader serves — what Criba's reader
 *   there, or anything else running in that page's renderer, can say;
 * - `untrusted`: everything else (another extension, a subframe, a page no reader serves).
 */
export type Sender =
  | { role: 'extension' }
  | { role: 'reader'; site: SiteId; url: string; tab: SenderTab }
  | { role: 'untrusted' };

const UNTRUSTED: Sender = { role: 'untrusted' };

/**
 * `scheme://host[:port]` of a URL. Built by hand: `URL.origin` is "null" for schemes a
 * runtime does not know (chrome-extension: in Node, moz-extension: in some builds).
 */
export function originOf(raw: unknown): string | null {
  if (typeof raw !== 'string') return null;
  try {
    const url = new URL(raw);
    return url.host ? `${url.protocol}//${url.host}` : null;
  } catch {
    return null;
  }
}

/** Sorts a `runtime.onMessage` sender into the roles above. Pure: the caller passes `self`. */
export function classifySender(sender: unknown, self: SelfIdentity): Sender {
  if (!sender || typeof sender !== 'object') return UNTRUSTED;
  const s = sender as { id?: unknown; url?: unknown; tab?: unknown; frameId?: unknown };
  if (s.id !== self.id) return UNTRUSTED;
  const origin = originOf(s.url);
  if (origin === null) return UNTRUSTED;
  const tab = s.tab && typeof s.tab === 'object' ? (s.tab as Record<string, unknown>) : null;

  if (origin === self.origin) {
    if (!tab) return { role: 'extension' };
    return originOf(tab.url) === self.origin ? { role: 'extension' } : UNTRUSTED;
  }

  if (!tab || typeof tab.id !== 'number' || !Number.isInteger(tab.id) || s.frameId !== 0)
    return UNTRUSTED;
  const route = routeForUrl(s.url as string);
  if (route.kind === 'restricted') return UNTRUSTED;
  return {
    role: 'reader',
    site: route.script,
    url: s.url as string,
    tab: {
      id: tab.id,
      windowId: typeof tab.windowId === 'number' ? tab.windowId : undefined,
      active: typeof tab.active === 'boolean' ? tab.active : undefined,
    },
  };
}

/** A reader speaks only about its own page: a URL on the origin of the sender's frame. */
export function speaksForOwnPage(
  sender: Extract<Sender, { role: 'reader' }>,
  url: string,
): boolean {
  const origin = originOf(url);
  return origin !== null && origin === originOf(sender.url);
}
