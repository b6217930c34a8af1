import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../../scripts/lib/parse-html';
import { companyFacts } from '../facts';
import { finalizeCapture } from '../finalize';
import { readPage } from '../index';

const NOW = new Date('2026-11-20T10:00:00Z');

function read(url: string, html: string) {
  const { document, close } = parseHtml(html, url);
  try {
    return companyFacts(finalizeCapture(readPage(document, new URL(url), NOW), NOW));
  } finally {
    close();
  }
}

describe('a press release on a wire service', () => {
  it('was read as the wire: reads the issuing company and its own site instead', () => {
    const company = read(
      'https://www.prnewswire.com/news-releases/ferralia-opens-a-hub-in-zaragoza-300256929.html',
      `<html><head><title>Ferralia opens a hub in Zaragoza</title>
        <meta name="author" content="Ferralia Logística">
        <meta property="og:site_name" content="PR Newswire">
        <script src="https://www.googletagmanager.com/gtm.js?id=GTM-ABC123"></script></head>
      <body><article><p>ZARAGOZA, Spain — <a href="https://www.ferralialogistica.es/">Ferralia Logística</a>
        opens its fourth hub.</p></article>
      <footer><a href="tel:+18887760942">888-776-0942</a>
        <a href="https://www.linkedin.com/company/pr-newswire/">LinkedIn</a>
        <p>Copyright © 2024 Cision US Inc.</p></footer></body></html>`,
    );
    expect(company).toMatchObject({
      name: 'Ferralia Logística',
      domain: 'ferralialogistica.es',
      phone: null,
      linkedinUrl: null,
      tech: [],
    });
  });
});
