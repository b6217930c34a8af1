/**
 * The one gate between a stored URL and an `href`: only absolute http(s) addresses pass,
 * normalised by the URL parser (so `JaVaScRiPt:`, ` javascript:`, `java\tscript:` and
 * `data:` all fail); anything else is null and the UI shows the text without a link. React
 * and the extension's CSP would stop a `javascript:` link today; this does not rely on them.
 */
export function safeHttpUrl(value: string | null | undefined): string | null {
  if (!value || value.length > 4096) return null;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  // A URL with credentials is a phishing shape ("https://linkedin.com@evil.test"), never a profile.
  if (url.username || url.password) return null;
  return url.href;
}
