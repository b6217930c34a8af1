import { getDomain, getHostname } from 'tldts';

/**
 * Free-mail and consumer domains: an address here says nothing about a company.
 * Kept explicit (not a heuristic) so a rep can read why a domain was ignored.
 */
export const FREE_MAIL_DOMAINS: ReadonlySet<string> = new Set([
  'gmail.com',
  'googlemail.com',
  'hotmail.com',
  'hotmail.es',
  'hotmail.co.uk',
  'hotmail.fr',
  'hotmail.it',
  'hotmail.de',
  'outlook.com',
  'outlook.es',
  'outlook.fr',
  'live.com',
  'live.es',
  'msn.com',
  'yahoo.com',
  'yahoo.es',
  'yahoo.co.uk',
  'yahoo.fr',
  'yahoo.de',
  'yahoo.com.mx',
  'ymail.com',
  'icloud.com',
  'me.com',
  'mac.com',
  'aol.com',
  'gmx.com',
  'gmx.es',
  'gmx.de',
  'gmx.net',
  'web.de',
  'mail.com',
  'proton.me',
  'protonmail.com',
  'pm.me',
  'zoho.com',
  'yandex.com',
  'yandex.ru',
  'tutanota.com',
  'telefonica.net',
  'movistar.es',
  'orange.fr',
  'free.fr',
  'libero.it',
  'terra.com',
  'terra.es',
  'wanadoo.es',
  'ya.com',
  'uol.com.br',
  'bol.com.br',
  'qq.com',
  '163.com',
  'naver.com',
  'fastmail.com',
  'hey.com',
]);

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
