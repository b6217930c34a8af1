import { FREE_MAIL_DOMAINS } from '../../identity/free-mail';

/**
 * The free-mail check readers need — to skip a free-mail contact address, or to tell a
 * rep's colleagues from their mail provider — over the one list in lib/identity.
 */

/** True when an address or host belongs to a consumer mail provider. */
export function isFreeMail(addressOrHost: string | null | undefined): boolean {
  if (!addressOrHost) return false;
  const host = addressOrHost.slice(addressOrHost.lastIndexOf('@') + 1).toLowerCase();
  return FREE_MAIL_DOMAINS.has(host);
}

const EMAIL = /^[a-z0-9._%+'-]{1,64}@[a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63})*\.[a-z]{2,24}$/i;

/** A plausible email address, lower-cased; null otherwise. */
export function cleanEmail(raw: string | null | undefined): string | null {
  if (!raw) return null;
  const s =
    raw
      .trim()
      .replace(/^mailto:/i, '')
      .split('?')[0] ?? '';
  let decoded = s;
  try {
    decoded = decodeURIComponent(s);
  } catch {
    // A malformed escape: keep the raw text, the pattern below decides.
  }
  const email = decoded.trim().toLowerCase();
  return email.length <= 254 && EMAIL.test(email) ? email : null;
}

/** The domain part of an email address. */
export function emailDomain(email: string): string {
  return email.slice(email.lastIndexOf('@') + 1);
}
