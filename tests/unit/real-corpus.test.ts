import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkPage, pagesIn } from './capture-check';

/**
 * The real-markup corpus: pages saved by other open-source projects (origin and licence in
 * each `<name>.source.json`, people renamed), with expectations written from what a
 * person sees. Unlike the authored fixtures it does not demand every field: it prints the
 * accuracy per surface and per field, and fails when a surface falls below the floor it
 * has reached, so a reader change cannot quietly lose ground. Raise a floor when a fix
 * lifts it; the goal is TARGET.
 */
const ROOT = join(__dirname, '..', 'fixtures', 'real');
const TARGET = 95;
const FLOOR: Record<string, number> = { website: 96, linkedin: 100, gmail: 100 };

type Tally = { right: number; fields: number };
const bySurface: Record<string, Tally & { pages: number }> = {};
const byField: Record<string, Tally> = {};
const misses: string[] = [];

const pct = (t: Tally) => (100 * t.right) / Math.max(1, t.fields);

describe('real-markup corpus', () => {
  const surfaces = readdirSync(ROOT).sort();

  for (const surface of surfaces) {
    for (const { name, html, expected } of pagesIn(join(ROOT, surface))) {
      it(`${surface}/${name} reads into a valid capture`, () => {
        const { schemaValid, results } = checkPage(html, expected);
        expect(schemaValid).toBe(true);
        const s = (bySurface[surface] ??= { right: 0, fields: 0, pages: 0 });
        s.pages++;
        for (const r of results) {
          const f = (byField[`${surface} ${r.field}`] ??= { right: 0, fields: 0 });
          f.fields++;
          s.fields++;
          if (r.right) {
            f.right++;
            s.right++;
          } else misses.push(`${surface}/${name} ${r.detail}`);
        }
      });
    }
  }

  it('holds the accuracy floor on every surface', () => {
    for (const surface of surfaces) {
      expect(pct(bySurface[surface] ?? { right: 0, fields: 1 }), surface).toBeGreaterThanOrEqual(
        FLOOR[surface] ?? 100,
      );
    }
  });

  afterAll(() => {
    const line = (label: string, t: Tally) =>
      `${label.padEnd(28)} ${String(t.right).padStart(4)}/${String(t.fields).padEnd(4)} ${pct(t).toFixed(1).padStart(5)}%`;
    const surfaces = Object.entries(bySurface).map(
      ([s, t]) =>
        `${line(`${s} (${t.pages} pages)`, t)}  gap to ${TARGET}%: ${Math.max(0, TARGET - pct(t)).toFixed(1)}`,
    );
    const fields = Object.entries(byField)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([f, t]) => line(f, t));
    console.log(
      `Real-markup corpus accuracy\n${surfaces.join('\n')}\nper field\n${fields.join('\n')}` +
        (process.env.CORPUS_MISSES ? `\nmisses\n${misses.join('\n')}` : ''),
    );
  });
});
