import { getDomain, getHostname } from 'tldts';
import { FREE_MAIL_DOMAINS } from './free-mail';

export { FREE_MAIL_DOMAINS };

/** Hosts that are never a prospect's own company site (social networks, tools, CDNs). */
const PLATFORM_DOMAINS: ReadonlySet<string> = new Set([
  'linkedin.com',
  'google.com',
  'facebook.com',
  'instagram.com',
  'twitter.com',
  'x.com',
  'youtube.com',
  'tiktok.com',
  'github.com',
  'medium.com',
  'wordpress.com',
  'wixsite.com',
  'blogspot.com',
  'calendly.com',
  'bit.ly',
  'lnkd.in',
  'goo.gl',
]);

/** The registrable domain (eTLD+1) of a URL, host or email, lower-cased; null if none. */
export function registrableDomain(input: string | null | undefined): string | null {
  if (!input) return null;
  let host = input.trim().toLowerCase();
  const at = host.lastIndexOf('@');
  if (at >= 0 && !host.includes('/')) host = host.slice(at + 1);
  const hostname = getHostname(host.includes('://') ? host : `https://${host}`);
  if (!hostname) return null;
  const domain = getDomain(hostname, { allowPrivateDomains: false });
  return domain ? domain.toLowerCase() : null;
}

export function isFreeMailDomain(domain: string | null | undefined): boolean {
  return !!domain && FREE_MAIL_DOMAINS.has(domain.toLowerCase());
}

/**
 * The company domain an email or website implies: the registrable domain, unless it is a
 * free-mail or platform domain, which never becomes a company's.
 */
export function companyDomain(input: string | null | undefined): string | null {
  const d = registrableDomain(input);
  if (!d || FREE_MAIL_DOMAINS.has(d) || PLATFORM_DOMAINS.has(d)) return null;
  return d;
}
