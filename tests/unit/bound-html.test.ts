import { describe, expect, it } from 'vitest';
import { BOUND_HEAD, BOUND_START, BOUND_TAIL, boundHtml } from '../../scripts/lib/bound-html';

describe('boundHtml', () => {
  it('leaves an ordinary page whole', () => {
    const html = '<html><body><p>Hola</p></body></html>';
    expect(boundHtml(html)).toBe(html);
  });

  it('keeps the head, the start and the footer of a huge page, cut on tags', () => {
    const links = Array.from(
      { length: 200_000 },
      (_, i) => `<li><a href="/p/${i}">P ${i}</a></li>`,
    );
    const html = `<html><head><title>Catálogo</title></head><body><header>Talleres Demo</header><ul>${links.join('')}</ul><footer><a href="tel:+34943000123">943 000 123</a></footer></body></html>`;
    const bounded = boundHtml(html);
    expect(bounded.length).toBeLessThanOrEqual(BOUND_HEAD + BOUND_START + BOUND_TAIL + 100);
    // Tag-dense: cut by tags (the readers read 10,000 nodes of the main content and 3,000
    // of the footer) long before the byte bounds would.
    expect(bounded.split('<').length - 1).toBeLessThanOrEqual(10_000 + 3_000 + 10);
    expect(bounded).toContain('<header>Talleres Demo</header>');
    expect(bounded).toContain('<footer><a href="tel:+34943000123">');
    expect(bounded).not.toContain('/p/100000"');
    expect(bounded).toContain('/p/1000"');
    expect(bounded).toMatch(/<\/li>\n<!-- criba: the middle of this page was not read -->\n</);
  });
});
