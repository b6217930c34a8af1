import { useCallback, useEffect, useRef, useState } from 'react';
import { browser } from 'wxt/browser';
import { listen } from '../../components/messaging';
import { parseResponse, type ReadResult } from '../../lib/messaging/contract';
import { askToRead, takeFirstReading } from './first-reading';

export type Reading = { phase: 'reading' } | { phase: 'done'; result: ReadResult };

/**
 * Reads the tab beside the panel (or the pinned tab) — first with the reading main.tsx
 * asked for at once — and re-reads on in-app navigation, tab switches and reloads. Each reading clears the previous one first and a late answer
 * for an older reading is dropped, so the panel never shows one page's facts under another.
 */
export function usePageReading(pinnedTabId: number | null): { reading: Reading; reread(): void } {
  const [reading, setReading] = useState<Reading>({ phase: 'reading' });
  const seq = useRef(0);
  const windowId = useRef<number | undefined>(undefined);

  const read = useCallback(async (): Promise<void> => {
    const mine = ++seq.current;
    setReading({ phase: 'reading' });
    let result: ReadResult;
    try {
      const asked = await (takeFirstReading(pinnedTabId) ??
        askToRead(pinnedTabId, windowId.current));
      windowId.current = asked.windowId;
      result = parseResponse('read-active-tab', asked.raw) ?? {
        kind: 'unreachable',
        tabId: pinnedTabId ?? -1,
        detail: 'invalid answer',
      };
    } catch (error) {
      result = {
        kind: 'unreachable',
        tabId: pinnedTabId ?? -1,
        detail: String(error).slice(0, 300),
      };
    }
    if (mine !== seq.current) return;
    setReading({ phase: 'done', result });
    // A tab switch while the panel's code was still loading reached no listener: when the
    // window's active tab is no longer the one read, read again.
    const readTab = 'tabId' in result ? result.tabId : -1;
    if (pinnedTabId === null && readTab >= 0) {
      const [active] = await browser.tabs.query({ active: true, windowId: windowId.current });
      if (active?.id !== undefined && active.id !== readTab && mine === seq.current) {
        void read();
      }
    }
  }, [pinnedTabId]);

  useEffect(() => {
    void read();
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
