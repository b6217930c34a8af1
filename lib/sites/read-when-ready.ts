import type { CaptureInput } from '../model/capture';
import type { SiteAdapter } from './types';

export interface ReadOptions {
  /** Longest wait for the page's anchors to render (SPA navigation, lazy Gmail). */
  timeoutMs?: number;
  /** Minimum pause between two readings while the page is still changing. */
  throttleMs?: number;
  /**
   * Give up once a parsed page has not changed for this long. A company website that is
   * done loading shows what it has; only an app (LinkedIn, Gmail) renders a new page late.
   */
  quietMs?: number;
  signal?: AbortSignal;
}

/**
 * Reads the page now; when the result is not `ok` (the app is still rendering the page
 * it navigated to, or shows the previous one), re-reads on DOM mutations until it is,
 * bounded by `timeoutMs`. Observes only; never changes the document. Never rejects.
 */
export function readWhenReady(
  adapter: SiteAdapter,
  doc: Document,
  currentUrl: () => string,
  options: ReadOptions = {},
): Promise<CaptureInput> {
  const { timeoutMs = 2500, throttleMs = 100, quietMs, signal } = options;
  const read = (): CaptureInput => adapter.extract(doc, new URL(currentUrl()), new Date());
  let last: CaptureInput;
  try {
    last = read();
  } catch {
    return Promise.resolve(failed(currentUrl()));
  }
  if (last.status === 'ok' || signal?.aborted || typeof MutationObserver === 'undefined')
    return Promise.resolve(last);

  return new Promise((resolve) => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let quiet: ReturnType<typeof setTimeout> | undefined;
    let pending = false;
    const waitForQuiet = () => {
      if (quietMs === undefined || doc.readyState === 'loading') return;
      clearTimeout(quiet);
      quiet = setTimeout(finish, quietMs);
    };
    const finish = () => {
      observer.disconnect();
      clearTimeout(deadline);
      clearTimeout(timer);
      clearTimeout(quiet);
      signal?.removeEventListener('abort', finish);
      resolve(last);
    };
    const retry = () => {
      pending = false;
      try {
        last = read();
      } catch {
        last = failed(currentUrl());
      }
      if (last.status === 'ok') finish();
    };
    const observer = new MutationObserver(() => {
      waitForQuiet();
      if (pending) return;
      pending = true;
      timer = setTimeout(retry, throttleMs);
    });
    observer.observe(doc.documentElement, { childList: true, subtree: true, characterData: true });
    const deadline = setTimeout(finish, timeoutMs);
    waitForQuiet();
    signal?.addEventListener('abort', finish, { once: true });
  });
}

function failed(url: string): CaptureInput {
  return {
    surface: 'unknown',
    status: 'no_signals',
    url: url.slice(0, 4096),
    capturedAt: new Date().toISOString(),
    signals: [],
    notes: ['reader-error'],
  };
}
