import { attr, text } from '../shared/dom';
import { ldNode, ldString, type LdNode } from '../shared/json-ld';
import type { Found } from './company-name-sources';
import type { PageLink } from './links';
import { resolve } from './organization';
import type { PageScope } from './page-scope';
import { cleanPhone, phoneFromTelHref } from './phone';
import { textLines } from './text-lines';

/** How the company can be reached and where it is, each value with its source. */
export interface ContactFacts {
  phone: Found<string> | null;
  /** Addresses as written (JSON-LD, microdata, mailto: links), in order of trust: the
   *  free-mail and placeholder checks run extension-side (text-interpret.ts). */
  emails: Found<string>[];
  location: Found<string> | null;
  /** The country as the page states it; finalizeCapture turns it into ISO-2. */
  country: Found<string> | null;
  /** Address text to interpret extension-side (text-interpret.ts): JSON-LD's, then lines. */
  addressText: string | null;
  addressLines: string[];
}

const found = <T>(value: T | null, method: Found<T>['method'], confidence: number) =>
  value === null ? null : { value, method, confidence };

/** A microdata property's value: `content`, a link's target (tel: unwrapped), or text. */
function microdataValue(scope: ParentNode | null, prop: string): string | null {
  const el = scope ? scope.querySelector(`[itemprop="${prop}"]`) : null;
  const href = attr(el, 'href');
  if (href && /^\s*tel:/i.test(href)) return phoneFromTelHref(href);
  return attr(el, 'content') ?? href ?? text(el, 300);
}

export function contactFacts(
  doc: Document,
  page: URL,
  org: LdNode | null,
  nodes: readonly LdNode[],
  scope: PageScope,
  links: readonly PageLink[],
  readMain: boolean,
): ContactFacts {
  const lines = contactLines(scope, readMain);
  const o = org ?? undefined;
  // Microdata outside an organisation's scope still counts (a lone PostalAddress).
  const md: ParentNode | null = scope.microdata ?? (scope.hasMicrodata ? doc : null);

  const phone =
    found(cleanPhone(ldString(o, 'telephone')), 'json-ld', 0.9) ??
    found(cleanPhone(microdataValue(md, 'telephone')), 'dom', 0.85) ??
    found(
      firstOf(links, (l) => phoneFromTelHref(l.href)),
      'dom',
      0.8,
    );

  // An address or number only written in the text is read extension-side (text-interpret.ts).
  const emails = [
    found(ldString(o, 'email'), 'json-ld', 0.9),
    found(microdataValue(md, 'email'), 'dom', 0.85),
    ...allOf(links, (l) => (/^\s*mailto:/i.test(l.href) ? found(l.href, 'dom', 0.8) : null)),
  ].filter((e) => e !== null);

  const address =
    resolve(ldNode(o, 'address'), nodes) ??
    resolve(ldNode(ldNode(o, 'location'), 'address'), nodes);
  const addressText = typeof o?.address === 'string' ? o.address.slice(0, 300) : null;

  const location =
    found(ldString(address, 'addressLocality'), 'json-ld', 0.9) ??
    found(microdataValue(md, 'addressLocality'), 'dom', 0.8);
  // Stated as written ("España", "ES"): normalised extension-side, with the address text,
  // the phone prefix and the domain as later hints (finalizeCapture).
  const country =
    found(ldString(address, 'addressCountry'), 'json-ld', 0.9) ??
    found(microdataValue(md, 'addressCountry'), 'dom', 0.8);

  return {
    phone,
    emails: emails.slice(0, 12),
    location,
    country,
    addressText,
    addressLines: lines.slice(0, 400),
  };
}

/** The first link that yields a value, footer and `<address>` links before the rest. */
function firstOf<T>(links: readonly PageLink[], pick: (l: PageLink) => T | null): T | null {
  return allOf(links, pick)[0] ?? null;
}

/** Every value the links yield (at most 12), footer and `<address>` links first. */
function allOf<T>(links: readonly PageLink[], pick: (l: PageLink) => T | null): T[] {
  const out: T[] = [];
  for (const contactOnly of [true, false]) {
    for (const l of links) {
      if (contactOnly !== l.contact) continue;
      const v = pick(l);
      if (v !== null && out.push(v) >= 12) return out;
    }
  }
  return out;
}

/**
 * Contact lines people read: `<address>` blocks, the footer, and — on pages about the
 * company or how to reach it — the main content.
 */
function contactLines(scope: PageScope, withMain: boolean): string[] {
  const lines: string[] = [];
  for (const el of scope.addresses)
    lines.push(...textLines(el, { maxNodes: 500, maxChars: 2_000 }));
  const footer = scope.footer;
  if (footer) lines.push(...textLines(footer, { maxNodes: 3_000, maxChars: 20_000 }));
  const main = withMain ? scope.main : null;
  if (main) lines.push(...textLines(main, { maxNodes: 10_000, maxChars: 60_000, maxLines: 600 }));
  return lines;
}
