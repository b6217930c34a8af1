import { sameCompanyName } from './company-name';
import { companyDomain } from './domain';
import type { AccountIdentity, ContactIdentity } from './keys';
import { samePersonName } from './person-name';

/**
 * Whether a person read on one surface is a person already stored from another. Pure:
 * lib/db finds the candidates, this decides.
 *
 * - exact: the same LinkedIn profile, or the same email address. Linked at once.
 * - likely: the same name at the same company — the email's (or website's) registrable
 *   domain is the stored company's domain, the company's LinkedIn page is the same, or
 *   the company names agree once accents, case and legal forms are folded. Offered to
 *   the rep, never linked without them.
 * Two different LinkedIn profiles are two people, whatever their names say.
 */

/** A person as a page or a stored record describes them. */
export interface PersonSide {
  name: string | null;
  contact: ContactIdentity;
  /** Their company: its identifiers and the name it goes by. */
  company: AccountIdentity & { name: string | null };
}

export type PersonMatch =
  { kind: 'exact'; by: 'linkedin' | 'email' } | { kind: 'likely'; by: 'name-company' } | null;

function sameCompany(a: PersonSide, b: PersonSide): boolean {
  const domainsOf = (p: PersonSide) =>
    [p.company.domain, companyDomain(p.contact.email)].filter((d): d is string => !!d);
  const bDomains = domainsOf(b);
  if (domainsOf(a).some((d) => bDomains.includes(d))) return true;
  if (a.company.linkedinSlug && a.company.linkedinSlug === b.company.linkedinSlug) return true;
  return sameCompanyName(a.company.name, b.company.name);
}

export function matchPerson(page: PersonSide, stored: PersonSide): PersonMatch {
  const slugA = page.contact.linkedinSlug;
  const slugB = stored.contact.linkedinSlug;
  if (slugA && slugB) return slugA === slugB ? { kind: 'exact', by: 'linkedin' } : null;
  if (page.contact.email && page.contact.email === stored.contact.email)
    return { kind: 'exact', by: 'email' };
  if (samePersonName(page.name, stored.name) && sameCompany(page, stored))
    return { kind: 'likely', by: 'name-company' };
  return null;
}
