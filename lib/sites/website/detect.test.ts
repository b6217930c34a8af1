import { describe, expect, it } from 'vitest';
import { detectWebsite } from './detect';

describe('detectWebsite', () => {
  const cases: [string, string | null][] = [
    ['https://www.talleresbidasoa.es/contacto', 'website'],
    ['https://harbourlinefreight.co.uk/', 'website'],
    ['http://ferreteria-olmo.es/quienes-somos', 'website'],
    ['https://shop.casaverdeorganicos.pt/pages/sobre-nos', 'website'],
    ['https://www.linkedin.com.ferreteria-olmo.es/', 'website'],
    ['https://www.linkedin.com/company/talleres-bidasoa/', null],
    ['https://es.linkedin.com/in/irene-castaneda', null],
    ['https://linkedin.com/', null],
    ['https://mail.google.com/mail/u/0/#inbox', null],
    ['chrome://extensions/', null],
    ['file:///home/rep/page.html', null],
    ['about:blank', null],
    ['chrome-extension://abcdefghijklmnop/sidepanel.html', null],
  ];
  for (const [href, kind] of cases) {
    it(`${href} → ${String(kind)}`, () => {
      expect(detectWebsite(new URL(href))).toBe(kind);
    });
  }
});
