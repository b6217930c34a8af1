import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The manifest `npm run build` wrote, not the config that makes it: least privilege as
 * shipped. Run by `npm run test:build` after the build; a missing build fails here.
 */
const FILE = join(__dirname, '..', '..', '.output', 'chrome-mv3', 'manifest.json');

function built(): Record<string, unknown> {
  let text: string;
  try {
    text = readFileSync(FILE, 'utf8');
  } catch {
    throw new Error(`${FILE} is missing: run \`npm run build\` first`);
  }
  return JSON.parse(text) as Record<string, unknown>;
}

describe('the built manifest', () => {
  const m = built();

  it('asks for exactly the permissions Criba uses', () => {
    expect([...(m.permissions as string[])].sort()).toEqual([
      'activeTab',
      'alarms',
      'scripting',
      'sidePanel',
      'storage',
    ]);
  });

  it('requires only LinkedIn and Gmail; any other site is optional, one origin at a time', () => {
    expect([...(m.host_permissions as string[])].sort()).toEqual([
      'https://mail.google.com/*',
      'https://www.linkedin.com/*',
    ]);
    expect(m.optional_host_permissions).toEqual(['https://*/*']);
    const matches = (m.content_scripts as { matches: string[] }[]).flatMap((c) => c.matches);
    expect(matches.sort()).toEqual(['https://mail.google.com/*', 'https://www.linkedin.com/*']);
  });

  it('exposes nothing to web pages and reaches for no wildcard', () => {
    expect(m.web_accessible_resources).toBeUndefined();
    expect(m.externally_connectable).toBeUndefined();
    expect(JSON.stringify(m)).not.toMatch(/<all_urls>|\*:\/\/\*|"tabs"|webRequest|cookies/);
  });

  it('runs only its own scripts and connects nowhere else', () => {
    expect(m.content_security_policy).toEqual({
      extension_pages: "script-src 'self'; object-src 'self'; connect-src 'self'",
    });
  });
});
