import fc from 'fast-check';
import { inertWindow } from '../../scripts/lib/parse-html';
import { afterAll, describe, expect, it } from 'vitest';
import { CaptureSchema } from '../../lib/model/capture';
import { SignalSchema, type Signal } from '../../lib/model/signal';
import { finalizeCapture } from '../../lib/sites/finalize';
import { gmailAdapter } from '../../lib/sites/gmail/extract';
import { PROPERTY_TIMEOUT_MS } from '../support/property-timeout';

/**
 * Hostile Gmail pages: arbitrary nestings of the elements, classes and attributes the
 * Gmail reader anchors on, with huge attributes, script-like text, broken quoting and
 * deep trees. Whatever the page, the reader must not throw, must not touch the page,
 * must emit only valid signals, and must not pollute Object.prototype.
 */

// One window for every run: a new happy-dom Window per document would dominate the time.
const window = inertWindow('https://mail.google.com/mail/u/0/#inbox');
const document = window.document as unknown as Document;
afterAll(() => window.happyDOM.abort());

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

const TAGS = ['div', 'span', 'a', 'h2', 'h3', 'p', 'td', 'tr', 'table', 'blockquote', 'b', 'br'];
const CLASSES = [
  'adn ads',
  'adn',
  'gD',
  'g2',
  'go',
  'iw',
  'a3s aiL',
  'ii gt',
  'gmail_signature',
  'gmail_quote',
  'gmail_attr',
  'im',
  'yj6qo',
  'adL',
  'hP',
  'zA',
  'zF',
  'yP',
  'kv',
  'h7',
  'iA g6',
];

const EMAILS = [
  'irene.castaneda@vinedosaltamira.es',
  'marta.sole@nubalia.io',
  'pablo.urrutia@nubalia.io',
  'ramon.ezquerra@hotmail.es',
  'not-an-email',
  '"><img src=x>@evil.test',
  '@@',
  'a@b',
  `${'x'.repeat(300)}@example.es`,
  '',
];

const text = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.constantFrom(
    'Directora de Operaciones',
    'Head of Sales | Harbourline Freight Ltd',
    'Tel. +34 941 555 218',
    'www.vinedosaltamira.es',
    'harbourlinefreight.co.uk',
    'Un saludo,',
    '--',
    'Best regards,',
    '<script>alert(1)</script>',
    "fbq('init', '1')",
    '__proto__',
    'constructor',
    '&lt;b&gt;',
    '\u0000\uFFFF\uD800',
  ),
);

const attrValue = fc.oneof(
  { weight: 5, arbitrary: fc.constantFrom(...EMAILS) },
  { weight: 3, arbitrary: fc.string({ maxLength: 30 }) },
  { weight: 2, arbitrary: fc.constantFrom('#msg-f:1781294756120034507', '18f3a9c2b7d4e600') },
  {
    weight: 2,
    arbitrary: fc.constantFrom(
      'https://www.linkedin.com/in/irene-castaneda-roldan/',
      'https://www.linkedin.com/company/%E0%A4%A/',
      'https://www.google.com/url?q=https://www.vinedosaltamira.es&source=gmail',
      'http://www.grupolevantefrio.com',
      'tel:+34 941 555 218',
      'tel:%ZZ',
      'mailto:a@b.es',
      'javascript:alert(1)',
      'display: none',
      'https://[::1',
    ),
  },
  { weight: 1, arbitrary: fc.nat({ max: 100_000 }).map((n) => 'a'.repeat(n)) },
);

const ATTRS = [
  'email',
  'name',
  'data-message-id',
  'data-legacy-message-id',
  'data-thread-perm-id',
  'href',
  'style',
  'hidden',
  'aria-label',
  'data-smartmail',
];

const attribute = fc
  .tuple(fc.constantFrom(...ATTRS), attrValue, fc.boolean())
  .map(([name, value, quoted]) => (quoted ? ` ${name}="${esc(value)}"` : ` ${name}=${value}`));

const { node } = fc.letrec<{ node: string }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    text.map(esc),
    text,
    fc
      .tuple(
        fc.constantFrom(...TAGS),
        fc.option(fc.constantFrom(...CLASSES), { nil: undefined }),
        fc.array(attribute, { maxLength: 4 }),
        fc.array(tie('node'), { maxLength: 4 }),
        fc.boolean(),
      )
      .map(([tag, cls, attrs, children, closed]) => {
        const c = cls ? ` class="${cls}"` : '';
        return `<${tag}${c}${attrs.join('')}>${children.join('')}${closed ? `</${tag}>` : ''}`;
      }),
  ),
}));

/**
 * A deep chain of message-looking wrappers. happy-dom parses deep trees slowly (its cost,
 * not the reader's), so depth stays moderate to keep 10,000 runs within the time budget.
 */
const deep = fc
  .nat({ max: 80 })
  .map((n) => `${'<div class="adn ads">'.repeat(n)}<span class="gD" email="a@b.es">x</span>`);

/** Lines a signature or a body may hold, linked or not. */
const line = fc.oneof(
  text.map(esc),
  fc.tuple(attrValue, text).map(([href, label]) => `<a href="${esc(href)}">${esc(label)}</a>`),
);

/** A message block shaped like Gmail's, with random sender, body, signature and quote. */
const message = fc
  .record({
    email: fc.constantFrom(...EMAILS),
    name: text,
    expanded: fc.boolean(),
    lines: fc.array(line, { maxLength: 6 }),
    signature: fc.option(fc.array(line, { maxLength: 5 }), { nil: undefined }),
    quote: fc.option(fc.array(line, { maxLength: 4 }), { nil: undefined }),
    noise: fc.array(node, { maxLength: 2 }),
  })
  .map(({ email, name, expanded, lines, signature, quote, noise }) => {
    const sig = signature
      ? `<div class="gmail_signature" data-smartmail="gmail_signature">${signature.join('<br>')}</div>`
      : '';
    const q = quote
      ? `<div class="gmail_quote"><blockquote>${quote.join('<br>')}</blockquote></div>`
      : '';
    const body = expanded
      ? `<div class="ii gt"><div class="a3s aiL">${lines.join('<br>')}${sig}${q}${noise.join('')}</div></div>`
      : `<div class="iA g6">${noise.join('')}</div>`;
    return `<div class="adn ads" data-message-id="#msg-f:1781294756120034507"><h3 class="iw"><span class="gD" email="${esc(email)}" name="${esc(name)}">${esc(name)}</span></h3>${body}</div>`;
  });

const subject = text.map((t) => `<h2 class="hP" data-thread-perm-id="thread-f:1">${esc(t)}</h2>`);

const title = fc.oneof(
  fc.constant('Recibidos (3) - marta.sole@nubalia.io - Correo de Nubalia'),
  fc.constant('Inbox (14) - ramon.ezquerra@hotmail.es - Gmail'),
  fc.string({ maxLength: 60 }),
);

const URLS = [
  'https://mail.google.com/mail/u/0/#inbox',
  'https://mail.google.com/mail/u/0/#inbox/FMfcgzQXJWDsKMTNLbRsvWHPmCPZbJkH',
  'https://mail.google.com/mail/u/1/#label/Clientes/FMfcgzQXKcLmPwTvRsBnHgJkDfSqWzXy',
  'https://mail.google.com/mail/u/0/#search/__proto__/18f3a9c2b7d4e610',
  'https://mail.google.com/mail/u/0/',
];

const page = fc.record({
  url: fc.constantFrom(...URLS),
  title,
  body: fc.array(
    fc.oneof(
      { weight: 6, arbitrary: node },
      { weight: 6, arbitrary: message },
      { weight: 2, arbitrary: subject },
      { weight: 1, arbitrary: deep },
    ),
    { maxLength: 6 },
  ),
});

const NOW = new Date('2026-11-20T10:00:00Z');
const PROTO_KEYS = Object.getOwnPropertyNames(Object.prototype).sort();

/** Fields finalizeCapture derives from others (domain, country, the role from the title). */
const DERIVED = new Set(['domain', 'country', 'seniority', 'department']);
function withoutDomain(signals: readonly unknown[]): number {
  return signals.filter((s) => !DERIVED.has((s as Signal).field)).length;
}

describe('gmail reader on generated documents', { timeout: PROPERTY_TIMEOUT_MS }, () => {
  it('never throws, never changes the page, emits only valid signals', () => {
    fc.assert(
      fc.property(page, ({ url, title: t, body }) => {
        document.documentElement.innerHTML = `<head><title>${esc(t)}</title></head><body>${body.join('')}</body>`;
        const before = document.documentElement.outerHTML;
        const raw = gmailAdapter.extract(document, new URL(url), NOW);
        expect(document.documentElement.outerHTML).toBe(before);

        expect(['gmail-thread', 'gmail-list']).toContain(raw.surface);
        const rawSignals = raw.signals ?? [];
        for (const s of rawSignals) expect(SignalSchema.safeParse(s).success).toBe(true);
        if (raw.surface === 'gmail-list') expect(rawSignals).toEqual([]);

        const final = finalizeCapture(raw, NOW);
        expect(CaptureSchema.safeParse(final).success).toBe(true);
        expect(withoutDomain(final.signals)).toBe(withoutDomain(rawSignals));
        // A free-mail or absent sender never yields a company domain.
        for (const s of final.signals)
          if (s.field === 'domain') expect(s.value).not.toMatch(/hotmail|gmail/);

        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
        expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(PROTO_KEYS);
      }),
      { numRuns: 10_000 },
    );
  });
});
