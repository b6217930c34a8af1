import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CaptureSchema } from '../../lib/model/capture';
import { finalizeCapture, readPage, signalsReport } from '../../lib/sites';
import { parseHtml } from '../../scripts/lib/parse-html';

/**
 * Runs every authored fixture page through the same code as the extension and compares
 * it with its `<name>.expected.json`. Only the keys an expectation lists are compared
 * (a listed `null` means "must be unknown"); `tech` compares as a set. Prints the field
 * accuracy per site.
 */
const ROOT = join(__dirname, '..', 'fixtures');
const NOW = new Date('2026-11-20T10:00:00Z');

interface Expected {
  url: string;
  surface: string;
  status: string;
  person?: Record<string, unknown> | null;
  company?: Record<string, unknown> | null;
}

export function listFixtures(): { site: string; name: string; html: string; expected: Expected }[] {
  const out = [];
  for (const site of readdirSync(ROOT)) {
    let files: string[];
    try {
      files = readdirSync(join(ROOT, site));
    } catch {
      continue;
    }
    for (const file of files.filter((f) => f.endsWith('.html')).sort()) {
      const name = file.replace(/\.html$/, '');
      const html = readFileSync(join(ROOT, site, file), 'utf8');
      const expected = JSON.parse(
        readFileSync(join(ROOT, site, `${name}.expected.json`), 'utf8'),
      ) as Expected;
      out.push({ site, name, html, expected });
    }
  }
  return out;
}

const norm = (key: string, v: unknown) =>
  key === 'tech' && Array.isArray(v) ? [...(v as string[])].sort() : v;

const tally: Record<string, { fields: number; right: number; pages: number }> = {};

describe('authored fixtures', () => {
  const fixtures = listFixtures();
  it('exist for every site', () => {
    expect(fixtures.length).toBeGreaterThan(0);
  });

  for (const { site, name, html, expected } of fixtures) {
    it(`${site}/${name}`, () => {
      const { document, close } = parseHtml(html, expected.url);
      try {
        const capture = finalizeCapture(readPage(document, new URL(expected.url), NOW), NOW);
        expect(CaptureSchema.safeParse(capture).success).toBe(true);
        const report = signalsReport(capture);
        const t = (tally[site] ??= { fields: 0, right: 0, pages: 0 });
        t.pages++;
        const wrong: string[] = [];
        const check = (label: string, got: unknown, want: unknown) => {
          t.fields++;
          if (JSON.stringify(got) === JSON.stringify(want)) t.right++;
          else wrong.push(`${label}: got ${JSON.stringify(got)}, want ${JSON.stringify(want)}`);
        };
        check('surface', report.surface, expected.surface);
        check('status', report.status, expected.status);
        for (const entity of ['person', 'company'] as const) {
          const want = expected[entity];
          if (want === undefined) continue;
          const got = report[entity] as Record<string, unknown> | null;
          if (want === null) {
            check(entity, got, null);
            continue;
          }
          if (!got) {
            check(entity, null, 'present');
            continue;
          }
          for (const [key, value] of Object.entries(want))
            check(`${entity}.${key}`, norm(key, got[key]), norm(key, value));
        }
        expect(wrong, wrong.join('\n')).toEqual([]);
      } finally {
        close();
      }
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
