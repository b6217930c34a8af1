/** Canonical LinkedIn URLs and slugs; country subdomains (es.linkedin.com) fold to www. */

const LINKEDIN_HOST = /(^|\.)linkedin\.com$/i;

function parse(input: string): URL | null {
  try {
    return new URL(input, 'https://www.linkedin.com');
  } catch {
    return null;
  }
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/** `/in/<slug>` → slug (decoded, lower-cased), else null. */
export function linkedinPersonSlug(input: string | null | undefined): string | null {
  const u = input ? parse(input) : null;
  if (!u || !LINKEDIN_HOST.test(u.hostname)) return null;
  const m = /^\/in\/([^/?#]+)/i.exec(u.pathname);
  return m?.[1] ? safeDecode(m[1]).toLowerCase() : null;
}

/** `/company/<slug-or-id>` (also `/school/`, `/showcase/`) → slug, else null. */
export function linkedinCompanySlug(input: string | null | undefined): string | null {
  const u = input ? parse(input) : null;
  if (!u || !LINKEDIN_HOST.test(u.hostname)) return null;
  const m = /^\/(?:company|school|showcase)\/([^/?#]+)/i.exec(u.pathname);
  return m?.[1] ? safeDecode(m[1]).toLowerCase() : null;
}

export function linkedinPersonUrl(slug: string): string {
  return `https://www.linkedin.com/in/${encodeURIComponent(slug)}/`;
}

export function linkedinCompanyUrl(slug: string): string {
  return `https://www.linkedin.com/company/${encodeURIComponent(slug)}/`;
}
