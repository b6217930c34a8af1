import { existsSync, readFileSync, statSync } from 'node:fs';
import { expect, test } from '@playwright/test';

/** The shipped build (npm run build), not the end-to-end one: least privilege, tiny readers. */
const DIR = '.output/chrome-mv3';
const manifest = () => JSON.parse(readFileSync(`${DIR}/manifest.json`, 'utf8'));

test.skip(!existsSync(`${DIR}/manifest.json`), 'run `npm run build` first');

test('the shipped manifest asks only for what Criba needs', () => {
  const m = manifest();
  expect(m.manifest_version).toBe(3);
  expect(m.name).toBe('__MSG_extName__');
  expect(m.default_locale).toBe('en');
  expect([...m.permissions].sort()).toEqual([
    'activeTab',
    'alarms',
    'scripting',
    'sidePanel',
    'storage',
  ]);
  expect([...m.host_permissions].sort()).toEqual([
    'https://mail.google.com/*',
    'https://www.linkedin.com/*',
  ]);
  expect(m.optional_host_permissions).toEqual(['https://*/*']);
  expect(m.web_accessible_resources).toBeUndefined();
  expect(m.side_panel?.default_path).toBe('sidepanel.html');
  const matches = m.content_scripts.flatMap((c: { matches: string[] }) => c.matches).sort();
  expect(matches).toEqual(['https://mail.google.com/*', 'https://www.linkedin.com/*']);
  expect(JSON.stringify(m)).not.toMatch(/<all_urls>|"tabs"|webRequest|cookies/);
});

test('each content script stays under 30 kB minified', () => {
  const files = ['linkedin-reader.js', 'gmail-reader.js', 'website-reader.js'];
  for (const f of files) {
    const size = statSync(`${DIR}/${f}`).size;
    expect(size, f).toBeLessThanOrEqual(30 * 1024);
  }
});
