import { defineConfig } from 'wxt';

/**
 * The end-to-end build (CRIBA_E2E=1) also holds host permission for the fixture
 * company sites, because Playwright cannot answer Chromium's permission prompt.
 * The shipped manifest never carries it: tests/unit/manifest.test.ts checks the
 * production build's permissions against the allowed list.
 */
const E2E_HOSTS = ['https://*.example/*', 'https://*.test/*'];
const isE2E = process.env.CRIBA_E2E === '1';

export default defineConfig({
  modules: ['@wxt-dev/module-react', '@wxt-dev/webextension-polyfill'],
  imports: false,
  // The end-to-end build lives apart so it can never be zipped or loaded by mistake.
  outDir: isE2E ? '.output/e2e' : '.output',
  manifestVersion: 3,
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    action: { default_title: '__MSG_actionTitle__' },
    permissions: [
      'storage',
      'scripting',
      'activeTab',
      ...(browser === 'firefox' ? [] : ['sidePanel']),
    ],
    host_permissions: [
      'https://www.linkedin.com/*',
      'https://mail.google.com/*',
      ...(isE2E ? E2E_HOSTS : []),
    ],
    optional_host_permissions: ['https://*/*'],
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: { id: 'criba@criba.app', strict_min_version: '128.0' },
          },
        }
      : {}),
  }),
});
