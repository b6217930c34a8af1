import { ldStrings, type LdNode } from '../shared/json-ld';
import type { Found } from './company-name-sources';
import type { PageLink } from './links';

/** Social profiles the site links to, LinkedIn company pages apart (they are a contract field). */
export function socialFacts(
  org: LdNode | null,
  links: readonly PageLink[],
): { linkedin: Found<string> | null; social: string[] } {
  let linkedin: Found<string> | null = null;
  const social = new Set<string>();
  const consider = (raw: string, method: 'json-ld' | 'dom') => {
    let u: URL;
    try {
      u = new URL(raw);
    } catch {
      return;
    }
    const host = u.hostname.toLowerCase().replace(/^www\./, '');
    const path = u.pathname.replace(/\/+$/, '');
    if (/(?:^|\.)linkedin\.com$/.test(host)) {
      const m = /^\/company\/([^/]{1,200})/i.exec(u.pathname);
      if (m?.[1] && !linkedin) {
        let slug = m[1];
        try {
          slug = decodeURIComponent(slug);
        } catch {
          // Keep the slug as written.
        }
        const value = `https://www.linkedin.com/company/${encodeURIComponent(slug.toLowerCase())}/`;
        linkedin = { value, method, confidence: method === 'json-ld' ? 0.9 : 0.8 };
      }
      return;
    }
    if (!SOCIAL_HOST.test(host) || !path || SHARE_PATH.test(path)) return;
    if (social.size < 15) social.add(`https://${host}${path}`);
  };
  for (const s of ldStrings(org ?? undefined, 'sameAs')) consider(s, 'json-ld');
  for (const l of links) if (l.url) consider(l.url.href, 'dom');
  return { linkedin, social: [...social] };
}

const SOCIAL_HOST =
  /^(?:facebook\.com|instagram\.com|twitter\.com|x\.com|youtube\.com|tiktok\.com|github\.com|xing\.com|pinterest\.[a-z.]+|vimeo\.com|threads\.net|bsky\.app)$/;
const SHARE_PATH = /^\/(?:sharer|share|intent|dialog|tr|plugins|pin\/create|home|login|signup)\b/i;
