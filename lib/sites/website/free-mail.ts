/**
 * A small, local free-mail check for readers. The authoritative list lives in
 * lib/identity/domain.ts, which pulls in the Public Suffix List and so cannot ship in a
 * content script; finalizeCapture applies it afterwards. Readers only need this to skip
 * a free-mail contact address or to tell a rep's colleagues from their mail provider.
 */
const FREE_MAIL_HOSTS: ReadonlySet<string> = new Set([
  'gmail.com',
  'googlemail.com',
  'hotmail.com',
  'hotmail.es',
  'hotmail.co.uk',
  'hotmail.fr',
  'hotmail.it',
  'hotmail.de',
  'outlook.com',
  'outlook.es',
  'outlook.fr',
  'live.com',
  'live.es',
  'msn.com',
  'yahoo.com',
  'yahoo.es',
  'yahoo.co.uk',
  'yahoo.fr',
  'yahoo.de',
  'yahoo.com.mx',
  'ymail.com',
  'icloud.com',
  'me.com',
  'mac.com',
  'aol.com',
  'gmx.com',
  'gmx.es',
  'gmx.de',
  'gmx.net',
  'web.de',
  'mail.com',
  'proton.me',
  'protonmail.com',
  'pm.me',
  'zoho.com',
  'yandex.com',
  'tutanota.com',
  'telefonica.net',
  'movistar.es',
  'orange.fr',
  'free.fr',
  'libero.it',
  'terra.es',
  'wanadoo.es',
  'uol.com.br',
  'bol.com.br',
  'fastmail.com',
]);

/** True when an address or host belongs to a consumer mail provider. */
export function isFreeMail(addressOrHost: string | null | undefined): boolean {
  if (!addressOrHost) return false;
  const host = addressOrHost.slice(addressOrHost.lastIndexOf('@') + 1).toLowerCase();
  return FREE_MAIL_HOSTS.has(host);
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
