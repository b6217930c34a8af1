import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { finalizeCapture, readPage, signalsReport } from '../../lib/sites';
import { CaptureSchema } from '../../lib/model/capture';
import { parseHtml } from '../../scripts/lib/parse-html';

/**
 * Compares a saved page's capture with its `<name>.expected.json`, the way a person would
 * judge it: only the keys the expectation lists (a listed `null` means "must be unknown"),
 * `tech` as a set. Shared by the authored fixtures and the real-markup corpus.
 */
export interface Expected {
  url: string;
  surface: string;
  status: string;
  person?: Record<string, unknown> | null;
  company?: Record<string, unknown> | null;
}

export interface FieldResult {
  field: string;
  right: boolean;
  detail: string;
}

export const FIXED_NOW = new Date('2026-11-20T10:00:00Z');

/** Every `<name>.html` in a folder with its expectation, sorted by name. */
export function pagesIn(dir: string): { name: string; html: string; expected: Expected }[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.html'))
    .sort()
    .map((file) => {
      const name = file.replace(/\.html$/, '');
      const expected = JSON.parse(
        readFileSync(join(dir, `${name}.expected.json`), 'utf8'),
      ) as Expected;
      return { name, html: readFileSync(join(dir, file), 'utf8'), expected };
    });
}

const norm = (key: string, v: unknown) =>
  key === 'tech' && Array.isArray(v) ? [...(v as string[])].sort() : v;

/** Reads the page as the extension does and scores each expected field. */
export function checkPage(
  html: string,
  expected: Expected,
): { schemaValid: boolean; results: FieldResult[] } {
  const { document, close } = parseHtml(html, expected.url);
  try {
    const capture = finalizeCapture(
      readPage(document, new URL(expected.url), FIXED_NOW),
      FIXED_NOW,
    );
    const results: FieldResult[] = [];
    const report = signalsReport(capture);
    const check = (field: string, got: unknown, want: unknown) => {
      const right = JSON.stringify(got) === JSON.stringify(want);
      results.push({
        field,
        right,
        detail: `${field}: got ${JSON.stringify(got)}, want ${JSON.stringify(want)}`,
      });
    };
    check('surface', report.surface, expected.surface);
    check('status', report.status, expected.status);
    for (const entity of ['person', 'company'] as const) {
      const want = expected[entity];
      if (want === undefined) continue;
      const got = report[entity] as Record<string, unknown> | null;
      if (want === null || !got) {
        check(entity, got && 'present', want && 'present');
        continue;
      }
      for (const [key, value] of Object.entries(want))
        check(`${entity}.${key}`, norm(key, got[key]), norm(key, value));
    }
    return { schemaValid: CaptureSchema.safeParse(capture).success, results };
  } finally {
    close();
  }
}
