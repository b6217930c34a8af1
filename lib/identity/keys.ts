import type { SignalValue } from '../model/signal';
import type { Entity } from '../model/vocab';
import { isFreeMailDomain, registrableDomain } from './domain';
import { normaliseEmail } from './email';
import { linkedinCompanySlug, linkedinPersonSlug } from './linkedin-url';

/**
 * Who a capture, the rep's edits or a save are about, normalised once: the same company
 * or person gets the same identity however it was seen — URL or bare slug, any letter
 * case — so that a later capture merges into the stored record instead of duplicating it.
 */

/** A company: its registrable domain (never a free-mail provider's), its LinkedIn page. */
export interface AccountIdentity {
  domain: string | null;
  linkedinSlug: string | null;
}

/**
 * A person: their LinkedIn profile and their email. Both are kept, not only the one that
 * keys the record, so either finds them; a later way to match (a name at a company) is
 * one more member here.
 */
export interface ContactIdentity {
  linkedinSlug: string | null;
  email: string | null;
}

export interface IdentityKeys {
  account: AccountIdentity;
  contact: ContactIdentity;
}

/** The same identifiers as written anywhere: a URL for a slug, a website for a domain. */
type Loose<T> = { [K in keyof T]?: string | null };

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
function accountDomain(input: string | null | undefined): string | null {
  const d = registrableDomain(input);
  return d && !isFreeMailDomain(d) ? d : null;
}

export function accountIdentity(loose: Loose<AccountIdentity>): AccountIdentity {
  return {
    domain: accountDomain(loose.domain),
    linkedinSlug: slugFrom(loose.linkedinSlug, linkedinCompanySlug),
  };
}

export function contactIdentity(loose: Loose<ContactIdentity>): ContactIdentity {
  return {
    linkedinSlug: slugFrom(loose.linkedinSlug, linkedinPersonSlug),
    email: normaliseEmail(loose.email),
  };
}

/** Values by entity, as a draft, stored fields or scoring facts hold them. */
type ValuesByEntity = Record<
  Entity,
  Partial<Record<string, { value: SignalValue; source?: { surface: string; method: string } }>>
>;

/**
 * The identity of the company and person described. The company's LinkedIn page is its
 * own `linkedinUrl`, else the person's `companyLinkedinUrl` (a profile links to the
 * employer's page).
 *
 * A LinkedIn link read on a company website is the site's claim, not an identifier: any
 * site can link (even invisibly) to another company's page, and keying by it would fold
 * that stored company into the site's domain. Beside a domain it is left out of the
 * identity — the stored company is then found only by that domain (a company saved from
 * LinkedIn whose page names this website) — until the rep confirms the link by typing or
 * editing it (its source becomes `rep`).
 */
export function identityKeys(facts: ValuesByEntity): IdentityKeys {
  const text = (entity: Entity, field: string): string | null => {
    const v = facts[entity][field]?.value;
    return typeof v === 'string' ? v : null;
  };
  const domain = text('company', 'domain');
  const own = facts.company.linkedinUrl?.source;
  const claimed = own?.surface === 'website' && own.method !== 'rep' && accountDomain(domain);
  return {
    account: accountIdentity({
      domain,
      linkedinSlug: claimed
        ? null
        : (text('company', 'linkedinUrl') ?? text('person', 'companyLinkedinUrl')),
    }),
    contact: contactIdentity({
      linkedinSlug: text('person', 'linkedinUrl'),
      email: text('person', 'email'),
    }),
  };
}

/** `domain:<domain>` when the domain is known, else `li:<company slug>`, else null. */
export function accountKey(account: AccountIdentity): string | null {
  if (account.domain) return `domain:${account.domain}`;
  return account.linkedinSlug ? `li:${account.linkedinSlug}` : null;
}

/** Every key a person can be known by, strongest first (profile, then email). */
export function contactKeys(contact: ContactIdentity): string[] {
  const keys: string[] = [];
  if (contact.linkedinSlug) keys.push(`li:${contact.linkedinSlug}`);
  if (contact.email) keys.push(`email:${contact.email}`);
  return keys;
}

/** The key a person's record is stored under: their strongest. */
export function contactKey(contact: ContactIdentity): string | null {
  return contactKeys(contact)[0] ?? null;
}
