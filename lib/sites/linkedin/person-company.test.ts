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

describe('a person profile left the company empty', () => {
  it('fills the company with the current employer and its LinkedIn page', () => {
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
});
