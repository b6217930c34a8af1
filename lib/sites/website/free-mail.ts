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

/** The domain part of an email address. */
export function emailDomain(email: string): string {
  return email.slice(email.lastIndexOf('@') + 1);
}
