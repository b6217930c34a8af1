import fc from 'fast-check';

/**
 * Generated LinkedIn-like pages for property-linkedin.test.ts: random nesting of
 * LinkedIn's own tags, classes and attributes, huge attributes, broken JSON-LD and
 * first-render blocks with `__proto__` keys, script-like text, stray markup and deep trees.
 */
const escapeHtml = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const SLUGS = [
  'tecnoserra-ingenieria',
  'ana-ruiz-demo',
  '71930456',
  'acme',
  '__proto__',
  'constructor',
];
const slugArb = fc.oneof(fc.constantFrom(...SLUGS), fc.stringMatching(/^[a-z0-9-]{1,24}$/));

const urlArb = fc
  .record({
    host: fc.constantFrom('www.linkedin.com', 'es.linkedin.com', 'linkedin.com', 'uk.linkedin.com'),
    kind: fc.constantFrom('in', 'company'),
    slug: slugArb,
    rest: fc.constantFrom('', 'about/', 'people/', 'jobs/', 'details/experience/', '?trk=x#y'),
  })
  .map(({ host, kind, slug, rest }) => ({ url: `https://${host}/${kind}/${slug}/${rest}`, slug }));

const TAGS = [
  'div',
  'span',
  'section',
  'main',
  'aside',
  'h1',
  'h2',
  'h3',
  'p',
  'a',
  'dl',
  'dt',
  'dd',
];
const MORE_TAGS = ['ul', 'li', 'nav', 'img', 'button', 'code', 'header', 'strong', 'time', 'form'];
const CLASSES = [
  'org-top-card-summary__title',
  'org-top-card-summary__tagline',
  'org-top-card-summary-info-list__info-item',
  'org-top-card-primary-content__logo',
  'org-about-module__description',
  'org-page-navigation',
  'org-similar-orgs',
  'top-card-layout__title',
  'top-card-layout__headline',
  'top-card-layout__first-subline',
  'text-heading-xlarge',
  'text-body-medium break-words',
  'text-body-small inline t-black--light break-words',
  'pv-top-card-section__name',
  'pv-top-card-v2-section__info',
  'aside-section-container',
  'visually-hidden',
  't-bold',
  'join-form',
];
const ATTRS = ['class', 'title', 'aria-label', 'data-test-id', 'data-view-name', 'data-field'];
const MORE_ATTRS = ['data-section', 'href', 'alt', 'id', 'aria-hidden', 'role', 'name', 'content'];
const VALUES = [
  'about-us',
  'about-us__website',
  'about-us__industry',
  'about-us__size',
  'about-us__headquarters',
  'about-us__foundedOn',
  'about-us__description',
  'similar-pages',
  'profile-component-entity',
  'experience_company_logo',
  'currentPositionsDetails',
  'experience',
  'Current company: Acme Demo. Click to skip to experience card',
  'Empresa actual: Ferralla Demo. Haz clic',
  'Visit website for Acme',
  'Organization’s page navigation',
  'true',
  'bpr-guid-1',
  'experience',
];
const HREFS = [
  'https://www.linkedin.com/redir/redirect?url=https%3A%2F%2Fwww%2Eacme-demo%2Ees&urlhash=x',
  'https://www.linkedin.com/redir/redirect?url=javascript%3Aalert(1)',
  'https://www.linkedin.com/redir/redirect?url=https%3A%2F%2Fwww.linkedin.com%2Fredir%2Fredirect%3Furl%3D',
  '/company/acme/',
  '/company/71930456/about/',
  '/in/ana-ruiz-demo/overlay/contact-info/',
  'javascript:alert(1)',
  'tel:+34 900 000 000',
  'mailto:ana@acme-demo.es',
  'https://%zz%',
  'http://[::1]:99999/',
  'https://acme-demo.es/?utm_source=li',
];
const TEXTS = [
  '51-200 employees',
  '10,001+ employees',
  '1.001-5.000 empleados',
  '87 associated members',
  '12K followers',
  '12 mil seguidores',
  'Zaragoza, Aragón',
  'Technology, Information and Internet',
  'Website',
  'Sitio web',
  'Industry',
  'Company size',
  'Tamaño de la empresa',
  'Headquarters',
  'Sede',
  'Founded',
  'Fundación',
  'Specialties',
  'Overview',
  'Similar pages',
  'Páginas similares',
  '2009',
  'CEO at Acme | Speaker',
  'Fundadora en Ferralla Demo · Mentora',
  '<script>alert(1)</script>',
  '{{constructor.constructor("return process")()}}',
  '__proto__',
  'constructor',
  '\u0000\u202e\ufeff',
  '💥'.repeat(40),
];

const textArb = fc.oneof(
  { arbitrary: fc.constantFrom(...TEXTS), weight: 4 },
  { arbitrary: fc.string({ maxLength: 40 }), weight: 2 },
);

const attrValueArb = fc.oneof(
  { arbitrary: fc.constantFrom(...CLASSES, ...VALUES, ...HREFS, ...TEXTS), weight: 6 },
  { arbitrary: fc.string({ maxLength: 30 }), weight: 2 },
);

const attrArb = fc
  .tuple(fc.constantFrom(...ATTRS, ...MORE_ATTRS), attrValueArb)
  .map(([name, v]) => `${name}="${escapeHtml(v)}"`);

/** A JSON value with hostile keys, as raw JSON text (`__proto__` must stay a key). */
const hostileJsonArb = fc
  .record({
    slug: slugArb,
    type: fc.constantFrom('Organization', 'Person', 'Corporation', 'WebPage', 42, null),
    value: fc.oneof(fc.constantFrom(...TEXTS), fc.jsonValue({ maxDepth: 3 })),
    website: fc.oneof(fc.constantFrom(...HREFS), fc.jsonValue({ maxDepth: 1 })),
    range: fc.oneof(
      fc.record({ start: fc.integer({ min: -5, max: 20_000 }), end: fc.integer() }),
      fc.jsonValue({ maxDepth: 1 }),
    ),
    year: fc.oneof(fc.integer(), fc.string({ maxLength: 6 })),
    list: fc.array(fc.jsonValue({ maxDepth: 1 }), { maxLength: 5 }),
  })
  .map(({ slug, type, value, website, range, year, list }) => {
    const entity = JSON.stringify({
      '@type': type,
      $type: 'com.linkedin.voyager.dash.organization.Company',
      universalName: slug,
      publicIdentifier: slug,
      name: value,
      firstName: value,
      headline: value,
      websiteUrl: website,
      employeeCountRange: range,
      foundedOn: { year },
      specialities: list,
      headquarter: { address: { city: value, geographicArea: list, country: value } },
      '*industryV2Taxonomy': ['urn:li:fsd_industryV2:1', value],
      address: { addressLocality: value, addressCountry: 'ES' },
      sameAs: list,
      numberOfEmployees: { value: 412 },
    });
    const hostile = entity.replace(
      /^\{/,
      '{"__proto__":{"polluted":true,"toString":1},"constructor":{"prototype":{"polluted":true}},',
    );
    return `{"data":{"__proto__":{"polluted":1}},"included":[{"entityUrn":"urn:li:fsd_industryV2:1","name":${JSON.stringify(value)}},${hostile}],"@graph":[${hostile}]}`;
  });

const brokenJsonArb = fc.oneof(
  hostileJsonArb,
  hostileJsonArb.chain((j) => fc.nat(j.length).map((n) => j.slice(0, n))),
  fc.string({ maxLength: 60 }),
  fc.constantFrom('{', '[', '{"included":', 'null', '[[[[[[[[[[]]]]]]]]]]', '<!-- {} -->'),
);

const codeBlockArb = fc
  .tuple(fc.nat(99), brokenJsonArb, fc.boolean())
  .map(
    ([n, json, escaped]) =>
      `<code style="display: none" id="bpr-guid-${n}">${escaped ? escapeHtml(json) : json}</code>`,
  );

const jsonLdArb = brokenJsonArb.map(
  (json) => `<script type="application/ld+json">${json.replace(/<\//g, '<\\/')}</script>`,
);

const { node } = fc.letrec((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', maxDepth: 4 },
    { arbitrary: textArb.map(escapeHtml), weight: 3 },
    {
      arbitrary: fc
        .record({
          tag: fc.constantFrom(...TAGS, ...MORE_TAGS),
          attrs: fc.array(attrArb, { maxLength: 4 }),
          children: fc.array(tie('node'), { maxLength: 3 }),
        })
        .map(({ tag, attrs, children }) =>
          tag === 'img'
            ? `<img ${attrs.join(' ')}>`
            : `<${tag} ${attrs.join(' ')}>${children.join('')}</${tag}>`,
        ),
      weight: 4,
    },
    { arbitrary: codeBlockArb, weight: 1 },
    { arbitrary: jsonLdArb, weight: 1 },
    // Unclosed and stray markup, as a truncated page would have.
    {
      arbitrary: fc.constantFrom(
        '<div class="org-top-card">',
        '</section>',
        '<dl><dt>Website',
        '<',
      ),
      weight: 1,
    },
  ),
})) as { node: fc.Arbitrary<string> };

// Huge attributes and texts: a reader must cap what it reads, not choke on it.
const hugeArb = fc
  .tuple(
    fc.constantFrom(...ATTRS, ...MORE_ATTRS),
    fc.constantFrom(...CLASSES, 'org-top-card-summary__title', 'top-card-layout__title'),
    fc.constantFrom(20_000, 200_000),
  )
  .map(
    ([name, cls, n]) =>
      `<h1 class="${cls}" ${name}="${'a'.repeat(n)} logo">${'x'.repeat(n)}</h1><dl><dt>Website</dt><dd>${'w'.repeat(n)}.es</dd></dl>`,
  );

const deepArb = fc
  .tuple(fc.integer({ min: 40, max: 200 }), fc.constantFrom('div', 'section', 'span', 'li'))
  .map(
    ([depth, tag]) =>
      `<${tag} class="org-top-card">`.repeat(depth) +
      '<h1 class="org-top-card-summary__title" title="Deep Demo">Deep Demo</h1><dl><dt>Company size</dt><dd>51-200 employees</dd></dl>' +
      `</${tag}>`.repeat(depth),
  );

/** Present in about one page in ten: expensive to parse, and one is enough to catch a bug. */
const rarely = (arb: fc.Arbitrary<string>): fc.Arbitrary<string | null> =>
  fc.oneof({ arbitrary: fc.constant(null), weight: 9 }, { arbitrary: arb, weight: 1 });

export const pageArb = fc.record({
  target: urlArb,
  title: fc.oneof(
    fc.constantFrom(
      '(3) Tecnoserra Ingeniería | LinkedIn',
      '(99+) Acme: About | LinkedIn',
      'LinkedIn: Log In or Sign Up',
      'Ana Ruiz | LinkedIn',
      '',
    ),
    fc.string({ maxLength: 80 }),
  ),
  head: fc.array(
    fc.oneof(
      jsonLdArb,
      fc.constantFrom(
        '<meta name="pageKey" content="d_guest_homepage">',
        '<link rel="canonical" href="https://www.linkedin.com/company/acme/">',
        '<meta property="og:title" content="Ana Ruiz - CEO - Acme | LinkedIn">',
        '<meta property="og:description" content="Acme | 12 followers on LinkedIn. x">',
      ),
    ),
    { maxLength: 3 },
  ),
  body: fc.array(node, { maxLength: 4 }),
  deep: rarely(deepArb),
  huge: rarely(hugeArb),
});
