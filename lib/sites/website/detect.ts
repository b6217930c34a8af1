import type { PageKind } from '../types';

/**
 * Any other http(s) page is a company website. Accepted, for example:
 *   https://www.talleresbidasoa.es/contacto
 *   https://harbourlinefreight.co.uk/
 *   http://ferreteria-olmo.es/quienes-somos
 *   https://shop.casaverdeorganicos.pt/pages/sobre-nos
 * Not a website: linkedin.com and its subdomains (es.linkedin.com), Gmail
 * (mail.google.com), and non-http pages (chrome://, file:, about:, extension pages).
 */
export function detectWebsite(url: URL): PageKind | null {
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  const host = url.hostname.toLowerCase().replace(/\.$/, '');
  if (!host) return null;
  if (host === 'linkedin.com' || host.endsWith('.linkedin.com')) return null;
  if (host === 'mail.google.com') return null;
  return 'website';
}
