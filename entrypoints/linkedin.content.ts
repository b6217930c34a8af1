import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { linkedinAdapter } from '../lib/sites/linkedin/extract';
import { serveReader } from '../lib/sites/serve-reader';

/** Reads LinkedIn profiles and company pages when the panel asks; never touches the page. */
export default defineContentScript({
  matches: ['https://www.linkedin.com/*'],
  runAt: 'document_idle',
  main(ctx) {
    serveReader(linkedinAdapter, {
      onMessage: (fn) => browser.runtime.onMessage.addListener(fn),
      offMessage: (fn) => browser.runtime.onMessage.removeListener(fn),
      send: (message) => browser.runtime.sendMessage(message),
      signal: ctx.signal,
      onLocationChange: (fn) => ctx.addEventListener(window, 'wxt:locationchange', fn),
    });
  },
});
