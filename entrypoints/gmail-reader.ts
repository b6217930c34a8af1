import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { gmailAdapter } from '../lib/sites/gmail/extract';
import { runtimeOf, serveReader } from '../lib/sites/serve-reader';

/**
 * Reads the open Gmail conversation when the panel asks; declared in the manifest for
 * mail.google.com (wxt.config.ts). The message body is read only to find a signature.
 * A plain script (no WXT content-script context, no polyfill) to stay under 30 kB.
 */
export default defineUnlistedScript(() => {
  serveReader(gmailAdapter, runtimeOf(globalThis), window);
});
