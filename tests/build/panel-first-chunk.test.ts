import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * What the side panel loads before it can show a page's facts (issue 10: first facts
 * ≤ 200 ms): its first script (a classic one that asks for the reading), the module
 * sidepanel.html names and what it imports statically. The database, the engine and the
 * Public Suffix List come later, with the editor.
 */
const DIR = join(__dirname, '..', '..', '.output', 'chrome-mv3');

function read(file: string): string {
  try {
    return readFileSync(join(DIR, file), 'utf8');
  } catch {
    throw new Error(`${join(DIR, file)} is missing: run \`npm run build\` first`);
  }
}

/** The chunks a chunk imports statically (`import(...)` excluded). */
function staticImports(code: string): string[] {
  return [...code.matchAll(/(?:^|[;}])\s*import\s*(?:[^"'()]*?from\s*)?"\.\/([^"]+)"/g)].map(
    (m) => m[1]!,
  );
}

/**
 * A page's first modules: the page's module and every chunk it imports statically, and
 * the chunks `also` names (a dynamic import the first screen waits for) with theirs.
 */
function firstScripts(page: string, also: RegExp | null = null): Map<string, string> {
  const html = read(page);
  const queue = [...html.matchAll(/(?:src|href)="\/(chunks\/[^"]+\.js)"/g)].map((m) => m[1]!);
  const seen = new Map<string, string>();
  while (queue.length > 0) {
    const file = queue.shift()!;
    if (seen.has(file)) continue;
    const code = read(file);
    seen.set(file, code);
    // Static imports only: `import(...)` (the editor, manual entry) may come later.
    for (const m of staticImports(code)) queue.push(`chunks/${m}`);
    if (also) for (const m of code.matchAll(also)) queue.push(`chunks/${m[1]!}`);
  }
  return seen;
}

describe('the side panel’s first scripts', () => {
  const scripts = firstScripts('sidepanel.html');
  const all = [...scripts.values()].join('\n');

  it('hold neither the database nor the Public Suffix List', () => {
    expect(
      [...scripts.keys()].some((f) => f.startsWith('chunks/sidepanel-')),
      'entry',
    ).toBe(true);
    // Markers of Dexie and of tldts' suffix list, asked as booleans: a failure then names
    // the library instead of printing half a megabyte of code.
    expect(all.includes('DatabaseClosedError'), 'Dexie').toBe(false);
    expect(all.includes('blogspot'), 'tldts').toBe(false);
  });

  it('stay under 460 kB (React, zod and the catalogue)', () => {
    expect(all.length / 1024).toBeLessThan(460);
  });
});

describe('the prospects page’s first screen', () => {
  // Its module and the page it imports (boot), with everything both import statically.
  const scripts = firstScripts('prospects.html', /import\("\.\/(boot-[^"]+\.js)"\)/g);
  const all = [...scripts.values()].join('\n');

  it('holds the list, not the writer: no Public Suffix List, no engine', () => {
    expect(
      [...scripts.keys()].some((f) => f.startsWith('chunks/boot-')),
      'page',
    ).toBe(true);
    // The re-score brings the writer (and its suffix list) and the engine when clicked.
    expect(all.includes('blogspot'), 'tldts').toBe(false);
    expect([...scripts.keys()].some((f) => f.startsWith('chunks/rescore-stored-'))).toBe(false);
  });

  it('stays under 620 kB (React, Dexie, zod, the catalogue and the list)', () => {
    expect(all.length / 1024).toBeLessThan(620);
  });
});

describe('the side panel’s first script', () => {
  it('asks for the first reading and the language before any module runs (a classic script, first in the head, no polyfill)', () => {
    const html = read('sidepanel.html');
    const scripts = [...html.matchAll(/<script[^>]*>/g)].map((m) => m[0]);
    expect(scripts[0]).toBe('<script src="/panel-start.js">');
    expect(html.indexOf(scripts[0]!)).toBeLessThan(html.indexOf('<link'));
    const first = read('panel-start.js');
    expect(first.includes('read-active-tab'), 'asks').toBe(true);
    expect(first.includes('storage.local.get'), 'language').toBe(true);
    expect(first.includes('only be loaded in a browser extension'), 'polyfill').toBe(false);
    expect(first.length / 1024).toBeLessThan(3);
  });
});

describe('the side panel’s modules', () => {
  it('are fetched at once: the page preloads every chunk its module imports and links its CSS', () => {
    const html = read('sidepanel.html');
    const named = [...html.matchAll(/(?:src|href)="\/chunks\/([^"]+\.js)"/g)].map((m) => m[1]!);
    for (const m of staticImports(read(`chunks/${named[0]!}`))) expect(named).toContain(m);
    expect(html).toMatch(/<link rel="stylesheet"[^>]* href="\/assets\/[^"]+\.css">/);
    // Nothing of the editor: fetching it would compete with the first facts.
    expect(named.some((n) => n.startsWith('ProspectEditor-'))).toBe(false);
  });
});
