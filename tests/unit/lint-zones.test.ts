import { ESLint } from 'eslint';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The import bans in eslint.config.js, run through ESLint's own API on one-line sources
 * placed (in memory) at real paths of each zone, so a glob that matches nothing or a
 * block that replaces another's list fails here.
 */
const eslint = new ESLint({ cwd: join(__dirname, '..', '..') });

async function bannedImports(filePath: string, module: string): Promise<string[]> {
  const [result] = await eslint.lintText(`import x from '${module}';\nexport default x;\n`, {
    filePath,
  });
  return (result?.messages ?? [])
    .filter((m) => m.ruleId === 'no-restricted-imports')
    .map((m) => m.message);
}

describe('import bans', () => {
  it.each([
    ['lib/scoring/zone-probe.ts', 'wxt/browser'],
    ['lib/scoring/zone-probe.ts', 'react'],
    ['lib/scoring/zone-probe.ts', 'dexie'],
    ['lib/db/zone-probe.ts', 'wxt/browser'],
    ['lib/sites/linkedin/zone-probe.ts', 'wxt/browser'],
    ['lib/sites/linkedin/zone-probe.ts', 'webextension-polyfill'],
    ['lib/sites/zone-probe.ts', 'zod'],
    ['lib/sites/zone-probe.ts', 'tldts'],
    ['lib/sites/zone-probe.ts', 'dexie'],
    ['lib/messaging/reader-protocol.ts', 'zod'],
    ['entrypoints/linkedin-reader.ts', 'zod'],
    ['entrypoints/gmail-reader.ts', 'tldts'],
    ['entrypoints/website-reader.ts', 'wxt/browser'],
    ['entrypoints/website-reader.ts', 'react'],
  ])('%s may not import %s', async (file, module) => {
    expect(await bannedImports(file, module)).toHaveLength(1);
  });

  it.each([
    ['lib/db/zone-probe.ts', 'dexie'],
    ['lib/sites/finalize.ts', 'tldts'],
    ['lib/sites/linkedin/zone-probe.test.ts', 'zod'],
    ['lib/scoring/zone-probe.ts', 'zod'],
    ['entrypoints/background.ts', 'wxt/browser'],
    ['entrypoints/background.ts', 'zod'],
  ])('%s may import %s', async (file, module) => {
    expect(await bannedImports(file, module)).toEqual([]);
  });
});
