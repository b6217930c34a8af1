import fc from 'fast-check';
import { inertWindow } from '../../scripts/lib/parse-html';
import { afterAll, describe, expect, it } from 'vitest';
import { CaptureSchema } from '../../lib/model/capture';
import { finalizeCapture } from '../../lib/sites/finalize';
import { linkedinAdapter } from '../../lib/sites/linkedin/extract';
import { pageArb } from './property-linkedin-pages';
import { PROPERTY_TIMEOUT_MS } from '../support/property-timeout';

/**
 * The LinkedIn reader on hostile pages (see property-linkedin-pages.ts), profile and
 * company URLs alike. It must never throw, its capture must be valid as sent and after
 * finalizeCapture, and nothing may reach Object.prototype.
 */
const NOW = new Date('2026-11-20T10:00:00Z');

// One window for every run: parsing into a fresh one each time would dominate the cost.
const window = inertWindow('https://www.linkedin.com/');
const document = window.document as unknown as Document;
afterAll(() => window.happyDOM.abort());

const prototypeKeys = (): string[] =>
  [Object.prototype, Array.prototype, Function.prototype].flatMap((p) =>
    Object.getOwnPropertyNames(p),
  );

describe('linkedin reader on generated pages', { timeout: PROPERTY_TIMEOUT_MS }, () => {
  it('never throws, always yields a valid capture and never pollutes prototypes', () => {
    const before = prototypeKeys().join(',');
    // The pages must reach the readers' real paths, not only their early exits.
    const statuses = new Map<string, number>();
    fc.assert(
      fc.property(pageArb, ({ target, title, head, body, deep, huge }) => {
        document.head.innerHTML = head.join('');
        document.title = title;
        document.body.innerHTML = body.join('') + (deep ?? '') + (huge ?? '');
        const url = new URL(target.url);

        const raw = linkedinAdapter.extract(document, url, NOW);
        expect(raw.notes ?? []).not.toContain('reader-error');
        expect(CaptureSchema.safeParse(raw).success).toBe(true);
        expect(raw.surface).toBe(
          url.pathname.startsWith('/in/') ? 'linkedin-profile' : 'linkedin-company',
        );

        const capture = finalizeCapture(JSON.parse(JSON.stringify(raw)), NOW);
        expect(CaptureSchema.safeParse(capture).success).toBe(true);
        expect(capture.notes).not.toContain('invalid-capture');
        const key = `${capture.surface}:${capture.status}`;
        statuses.set(key, (statuses.get(key) ?? 0) + 1);

        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
        expect(([] as unknown as Record<string, unknown>).polluted).toBeUndefined();
      }),
      { numRuns: 10_000 },
    );
    expect(prototypeKeys().join(',')).toBe(before);
    for (const key of [
      'linkedin-company:ok',
      'linkedin-company:layout_changed',
      'linkedin-company:no_signals',
      'linkedin-profile:ok',
      'linkedin-profile:no_signals',
    ])
      expect(statuses.get(key) ?? 0, key).toBeGreaterThan(20);
  });
});
