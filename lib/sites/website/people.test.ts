import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../../scripts/lib/parse-html';
import { personFacts } from '../facts';
import { finalizeCapture } from '../finalize';
import { readPage } from '../index';

const NOW = new Date('2026-11-20T10:00:00Z');

function person(path: string, body: string, head = '') {
  const url = `https://www.brezodigital.es${path}`;
  const html = `<html><head><title>Brezo Digital</title>
    <meta property="og:site_name" content="Brezo Digital">${head}</head><body>${body}
    <footer><p>Brezo Digital S.L. · Calle Colón 12, 46004 Valencia</p></footer></body></html>`;
  const { document, close } = parseHtml(html, url);
  try {
    const p = personFacts(finalizeCapture(readPage(document, new URL(url), NOW), NOW));
    return p && { name: p.name, title: p.title, company: p.company };
  } finally {
    close();
  }
}

const COMMENTS = `<section id="comments" class="comments-area"><ol><li class="comment">
  <span class="comment-author"><span class="author">Rodrigo Peña</span></span><p>¡Gracias!</p>
  </li></ol></section>`;
const RELATED = `<aside class="related-posts"><article class="card"><p class="byline">por
  <span class="author">Marta Lozano</span></p><h3>Otro artículo</h3></article></aside>`;

describe('people on a company website', () => {
  it('a post’s author with role, never the commenters or the related posts', () => {
    const post = `<main><article class="post"><header><h1>Cómo migramos una tienda</h1>
      <div class="author-box"><span class="byline">por <span class="author-name">Nerea Salvador</span></span>
      <span class="author-role">Directora de marketing</span></div></header><p>…</p></article>
      ${RELATED}${COMMENTS}</main>`;
    expect(person('/blog/migrar/', post)).toEqual({
      name: 'Nerea Salvador',
      title: 'Directora de marketing',
      company: 'Brezo Digital',
    });
    const noByline = `<main><article class="post"><h1>Sin firma</h1><p>…</p></article>${RELATED}${COMMENTS}</main>`;
    expect(person('/blog/sin-firma/', noByline)).toBeNull();
  });

  it('a byline by its most trusted markup, only inside the article, header or main', () => {
    const name = (body: string) => person('/blog/post/', body)?.name ?? null;
    // rel=author outranks a later-listed .author that comes first in the page.
    expect(
      name(`<main><p class="author">Marta Lozano</p><article><a rel="author" href="/equipo/nerea">Nerea
        Salvador</a></article></main>`),
    ).toBe('Nerea Salvador');
    // A byline outside the page's own content is no byline.
    expect(
      name('<div><span class="byline">Nerea Salvador</span></div><main><p>…</p></main>'),
    ).toBeNull();
    // The author's box must itself be inside the content: here it wraps it, so the name
    // inside it is no byline of the first kind. (Chromium matches an element's query
    // against the whole page, hence `:scope` in people.ts; happy-dom stops at the element.)
    expect(
      name(`<div itemprop="author"><main><span itemprop="name">Marta Lozano</span><header><span
        class="author-name">Nerea Salvador</span></header></main></div>`),
    ).toBe('Nerea Salvador');
    // A header nested in the article is searched with it, in document order.
    expect(
      name(`<main><article><header><span class="byline">Nerea Salvador</span></header></article>
        <header><span class="byline">Marta Lozano</span></header></main>`),
    ).toBe('Nerea Salvador');
  });

  it('the author of JSON-LD first, with its job title', () => {
    const ld = `<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting",
      "headline":"Novedades","author":{"@type":"Person","name":"Iker Zubiri","jobTitle":"CTO"}}</script>`;
    expect(
      person('/blog/novedades/', '<main><article><h1>Novedades</h1></article></main>', ld),
    ).toEqual({ name: 'Iker Zubiri', title: 'CTO', company: 'Brezo Digital' });
  });

  it('a team page: the first person with a role, name over role or on one line', () => {
    const team = `<main><h1>Nuestro equipo</h1><div class="team"><div class="member"><h3>Lucía Ferrer</h3>
      <p>Fundadora y CEO</p></div><div class="member"><h3>Tomás Aldecoa</h3><p>CTO</p></div></div></main>`;
    expect(person('/equipo/', team)).toEqual({
      name: 'Lucía Ferrer',
      title: 'Fundadora y CEO',
      company: 'Brezo Digital',
    });
    expect(person('/about/', '<main><p>Tom Hale, Founder &amp; CEO</p></main>')?.name).toBe(
      'Tom Hale',
    );
  });

  it('a press contact and a founder on a job page', () => {
    expect(person('/contacto/', '<main><p>Contacto de prensa: Ana Ruiz</p></main>')).toMatchObject({
      name: 'Ana Ruiz',
    });
    const job = `<main><h1>Únete al equipo</h1><p>Tu responsable será:</p>
      <div class="hiring-manager"><p>Carla Méndez</p><p>Cofundadora y directora técnica</p></div></main>`;
    expect(person('/empleo/', job)?.name).toBe('Carla Méndez');
  });

  it('no person from a team word, a company name or a lone role', () => {
    const page = `<main><p>Equipo Brezo, CEO</p><p>Brezo Digital — fundada en 2015</p><p>CEO</p></main>`;
    expect(person('/equipo/', page)).toBeNull();
  });
});
