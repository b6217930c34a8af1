import type { CaptureInput } from '../model/capture';
import { isReadRequest, pageChanged } from '../messaging/reader-protocol';
import { readWhenReady } from './read-when-ready';
import type { SiteAdapter } from './types';

type Listener = (message: unknown) => Promise<CaptureInput> | undefined;

/** The extension APIs a reader needs, passed in so this module stays free of `browser.*`. */
export interface ReaderWiring {
  onMessage(fn: Listener): void;
  offMessage(fn: Listener): void;
  send(message: unknown): Promise<unknown>;
  /** Stops everything when the script is invalidated (extension updated or disabled). */
  signal: AbortSignal;
  /** Subscribes to in-app navigation (pushState, hash changes). */
  onLocationChange(fn: () => void): void;
}

const FLAG = '__cribaReader';

/**
 * Wires a site adapter into a content script: it answers `reader:read` with a Capture of
 * the current page and tells the extension when the URL changes in-app. It reads only
 * when asked. Injected twice (declared + scripting fallback), it does nothing twice.
 */
export function serveReader(adapter: SiteAdapter, wiring: ReaderWiring): boolean {
  const scope = globalThis as Record<string, unknown>;
  if (scope[FLAG]) return false;
  scope[FLAG] = true;

  const listener: Listener = (message) =>
    isReadRequest(message)
      ? readWhenReady(adapter, document, () => location.href, { signal: wiring.signal })
      : undefined;
  wiring.onMessage(listener);

  let lastUrl = location.href;
  wiring.onLocationChange(() => {
    if (location.href === lastUrl) return;
    lastUrl = location.href;
    // Nobody may be listening (panel closed): that is fine.
    wiring.send(pageChanged(lastUrl)).catch(() => undefined);
  });

  wiring.signal.addEventListener(
    'abort',
    () => {
      wiring.offMessage(listener);
      scope[FLAG] = false;
    },
    { once: true },
  );
  return true;
}
