import fc from 'fast-check';
import { inertWindow } from '../../scripts/lib/parse-html';
import { afterAll, describe, expect, it } from 'vitest';
import { CaptureSchema, type CaptureInput } from '../../lib/model/capture';
import { SignalSchema, type Signal } from '../../lib/model/signal';
import { finalizeCapture } from '../../lib/sites/finalize';
import { websiteAdapter } from '../../lib/sites/website/extract';
import { TECH_RULES } from '../../lib/sites/website/tech-rules';
import { PROPERTY_TIMEOUT_MS } from '../support/property-timeout';

/**
 * Hostile company websites: arbitrary nestings of the markup the website reader reads
 * (JSON-LD — valid, broken, with `__proto__`/`constructor` keys, deeply nested —, meta
 * tags, scripts, links, microdata, footers), huge attributes, script-like text and deep
 * trees. The reader must not throw, must not touch the page, must emit only valid
 * signals, must not pollute Object.prototype, and must never take a technology from text.
 */

// One window for every run: a new happy-dom Window per document would dominate the time.
const window = inertWindow('https://www.talleresbidasoa.es/');
const document = window.document as unknown as Document;
afterAll(() => window.happyDOM.abort());

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
/** Inside a <script>, only "</script" ends it. */
const scriptSafe = (s: string) => s.replace(/<\/script/gi, '<\\/script');

const TECH_TEXT = [
  "Shopify.theme = {'name':'Dawn'}",
  "fbq('init', '318452900114477')",
  "gtag('config', 'G-8QK2R4T7ZB')",
  'window.intercomSettings = { app_id: "x" }',
  '_hsq.push(["trackPageView"])',
  '<script src="https://js.hs-scripts.com/1234.js"></script>',
  'https://cdn.shopify.com/s/files/1/logo.png',
  'wp-content/plugins/woocommerce/',
  'Munchkin.init("418-KQZ-207")',
  'Calendly.initInlineWidget({url: "https://calendly.com/x"})',
];

const FACT_TEXT = [
  '© 2026 Talleres Bidasoa S.L. Todos los derechos reservados',
  'Copyright © 1999-2026 by Acme Systems Ltd | All rights reserved',
  'Fundada en 2011',
  'Founded in Leeds in 2016',
  'desde 1952',
  'Somos un equipo de 45 personas',
  'más de 200 empleados en nuestra empresa',
  'We are a 60-person team',
  'empresas de entre 20 y 250 empleados',
  'Calle Mayor 23, 26001 Logroño (La Rioja), España',
  'Unit 4, Choats Road, Dagenham RM9 6RH',
  'Tel. +34 941 22 08 17',
  'info@talleresbidasoa.es',
  'No hay ofertas abiertas',
  '__proto__',
  'constructor',
];

const text = fc.oneof(fc.string({ maxLength: 40 }), fc.constantFrom(...TECH_TEXT, ...FACT_TEXT));

const HREFS = [
  'tel:+34943631245',
  'tel:%E0%A4%A',
  'mailto:info@talleresbidasoa.es',
  'mailto:talleres@gmail.com',
  'mailto:logo@2x.png',
  'https://www.linkedin.com/company/talleres-bidasoa/',
  'https://www.linkedin.com/company/%ZZ',
  'https://www.linkedin.com/shareArticle?mini=true',
  'https://www.facebook.com/sharer/sharer.php?u=x',
  'https://www.instagram.com/talleresbidasoa/',
  '/trabaja-con-nosotros/',
  '/careers',
  'https://acme.teamtailor.com/jobs/5123457-comercial',
  'https://boards.greenhouse.io/acme/jobs/7421093002',
  'https://www.greenhouse.io/',
  'javascript:alert(1)',
  'https://[::1',
  '//js.hs-scripts.com/1234.js',
];

const SRCS = [
  'https://js.hs-scripts.com/25841736.js',
  '//cdn.shopify.com/s/files/1/theme.js',
  'https://www.googletagmanager.com/gtm.js?id=GTM-K7B2QX9',
  'https://www.talleresbidasoa.es/wp-content/plugins/contact-form-7/includes/js/index.js',
  'https://js.stripe.com/v3/',
  'https://boards.greenhouse.io/embed/job_board/js?for=acme',
  'http://[bad',
  '',
];

const attrValue = fc.oneof(
  { weight: 4, arbitrary: fc.string({ maxLength: 30 }) },
  { weight: 4, arbitrary: fc.constantFrom(...HREFS, ...SRCS) },
  { weight: 2, arbitrary: text },
  { weight: 1, arbitrary: fc.nat({ max: 100_000 }).map((n) => 'x'.repeat(n)) },
);

const ATTRS = [
  'href',
  'src',
  'alt',
  'class',
  'id',
  'content',
  'property',
  'name',
  'rel',
  'action',
  'itemprop',
  'itemtype',
  'itemscope',
  'data-wf-site',
  'data-tf-widget',
  'data-url',
  'role',
  'type',
];

const TAGS = [
  'div',
  'span',
  'p',
  'a',
  'footer',
  'header',
  'main',
  'address',
  'section',
  'article',
  'img',
  'iframe',
  'form',
  'meta',
  'link',
  'pre',
  'code',
  'li',
  'ul',
  'br',
  'h1',
];

const attribute = fc
  .tuple(fc.constantFrom(...ATTRS), attrValue)
  .map(([name, value]) => ` ${name}="${esc(value)}"`);

/** JSON-LD bodies: realistic, broken, hostile and random. */
const jsonLd = fc.oneof(
  fc.jsonValue({ maxDepth: 4 }).map((v) => JSON.stringify(v)),
  fc.constantFrom(
    '{"@context":"https://schema.org","@type":"Organization","__proto__":{"polluted":"yes"},"name":"Acme"}',
    '{"@type":"Organization","constructor":{"prototype":{"polluted":"yes"}},"name":{"__proto__":{"x":1}}}',
    '{"@graph":[{"@type":"WebSite","publisher":{"@id":"#o"}},{"@type":"Organization","@id":"#o","name":"Talleres Bidasoa","address":{"@id":"#o"}}]}',
    '[{"@type":"JobPosting","title":"Comercial","validThrough":"not a date","hiringOrganization":{"name":"X"}}]',
    '{"@type":"Corporation","numberOfEmployees":{"minValue":"-5","maxValue":1e308},"foundingDate":"99999"}',
    '{"@type":"LocalBusiness","address":"2110 SE Division St\\nPortland, OR, 97202\\nUnited States","telephone":"(503) 555-0187"}',
    '{"@type":["Organization","Place"],"sameAs":["https://www.linkedin.com/company/x",null,5,{"a":1}]}',
    '{"@type":"Organization","name":"Acme",}',
    '<!--{"@type":"Organization","name":"Commented"}-->',
    `${'['.repeat(200)}${']'.repeat(200)}`,
    `{"@type":"Organization","name":"${'n'.repeat(5000)}"}`,
  ),
);

const headNode = fc.oneof(
  jsonLd.map((j) => `<script type="application/ld+json">${scriptSafe(j)}</script>`),
  fc
    .constantFrom(...TECH_TEXT, 'var prestashop = {}', 'drift.load("x")')
    .map((code) => `<script>${scriptSafe(code)}</script>`),
  fc.constantFrom(...SRCS).map((src) => `<script src="${esc(src)}"></script>`),
  fc
    .tuple(fc.constantFrom('generator', 'description', 'application-name', 'og:site_name'), text)
    .map(([n, c]) => `<meta name="${n}" property="${n}" content="${esc(c)}">`),
  fc.constantFrom(...SRCS).map((href) => `<link rel="stylesheet" href="${esc(href)}">`),
);

const { node } = fc.letrec<{ node: string }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    text.map(esc),
    text,
    headNode,
    fc
      .tuple(
        fc.constantFrom(...TAGS),
        fc.array(attribute, { maxLength: 4 }),
        fc.array(tie('node'), { maxLength: 4 }),
        fc.boolean(),
      )
      .map(
        ([tag, attrs, children, closed]) =>
          `<${tag}${attrs.join('')}>${children.join('')}${closed ? `</${tag}>` : ''}`,
      ),
  ),
}));

/** happy-dom parses deep trees slowly (its cost, not the reader's): depth stays moderate. */
const deep = fc
  .nat({ max: 80 })
  .map((n) => `${'<footer><div>'.repeat(n)}© 2026 Deep S.L.<a href="tel:+34943631245">t</a>`);

const URLS = [
  'https://www.talleresbidasoa.es/',
  'https://www.talleresbidasoa.es/contacto/',
  'https://harbourlinefreight.co.uk/about',
  'https://www.grupolevantefrio.com/trabaja-con-nosotros/',
  'https://www.brezodigital.es/blog/migrar-shopify-woocommerce/',
  'http://192.168.1.20:8080/__proto__/',
];

const page = fc.record({
  url: fc.constantFrom(...URLS),
  title: text,
  head: fc.array(headNode, { maxLength: 4 }),
  body: fc.array(fc.oneof({ weight: 10, arbitrary: node }, { weight: 1, arbitrary: deep }), {
    maxLength: 6,
  }),
});

const NOW = new Date('2026-11-20T10:00:00Z');
const PROTO_KEYS = Object.getOwnPropertyNames(Object.prototype).sort();
const TECH_NAMES = new Set(TECH_RULES.map((r) => r.name));

/**
 * Fields finalizeCapture derives or normalises: domain, technologies (from page assets),
 * country, role, and what prose states (founding year, headcount, written address, a
 * phone or email written in the contact text, the page's main person).
 */
const DERIVED = new Set([
  'domain',
  'tech',
  'country',
  'seniority',
  'department',
  'founded',
  'employeesMin',
  'employeesMax',
  'location',
  'phone',
  'email',
]);
const withoutDerived = (signals: readonly unknown[]) =>
  signals.filter((s) => !DERIVED.has((s as Signal).field) && (s as Signal).entity !== 'person')
    .length;

function checkCapture(raw: CaptureInput, url: string): void {
  expect(raw.surface).toBe('website');
  const rawSignals = raw.signals ?? [];
  for (const s of rawSignals) expect(SignalSchema.safeParse(s).success).toBe(true);
  if (raw.status === 'no_signals') expect(rawSignals).toEqual([]);
  for (const s of rawSignals) {
    if (s.field === 'website') expect(s.value).toBe(`${new URL(url).origin}/`);
    if (s.field === 'tech')
      for (const name of s.value as string[]) expect(TECH_NAMES.has(name)).toBe(true);
  }
  const final = finalizeCapture(raw, NOW);
  expect(CaptureSchema.safeParse(final).success).toBe(true);
  expect(withoutDerived(final.signals)).toBe(withoutDerived(rawSignals));
  for (const s of final.signals)
    if (s.field === 'tech')
      for (const name of s.value as string[]) expect(TECH_NAMES.has(name)).toBe(true);
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(PROTO_KEYS);
}

describe('website reader on generated documents', { timeout: PROPERTY_TIMEOUT_MS }, () => {
  it('never throws, never changes the page, emits only valid signals', () => {
    fc.assert(
      fc.property(page, ({ url, title, head, body }) => {
        document.documentElement.innerHTML = `<head><title>${esc(title)}</title>${head.join('')}</head><body>${body.join('')}</body>`;
        const before = document.documentElement.outerHTML;
        const raw = websiteAdapter.extract(document, new URL(url), NOW);
        expect(document.documentElement.outerHTML).toBe(before);
        checkCapture(raw, url);
      }),
      { numRuns: 10_000 },
    );
  });

  it('never takes a technology from visible text, code samples or plain links', () => {
    const textOnly = fc.array(
      fc
        .tuple(
          fc.constantFrom('p', 'pre', 'code', 'div', 'li', 'footer', 'article'),
          fc.array(text, { maxLength: 4 }),
          fc.option(fc.constantFrom(...HREFS, ...SRCS), { nil: undefined }),
        )
        .map(([tag, parts, href]) => {
          const inner = parts.map(esc).join(' ');
          const link = href ? `<a href="${esc(href)}">${inner}</a>` : '';
          return `<${tag}>${inner}${link}</${tag}>`;
        }),
      { maxLength: 8 },
    );
    fc.assert(
      fc.property(fc.constantFrom(...URLS), textOnly, (url, blocks) => {
        document.documentElement.innerHTML = `<head><title>Talleres Bidasoa</title></head><body><main>${blocks.join('')}</main><footer>© 2026 Talleres Bidasoa S.L.</footer></body>`;
        const raw = websiteAdapter.extract(document, new URL(url), NOW);
        checkCapture(raw, url);
        expect((raw.signals ?? []).some((s) => s.field === 'tech')).toBe(false);
        const final = finalizeCapture(raw, NOW);
        expect(final.signals.some((s) => s.field === 'tech')).toBe(false);
      }),
      { numRuns: 2_000 },
    );
  });
});
