import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../../scripts/lib/parse-html';
import { companyFacts } from '../facts';
import { finalizeCapture } from '../finalize';
import { readPage } from '../index';

const NOW = new Date('2026-11-20T10:00:00Z');

function nameOn(url: string, head: string, body = ''): string | null {
  const { document, close } = parseHtml(
    `<html><head>${head}</head><body>${body}</body></html>`,
    url,
  );
  try {
    return companyFacts(finalizeCapture(readPage(document, new URL(url), NOW), NOW))?.name ?? null;
  } finally {
    close();
  }
}

describe('the website company name', () => {
  it('passed over the name in the title when the domain adds "inc" to it', () => {
    const name = nameOn(
      'https://www.lumoinc.com/blog/the-winds-of-change',
      '<title>Lumo | The Winds of Change</title>',
      '<footer><p>© 2016 Lumo Labs, Inc. All Rights Reserved</p></footer>',
    );
    expect(name).toBe('Lumo');
  });

  it('kept "Blog" from the publication name', () => {
    const name = nameOn(
      'https://tallo.example/blog/scaling-queues',
      '<title>Scaling queues</title><meta property="og:site_name" content="Tallo Blog">',
    );
    expect(name).toBe('Tallo');
  });

  it('took a logo file name as written', () => {
    const name = nameOn(
      'https://brisora.com/insights/audiences',
      '<title>Using audience data for the next big launch</title>',
      '<header><a href="/"><img class="logo" src="/brisora_logotype_black.png" alt="brisora_logotype_black"></a></header>',
    );
    expect(name).toBe('Brisora');
  });
});
