import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../../scripts/lib/parse-html';
import { companyFacts } from '../facts';
import { finalizeCapture } from '../finalize';
import { extractPerson } from './person';

const NOW = new Date('2026-11-20T10:00:00Z');

function companyOf(html: string, url: string) {
  const { document, close } = parseHtml(html, url);
  try {
    return companyFacts(finalizeCapture(extractPerson(document, new URL(url), NOW), NOW));
  } finally {
    close();
  }
}

describe('person profiles as real pages show them', () => {
  it('left the company empty: fills it with the current employer and its LinkedIn page', () => {
    const person = {
      '@type': 'Person',
      name: 'Nerea Ibarra',
      url: 'https://es.linkedin.com/in/nerea-ibarra-demo',
      worksFor: [
        {
          '@type': 'Organization',
          name: 'Ferralia Logística',
          url: 'https://es.linkedin.com/company/ferralia-logistica',
        },
      ],
    };
    const html = `<html><head><title>Nerea Ibarra | LinkedIn</title>
      <script type="application/ld+json">${JSON.stringify(person)}</script></head>
      <body><main><section><h1 class="top-card-layout__title">Nerea Ibarra</h1></section></main></body></html>`;
    const company = companyOf(html, 'https://es.linkedin.com/in/nerea-ibarra-demo');
    expect(company?.name).toBe('Ferralia Logística');
    expect(company?.linkedinUrl).toBe('https://www.linkedin.com/company/ferralia-logistica/');
  });

  it('leaves the company empty when the profile names no employer', () => {
    const html = `<html><head><title>Nerea Ibarra | LinkedIn</title></head><body><main>
      <section><h1 class="top-card-layout__title">Nerea Ibarra</h1></section></main></body></html>`;
    expect(companyOf(html, 'https://es.linkedin.com/in/nerea-ibarra-demo')).toBeNull();
  });

  it('read a profile-not-found message as the person', () => {
    const html = `<html><head><title>Profile Not Found | LinkedIn</title></head><body><main>
      <section><h1 class="top-card-layout__title">An exact match for nerea-ibarra-demo could not be found.</h1>
      </section></main></body></html>`;
    const { document, close } = parseHtml(html, 'https://www.linkedin.com/in/nerea-ibarra-demo/');
    try {
      const capture = extractPerson(document, new URL(document.URL), NOW);
      expect(capture.status).toBe('no_signals');
      expect(capture.signals).toEqual([]);
    } finally {
      close();
    }
  });
});
