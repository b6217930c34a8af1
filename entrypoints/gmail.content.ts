import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { gmailAdapter } from '../lib/sites/gmail/extract';
import { serveReader } from '../lib/sites/serve-reader';

/** Reads the open Gmail thread when the panel asks; never touches the page or stores bodies. */
export default defineContentScript({
  matches: ['https://mail.google.com/*'],
  runAt: 'document_idle',
  main(ctx) {
    serveReader(gmailAdapter, {
      onMessage: (fn) => browser.runtime.onMessage.addListener(fn),
      offMessage: (fn) => browser.runtime.onMessage.removeListener(fn),
      send: (message) => browser.runtime.sendMessage(message),
      signal: ctx.signal,
      onLocationChange: (fn) => {
        // Gmail routes by hash; hashchange is immediate, locationchange the safety net.
        ctx.addEventListener(window, 'hashchange', fn);
        ctx.addEventListener(window, 'wxt:locationchange', fn);
      },
    });
  },
});
