import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { GMAIL_SELECTORS } from '../../lib/sites/gmail/selectors';
import { COMPANY, SIDE_LISTS } from '../../lib/sites/linkedin/company-selectors';
import { PERSON } from '../../lib/sites/linkedin/selectors';
import { WEBSITE_SELECTORS } from '../../lib/sites/website/selectors';
import { parseHtml } from '../../scripts/lib/parse-html';

/**
 * Every selector alternative the readers try earns its place: each matches at least one
 * fixture page of its site, authored or real. A selector no page shows is either given
 * the page that shows it (tests/fixtures/<site>/, tests/fixtures/real/<site>/) or removed.
 */
const ROOT = join(__dirname, '..', 'fixtures');

/** The alternatives of a selector list, split at top-level commas (none sit inside quotes here). */
function alternatives(value: unknown): string[] {
  const lists = typeof value === 'string' ? [value] : Array.isArray(value) ? value : [];
  return lists.flatMap((s: string) => s.split(',').map((x) => x.trim()));
}

function fixturePages(site: string): { name: string; document: Document; close: () => void }[] {
  return [join(ROOT, site), join(ROOT, 'real', site)].flatMap((dir) =>
    readdirSync(dir)
      .filter((f) => f.endsWith('.html'))
      .map((f) => {
        const { url } = JSON.parse(
          readFileSync(join(dir, f.replace(/\.html$/, '.expected.json')), 'utf8'),
        ) as { url: string };
        return { name: f, ...parseHtml(readFileSync(join(dir, f), 'utf8'), url) };
      }),
  );
}

const SELECTORS: [site: string, group: string, table: Record<string, unknown>][] = [
  ['linkedin', 'PERSON', PERSON],
  ['linkedin', 'COMPANY', { ...COMPANY, SIDE_LISTS }],
  ['gmail', 'GMAIL_SELECTORS', GMAIL_SELECTORS],
  ['website', 'WEBSITE_SELECTORS', WEBSITE_SELECTORS],
];

const pages = new Map<string, ReturnType<typeof fixturePages>>();
const pagesOf = (site: string) => pages.get(site) ?? pages.set(site, fixturePages(site)).get(site)!;
afterAll(() => pages.forEach((list) => list.forEach((p) => p.close())));

describe('every selector alternative matches a fixture page', () => {
  const cases = SELECTORS.flatMap(([site, group, table]) =>
    Object.entries(table).flatMap(([key, value]) =>
      alternatives(value).map((selector) => [site, `${group}.${key}`, selector] as const),
    ),
  );
  it.each(cases)('%s %s: %s', (site, _key, selector) => {
    const shown = pagesOf(site).filter((p) => p.document.querySelector(selector) !== null);
    expect(shown.map((p) => p.name)).not.toEqual([]);
  });
});
