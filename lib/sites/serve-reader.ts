import { fromOwnExtension, isReadRequest, pageChanged } from '../messaging/reader-protocol';
import { readWhenReady, type ReadOptions } from './read-when-ready';
import type { SiteAdapter } from './types';

/**
 * The slice of the browser's own `runtime` a reader needs. Readers use the native API
 * (`browser` in Firefox, `chrome` in Chromium) rather than the polyfill: it keeps each
 * reader under its 30 kB budget, and `sendResponse` + `return true` works in both.
 */
export type NativeListener = (
  message: unknown,
  sender: unknown,
  sendResponse: (response: unknown) => void,
) => boolean | undefined;

export interface NativeRuntime {
  id?: string;
  onMessage: {
    addListener(fn: NativeListener): void;
    removeListener(fn: NativeListener): void;
  };
  sendMessage(message: unknown): Promise<unknown> | undefined;
}

/** The extension runtime of the current context: Firefox's `browser`, else Chromium's `chrome`. */
export function runtimeOf(scope: object): NativeRuntime | null {
  const s = scope as {
    browser?: { runtime?: NativeRuntime };
    chrome?: { runtime?: NativeRuntime };
  };
  return s.browser?.runtime ?? s.chrome?.runtime ?? null;
}

interface NavigationLike extends EventTarget {
  currentEntry?: unknown;
}

const FLAG = '__cribaReader';

/**
 * Wires a site adapter into a page: it answers `reader:read` with a Capture of the
 * current page and tells the extension when the URL changes in-app. It reads only when
 * asked and never changes the page. Injected twice, it does nothing twice. Everything it
 * listens to stops through one AbortSignal — when the extension is reloaded or removed.
 */
export function serveReader(
  adapter: SiteAdapter,
  runtime: NativeRuntime | null,
  win: Window,
  options: Pick<ReadOptions, 'quietMs'> = {},
): boolean {
  const scope = win as unknown as Record<string, unknown>;
  if (!runtime || scope[FLAG]) return false;
  scope[FLAG] = true;
  const stop = new AbortController();
  const { signal } = stop;

  const listener: NativeListener = (message, sender, sendResponse) => {
    if (!isReadRequest(message) || !fromOwnExtension(sender, runtime.id)) return undefined;
    readWhenReady(adapter, win.document, () => win.location.href, { ...options, signal }).then(
      sendResponse,
    );
    return true; // the answer comes asynchronously
  };
  runtime.onMessage.addListener(listener);

  let lastUrl = win.location.href;
  const onLocation = () => {
    if (win.location.href === lastUrl) return;
    lastUrl = win.location.href;
    announce(runtime, stop, pageChanged(lastUrl));
  };
  // pushState fires no event; the Navigation API (Chromium) reports it. popstate and
  // hashchange cover history moves and Gmail's hash routing everywhere.
  const nav = (win as unknown as { navigation?: NavigationLike }).navigation;
  nav?.addEventListener('currententrychange', onLocation, { signal });
  win.addEventListener('popstate', onLocation, { signal });
  win.addEventListener('hashchange', onLocation, { signal });

  signal.addEventListener(
    'abort',
    () => {
      runtime.onMessage.removeListener(listener);
      scope[FLAG] = false;
    },
    { once: true },
  );
  return true;
}

/** Tells the extension the page changed; an orphaned reader (extension gone) stops itself. */
function announce(runtime: NativeRuntime, stop: AbortController, message: unknown): void {
  if (!runtime.id) return stop.abort();
  try {
    // Nobody may be listening (panel closed): that is fine.
    runtime.sendMessage(message)?.catch(() => (runtime.id ? undefined : stop.abort()));
  } catch {
    stop.abort();
  }
}
