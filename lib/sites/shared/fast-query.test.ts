import { Window } from 'happy-dom';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { firstFast, queryAllFast, queryFast } from './fast-query';

const window = new Window({ url: 'https://www.acme-demo.test/' });
const doc = window.document as unknown as Document;
const SELECTORS = [
  '#about',
  'footer',
  '.footer',
  'header [class*="logo"] img[alt]',
  'img[class*="logo"][alt]',
  'section[class*="about"]',
  '[role="main"]',
  'a.navbar-brand img[alt]',
  'script[type="text/x-magento-init"]',
  'address, [itemprop="address"]',
];

describe('fast queries', () => {
  it('agree with querySelectorAll, in document order', () => {
    const node = fc.constantFrom(
      '<footer class="footer"><img class="logo" alt="A"></footer>',
      '<header><div class="big-logo"><img alt="B"></div></header>',
      '<section id="about" class="about-us"><address>Calle 1</address></section>',
      '<div role="main"><a class="navbar-brand" href="/"><img alt="C"></a></div>',
      '<script type="text/x-magento-init">{}</script>',
      '<span itemprop="address">x</span><section class="about">y</section>',
      '<p>text</p>',
    );
    fc.assert(
      fc.property(fc.array(node, { maxLength: 8 }), (parts) => {
        doc.body.innerHTML = parts.join('');
        for (const sel of SELECTORS) {
          const want = Array.from(doc.querySelectorAll(sel));
          expect(
            queryAllFast(
              doc,
              sel.split(',').map((s) => s.trim()),
              1000,
            ),
          ).toEqual(want);
          expect(queryFast(doc, sel, 1000)).toEqual(want);
        }
        expect(firstFast(doc, ['#nope', 'footer', 'address'])).toBe(
          doc.querySelector('footer') ?? doc.querySelector('address'),
        );
      }),
      { numRuns: 300 },
    );
  });
});
