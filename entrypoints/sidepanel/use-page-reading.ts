import { useCallback, useEffect, useRef, useState } from 'react';
import { browser } from 'wxt/browser';
import { listen } from '../../components/messaging';
import { parseResponse, type ReadResult } from '../../lib/messaging/contract';
import { askToRead, takeFirstAnswer, takeFirstReading, type Asked } from './first-reading';

export type Reading = { phase: 'reading' } | { phase: 'done'; result: ReadResult };

/** A reading's checked result and the window it was asked for. */
interface Read {
  windowId: number | undefined;
  result: ReadResult;
}

/** The background's answer checked against the message contract, like every message. */
function checked(asked: Asked, pinnedTabId: number | null): Read {
  const result = parseResponse('read-active-tab', asked.raw) ?? {
    kind: 'unreachable',
    tabId: pinnedTabId ?? -1,
    detail: 'invalid answer',
  };
  return { windowId: asked.windowId, result };
}

/** Reads the panel's tab: first with the reading main.tsx asked for at once, then afresh. */
async function readTab(pinnedTabId: number | null, windowId: number | undefined): Promise<Read> {
  try {
    const asked = await (takeFirstReading(globalThis, pinnedTabId) ??
      askToRead(browser, pinnedTabId, windowId));
    return checked(asked, pinnedTabId);
  } catch (error) {
    const detail = String(error).slice(0, 300);
    return { windowId, result: { kind: 'unreachable', tabId: pinnedTabId ?? -1, detail } };
  }
}

/**
 * Reads the tab beside the panel (or the pinned tab) — first with the reading main.tsx
 * asked for at once, shown by the first render when it came in while the panel's code
 * loaded — and re-reads on in-app navigation, tab switches and reloads. Each reading
 * clears the previous one first and a late answer for an older reading is dropped, so the
 * panel never shows one page's facts under another.
 */
export function usePageReading(pinnedTabId: number | null): { reading: Reading; reread(): void } {
  const [first] = useState(() => {
    const answer = takeFirstAnswer(globalThis, pinnedTabId);
    return answer && checked(answer, pinnedTabId);
  });
  const [reading, setReading] = useState<Reading>(
    first ? { phase: 'done', result: first.result } : { phase: 'reading' },
  );
  const shownFirst = useRef(first);
  const seq = useRef(0);
  const windowId = useRef<number | undefined>(undefined);

  /** Reads afresh, or follows up the reading the first render showed. */
  const read = useCallback(
    async (shown: Read | null = null): Promise<void> => {
      const mine = ++seq.current;
      let got = shown;
      if (!got) {
        setReading({ phase: 'reading' });
        got = await readTab(pinnedTabId, windowId.current);
      }
      windowId.current = got.windowId;
      if (mine !== seq.current) return;
      const { result } = got;
      if (!shown) setReading({ phase: 'done', result });
      // A tab switch while the panel's code was still loading reached no listener: when the
      // window's active tab is no longer the one read, read again.
      const readTabId = 'tabId' in result ? result.tabId : -1;
      if (pinnedTabId === null && readTabId >= 0) {
        const [active] = await browser.tabs.query({ active: true, windowId: windowId.current });
        if (active?.id !== undefined && active.id !== readTabId && mine === seq.current) {
          void read();
        }
      }
    },
    [pinnedTabId],
  );

  useEffect(() => {
    const shown = shownFirst.current;
    shownFirst.current = null;
    void read(shown);
    const concerns = (tab: { id?: number; active?: boolean; windowId?: number } | undefined) =>
      pinnedTabId !== null
        ? tab?.id === pinnedTabId
        : !!tab?.active && (windowId.current === undefined || tab.windowId === windowId.current);

    // From the background (action clicked) or from the reader in this panel's tab; listen()
    // has checked the sender, and that a reader speaks only about its own page.
    const stopListening = listen({
      'page-changed': (_payload, from) => {
        if (from.role === 'extension' || concerns(from.tab)) void read();
      },
    });
    const onActivated = (info: { tabId: number; windowId: number }) => {
      if (pinnedTabId === null && info.windowId === windowId.current) void read();
    };
    const onUpdated = (
      _tabId: number,
      change: { status?: string; url?: string },
      tab: { id?: number; active?: boolean; windowId?: number },
    ) => {
      if ((change.status === 'complete' || change.url) && concerns(tab)) void read();
    };
    browser.tabs.onActivated.addListener(onActivated);
    browser.tabs.onUpdated.addListener(onUpdated);
    return () => {
      stopListening();
      browser.tabs.onActivated.removeListener(onActivated);
      browser.tabs.onUpdated.removeListener(onUpdated);
    };
  }, [read, pinnedTabId]);

  return { reading, reread: () => void read() };
}
