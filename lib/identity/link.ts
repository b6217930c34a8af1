import type { AccountIdentity, ContactIdentity, IdentityKeys } from './keys';

/**
 * The identity a page's person is saved under once linked to a stored person: the
 * page's own identifiers, completed with the stored ones it lacks — the email joins the
 * LinkedIn contact, the profile joins the email's — so the save folds both into one
 * contact and one prospect. The stored company's LinkedIn page is carried only when its
 * domain does not contradict the page's: then the two company records fold into one too.
 */
export function linkedIdentity(
  page: IdentityKeys,
  contact: ContactIdentity,
  account: AccountIdentity | null,
): IdentityKeys {
  const domain = page.account.domain ?? account?.domain ?? null;
  const sameCompany = !account?.domain || account.domain === domain;
  return {
    contact: {
      linkedinSlug: page.contact.linkedinSlug ?? contact.linkedinSlug,
      email: page.contact.email ?? contact.email,
    },
    account: {
      domain,
      linkedinSlug:
        page.account.linkedinSlug ?? (sameCompany ? (account?.linkedinSlug ?? null) : null),
    },
  };
}
