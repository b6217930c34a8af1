import { siteOfHost } from '../registry';
import type { PageKind } from '../types';

/**
 * Any other http(s) page is a company website. Accepted, for example:
 *   https://www.talleresbidasoa.es/contacto
 *   https://harbourlinefreight.co.uk/
 *   http://ferreteria-olmo.es/quienes-somos
 *   https://shop.casaverdeorganicos.pt/pages/sobre-nos
 * Not a website: a host another site in lib/sites/registry.ts claims (linkedin.com and its
 * subdomains, mail.google.com), and non-http pages (chrome://, file:, about:, extension pages).
 */
export function detectWebsite(url: URL): PageKind | null {
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  if (!url.hostname) return null;
  return siteOfHost(url.hostname) === 'website' ? 'website' : null;
}
