import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { linkedinAdapter } from '../lib/sites/linkedin/extract';
import { runtimeOf, serveReader } from '../lib/sites/serve-reader';

/**
 * Reads LinkedIn profiles and company pages when the panel asks. Declared in the manifest
 * for www.linkedin.com (wxt.config.ts), injected on demand elsewhere (es.linkedin.com).
 * A plain script (no WXT content-script context, no polyfill) to stay under 30 kB.
 */
export default defineUnlistedScript(() => {
  serveReader(linkedinAdapter, runtimeOf(globalThis), window);
});
