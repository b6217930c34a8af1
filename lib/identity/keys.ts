import type { Capture } from '../model/capture';
import type { Signal } from '../model/signal';
import { isFreeMailDomain, registrableDomain } from './domain';
import { linkedinCompanySlug, linkedinPersonSlug } from './linkedin-url';

/**
 * Storage keys for accounts (companies) and contacts (people). The same company or
 * person must get the same key however it was seen — URL or bare slug, any letter case —
 * so that a later capture merges into the stored record instead of duplicating it.
 */

/** A loose email check: something@host.tld, no spaces. Enough to refuse obvious junk. */
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** A lower-cased, trimmed email, or null when the input is not an email address. */
export function normaliseEmail(input: string | null | undefined): string | null {
  const e = input
    ?.trim()
    .replace(/^mailto:/i, '')
    .toLowerCase();
  return e && EMAIL.test(e) ? e : null;
}

/**
 * A LinkedIn slug from a bare slug or a full URL, lower-cased; null when empty.
 * `fromUrl` is the URL parser for the kind of slug wanted (person or company).
 */
function slugFrom(
  input: string | null | undefined,
  fromUrl: (s: string) => string | null,
): string | null {
  const s = input?.trim();
  if (!s) return null;
  if (s.includes('/')) return fromUrl(s);
  // Bare slugs are decoded like the URL parser decodes them, so both spell one key.
  let decoded = s;
  try {
    decoded = decodeURIComponent(s);
  } catch {
    // A stray '%' that is not an escape: keep the slug as written.
  }
  return decoded.toLowerCase();
}

/** The company domain a key may use: registrable, never a free-mail provider's. */
export function accountDomain(input: string | null | undefined): string | null {
  const d = registrableDomain(input);
  return d && !isFreeMailDomain(d) ? d : null;
}

export function companySlug(input: string | null | undefined): string | null {
  return slugFrom(input, linkedinCompanySlug);
}

export function personSlug(input: string | null | undefined): string | null {
  return slugFrom(input, linkedinPersonSlug);
}

/**
 * `domain:<registrable domain>` when the company's domain is known (and not free-mail),
 * else `li:<company slug>`, else null. `linkedinCompanySlug` may be a slug or a URL.
 */
export function accountKeyFor(input: {
  domain?: string | null;
  linkedinCompanySlug?: string | null;
}): string | null {
  const domain = accountDomain(input.domain);
  if (domain) return `domain:${domain}`;
  const slug = companySlug(input.linkedinCompanySlug);
  return slug ? `li:${slug}` : null;
}

/**
 * `li:<person slug>` when the LinkedIn profile is known, else `email:<lower-cased email>`,
 * else null. `linkedinUrl` may be a profile URL or a bare slug.
 */
export function contactKeyFor(input: {
  linkedinUrl?: string | null;
  email?: string | null;
}): string | null {
  const slug = personSlug(input.linkedinUrl);
  if (slug) return `li:${slug}`;
  const email = normaliseEmail(input.email);
  return email ? `email:${email}` : null;
}

/** Every key a person can be known by (slug and email): what suppression must check. */
export function contactKeysFor(input: {
  linkedinUrl?: string | null;
  email?: string | null;
}): string[] {
  const keys: string[] = [];
  const slug = personSlug(input.linkedinUrl);
  if (slug) keys.push(`li:${slug}`);
  const email = normaliseEmail(input.email);
  if (email) keys.push(`email:${email}`);
  return keys;
}

/** The identifiers a capture carries, normalised, with the keys they give. */
export interface CaptureKeys {
  accountKey: string | null;
  contactKey: string | null;
  domain: string | null;
  companySlug: string | null;
  personSlug: string | null;
  email: string | null;
}

function text(signals: Signal[], entity: Signal['entity'], field: string): string | null {
  const v = signals.find((s) => s.entity === entity && s.field === field)?.value;
  return typeof v === 'string' ? v : null;
}

/**
 * The keys of the company and person a capture describes. The company's LinkedIn page
 * comes from the company's own `linkedinUrl`, else from the person's `companyLinkedinUrl`
 * (a profile links to the employer's page).
 */
export function keysForCapture(capture: Pick<Capture, 'signals'>): CaptureKeys {
  const s = capture.signals;
  const domain = accountDomain(text(s, 'company', 'domain'));
  const coSlug = companySlug(
    text(s, 'company', 'linkedinUrl') ?? text(s, 'person', 'companyLinkedinUrl'),
  );
  const pSlug = personSlug(text(s, 'person', 'linkedinUrl'));
  const email = normaliseEmail(text(s, 'person', 'email'));
  return {
    accountKey: accountKeyFor({ domain, linkedinCompanySlug: coSlug }),
    contactKey: contactKeyFor({ linkedinUrl: pSlug, email }),
    domain,
    companySlug: coSlug,
    personSlug: pSlug,
    email,
  };
}
