import { siteOfHost } from '../registry';
import type { PageKind } from '../types';

/**
 * LinkedIn pages by URL alone. Accepts, for example:
 *   https://www.linkedin.com/in/ana-ruiz-demo/                   -> linkedin-profile
 *   https://es.linkedin.com/in/ana-ruiz-demo                     -> linkedin-profile (logged out)
 *   https://www.linkedin.com/in/ana-ruiz-demo/details/experience/ -> linkedin-profile
 *   https://www.linkedin.com/company/tecnoserra/                 -> linkedin-company
 *   https://www.linkedin.com/company/tecnoserra/about/           -> linkedin-company
 *   https://www.linkedin.com/company/10493810/                   -> linkedin-company
 *   https://www.linkedin.com/feed/                               -> linkedin-other
 */
export function detectLinkedin(url: URL): PageKind | null {
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  if (siteOfHost(url.hostname) !== 'linkedin') return null;
  if (/^\/in\/[^/]+/i.test(url.pathname)) return 'linkedin-profile';
  if (/^\/company\/[^/]+/i.test(url.pathname)) return 'linkedin-company';
  return 'linkedin-other';
}
