import { defineConfig } from 'wxt';
import { declaredContentScripts, requiredHostPermissions } from './lib/sites/registry';
import { fixtureHostPermissions } from './tests/e2e/fixture-hosts';

/**
 * Hosts, match patterns and reader files come from the site registry (lib/sites/registry.ts).
 * The end-to-end build (CRIBA_E2E=1) also holds host permission for the fixture origins,
 * because Playwright cannot answer Chromium's permission prompt. The shipped manifest
 * never carries them: tests/build/manifest.test.ts checks the production build.
 */
const isE2E = process.env.CRIBA_E2E === '1';

/**
 * Extension pages run only Criba's own scripts and talk to nothing outside the extension.
 * Built only: `wxt` (dev) adds its dev server to script-src and needs a websocket to it.
 */
const EXTENSION_PAGES_CSP = "script-src 'self'; object-src 'self'; connect-src 'self'";

export default defineConfig({
  modules: ['@wxt-dev/module-react', '@wxt-dev/webextension-polyfill'],
  imports: false,
  // The end-to-end build lives apart so it can never be zipped or loaded by mistake.
  outDir: isE2E ? '.output/e2e' : '.output',
  // Development aid: CRIBA_ENTRYPOINTS=background,sidepanel builds only those.
  filterEntrypoints: process.env.CRIBA_ENTRYPOINTS?.split(','),
  manifestVersion: 3,
  manifest: ({ browser, command }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    action: { default_title: '__MSG_actionTitle__' },
    permissions: [
      // The daily retention purge (entrypoints/background.ts).
      'alarms',
      'storage',
      'scripting',
      'activeTab',
      ...(browser === 'firefox' ? [] : ['sidePanel']),
    ],
    host_permissions: [...requiredHostPermissions(), ...(isE2E ? fixtureHostPermissions() : [])],
    optional_host_permissions: ['https://*/*'],
    content_scripts: declaredContentScripts(),
    ...(command === 'build'
      ? { content_security_policy: { extension_pages: EXTENSION_PAGES_CSP } }
      : {}),
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'criba@criba.app',
              strict_min_version: '128.0',
              // Criba collects nothing: everything stays in the browser.
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
