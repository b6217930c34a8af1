/**
 * Classifies a link found in a signature: the sender's LinkedIn profile, their company's
 * LinkedIn page, their company website, or nothing (social networks, mail apps'
 * "sent from" links, schedulers and redirectors are not a company's site).
 */
export type LinkKind = 'website' | 'linkedin-person' | 'linkedin-company';

const NOT_A_COMPANY_SITE =
  /(?:^|\.)(?:linkedin\.com|lnkd\.in|twitter\.com|x\.com|facebook\.com|fb\.me|instagram\.com|youtube\.com|youtu\.be|tiktok\.com|calendly\.com|cal\.com|google\.[a-z.]+|goo\.gl|g\.page|bit\.ly|t\.co|wa\.me|whatsapp\.com|apple\.com|aka\.ms|microsoft\.com|office\.com|outlook\.com|live\.com|zoom\.us|gmail\.com|hubspot\.com|hs-sites\.com|mailchimp\.com|wixsite\.com|github\.com|medium\.com)$/i;

export function classifyLink(raw: string | null): { kind: LinkKind; url: string } | null {
  if (!raw) return null;
  let url: URL;
  try {
    url = new URL(unwrapRedirect(raw));
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  const host = url.hostname.toLowerCase();
  if (/(?:^|\.)linkedin\.com$/.test(host)) {
    const m = /^\/(in|company)\/([^/?#]{1,200})/i.exec(url.pathname);
    if (!m?.[1] || !m[2]) return null;
    const slug = encodeURIComponent(safeDecode(m[2]).toLowerCase());
    return m[1].toLowerCase() === 'in'
      ? { kind: 'linkedin-person', url: `https://www.linkedin.com/in/${slug}/` }
      : { kind: 'linkedin-company', url: `https://www.linkedin.com/company/${slug}/` };
  }
  if (NOT_A_COMPANY_SITE.test(host) || !host.includes('.') || /^[\d.]+$/.test(host)) return null;
  return { kind: 'website', url: `${url.protocol}//${host}/` };
}

/** Gmail may wrap links as `https://www.google.com/url?q=<target>`. */
function unwrapRedirect(raw: string): string {
  try {
    const u = new URL(raw);
    if (/(?:^|\.)google\.[a-z.]+$/i.test(u.hostname) && u.pathname === '/url') {
      const target = u.searchParams.get('q') ?? u.searchParams.get('url');
      if (target && /^https?:\/\//i.test(target)) return target;
    }
  } catch {
    // Not a URL: the caller's own parse reports that.
  }
  return raw;
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}
