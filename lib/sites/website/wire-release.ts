import type { CaptureInput } from '../../model/capture';
import { CaptureBuilder } from '../capture-builder';
import { cleanCompanyName, companyMatchesDomain } from './company-name';
import { sameSite, type PageLink } from './links';
import type { PageScope } from './page-scope';

/**
 * Press releases on a wire service. The page is the wire's, but the prospect is the
 * company that issued the release: its name (the wire writes it as the page's author) and
 * its own site (a link in the release that the name spells). The wire's phone, email,
 * LinkedIn page and technologies are the wire's, so none of them is read.
 */
const WIRE_HOSTS =
  /(?:^|\.)(?:prnewswire\.(?:com|co\.uk)|globenewswire\.com|businesswire\.com|accesswire\.com|einpresswire\.com|newswire\.ca|prweb\.com)$/i;

export function isWireRelease(url: URL): boolean {
  return WIRE_HOSTS.test(url.hostname);
}

export function readRelease(
  url: URL,
  now: Date,
  scope: PageScope,
  links: readonly PageLink[],
): CaptureInput {
  const b = new CaptureBuilder('website', url.href, now);
  const name = cleanCompanyName(scope.metas.get('author') ?? scope.metas.get('article:author'));
  if (!name) return b.note('wire-release-without-issuer').build('no_signals');
  b.company('name', name, 'meta', 0.75);
  const own = links.find(
    (l) => l.url && !sameSite(l.url, url) && companyMatchesDomain(name, [l.url.hostname]),
  )?.url;
  if (own) b.company('website', `${own.protocol}//${own.host}/`, 'dom', 0.7);
  return b.note('wire-release').build('ok');
}
