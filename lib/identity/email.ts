/**
 * The one email normaliser, for the readers and for storage keys alike: free of
 * dependencies, so content scripts can bundle it.
 */

/** Letters and digits of any script, so that a rep's IDN address is kept. */
const EMAIL =
  /^[\p{L}\p{N}._%+'-]{1,64}@[\p{L}\p{N}-]{1,63}(?:\.[\p{L}\p{N}-]{1,63})*\.\p{L}{2,24}$/u;

/**
 * A plausible email address, trimmed and lower-cased; null otherwise. A `mailto:` link is
 * unwrapped: its query (`?subject=…`) dropped and its escapes decoded, as the link encodes
 * them. Plain text is taken as written.
 */
export function normaliseEmail(input: string | null | undefined): string | null {
  let s = input?.trim() ?? '';
  if (/^mailto:/i.test(s)) {
    s = s.slice('mailto:'.length).split('?')[0] ?? '';
    try {
      s = decodeURIComponent(s);
    } catch {
      // A stray '%' that is not an escape: keep the text, the pattern decides.
    }
  }
  const email = s.trim().toLowerCase();
  return email.length <= 254 && EMAIL.test(email) ? email : null;
}
