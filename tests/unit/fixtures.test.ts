import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkPage, pagesIn, type Expected } from './capture-check';

/**
 * Runs every authored fixture page through the same code as the extension and compares
 * it with its `<name>.expected.json` (see capture-check.ts). Prints the field accuracy
 * per site. The real-markup corpus under fixtures/real has its own test.
 */
const ROOT = join(__dirname, '..', 'fixtures');

export function listFixtures(): { site: string; name: string; html: string; expected: Expected }[] {
  return readdirSync(ROOT, { withFileTypes: true })
    .filter((d) => d.isDirectory() && d.name !== 'real')
    .flatMap((d) => pagesIn(join(ROOT, d.name)).map((page) => ({ site: d.name, ...page })));
}

const tally: Record<string, { fields: number; right: number; pages: number }> = {};

describe('authored fixtures', () => {
  const fixtures = listFixtures();
  it('exist for every site', () => {
    expect(fixtures.length).toBeGreaterThan(0);
  });

  for (const { site, name, html, expected } of fixtures) {
    it(`${site}/${name}`, () => {
      const { schemaValid, results } = checkPage(html, expected);
      expect(schemaValid).toBe(true);
      const t = (tally[site] ??= { fields: 0, right: 0, pages: 0 });
      t.pages++;
      t.fields += results.length;
      t.right += results.filter((r) => r.right).length;
      const wrong = results.filter((r) => !r.right).map((r) => r.detail);
      expect(wrong, wrong.join('\n')).toEqual([]);
    });
  }

  afterAll(() => {
    const rows = Object.entries(tally).map(
      ([site, t]) =>
        `${site.padEnd(10)} pages ${String(t.pages).padStart(3)}  fields ${String(t.right).padStart(4)}/${String(t.fields).padEnd(4)} ${((100 * t.right) / Math.max(1, t.fields)).toFixed(1)}%`,
    );
    console.log(`Fixture field accuracy\n${rows.join('\n')}`);
  });
});
