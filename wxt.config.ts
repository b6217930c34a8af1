import { readdirSync, readFileSync } from 'node:fs';
import { defineConfig } from 'wxt';

/**
 * The end-to-end build (CRIBA_E2E=1) also holds host permission for the fixture
 * company sites, because Playwright cannot answer Chromium's permission prompt.
 * The shipped manifest never carries it: tests/unit/manifest.test.ts checks the
 * production build's permissions against the allowed list.
 */
const isE2E = process.env.CRIBA_E2E === '1';

/** The origins of the authored website fixtures (and es.linkedin.com's logged-out pages). */
function fixtureHosts(): string[] {
  const hosts = new Set<string>(['https://es.linkedin.com/*']);
  for (const site of ['website', 'linkedin']) {
    const dir = `tests/fixtures/${site}`;
    for (const f of readdirSync(dir).filter((x) => x.endsWith('.expected.json'))) {
      const { url } = JSON.parse(readFileSync(`${dir}/${f}`, 'utf8')) as { url: string };
      const origin = new URL(url).origin;
      if (origin !== 'https://www.linkedin.com') hosts.add(`${origin}/*`);
    }
  }
  return [...hosts].sort();
}
const E2E_HOSTS = isE2E ? fixtureHosts() : [];

export default defineConfig({
  modules: ['@wxt-dev/module-react', '@wxt-dev/webextension-polyfill'],
  imports: false,
  // The end-to-end build lives apart so it can never be zipped or loaded by mistake.
  outDir: isE2E ? '.output/e2e' : '.output',
  // Development aid: CRIBA_ENTRYPOINTS=background,sidepanel builds only those.
  filterEntrypoints: process.env.CRIBA_ENTRYPOINTS?.split(','),
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
    host_permissions: ['https://www.linkedin.com/*', 'https://mail.google.com/*', ...E2E_HOSTS],
    optional_host_permissions: ['https://*/*'],
    // The readers are plain scripts (entrypoints/*-reader.ts) declared here by hand: WXT's
    // content-script wrapper would add the polyfill and break the 30 kB budget.
    content_scripts: [
      {
        matches: ['https://www.linkedin.com/*'],
        js: ['linkedin-reader.js'],
        run_at: 'document_idle',
      },
      { matches: ['https://mail.google.com/*'], js: ['gmail-reader.js'], run_at: 'document_idle' },
    ],
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
