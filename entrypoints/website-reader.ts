import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { websiteAdapter } from '../lib/sites/website/extract';
import { runtimeOf, serveReader } from '../lib/sites/serve-reader';

/**
 * Reads a company website. In no manifest match list, so it asks for no host permission:
 * the background injects it only into a tab whose origin the rep granted (or activeTab).
 * A plain script (no WXT content-script context, no polyfill) to stay under 30 kB.
 */
export default defineUnlistedScript(() => {
  // A website with nothing to read says so at once, not after the 2.5 s an app may need.
  serveReader(websiteAdapter, runtimeOf(globalThis), window, { quietMs: 250 });
});
