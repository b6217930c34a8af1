import { browser } from 'wxt/browser';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { websiteAdapter } from '../lib/sites/website/extract';
import { serveReader } from '../lib/sites/serve-reader';

/**
 * Reads a company website. Unlisted on purpose: it is in no manifest match list, so it
 * asks for no host permission; the background injects it with `scripting` only into a tab
 * whose origin the rep granted (or that activeTab covers).
 */
export default defineUnlistedScript(() => {
  const stop = new AbortController();
  serveReader(websiteAdapter, {
    onMessage: (fn) => browser.runtime.onMessage.addListener(fn),
    offMessage: (fn) => browser.runtime.onMessage.removeListener(fn),
    send: (message) => browser.runtime.sendMessage(message),
    signal: stop.signal,
    onLocationChange: (fn) => {
      window.addEventListener('popstate', fn, { signal: stop.signal });
      window.addEventListener('hashchange', fn, { signal: stop.signal });
    },
  });
});
