import type { Evidence } from '../model/score';
import type { DisqualificationReason, Locale } from '../model/vocab';
import { signalEvidence } from './evidence';
import { factString, foldedFact, type Facts } from './facts';

/**
 * Disqualifiers about the contact rather than the company, read from the facts:
 *
 * - student-or-personal: the title says student ("student", "estudiante", "alumno/a",
 *   "undergraduate") and the seniority is not manager or above (a "Student Recruitment
 *   Manager" is staff); or the only way to reach the person is an email while nothing
 *   ties them to a company — no person.company, no company name, domain or website. The
 *   capture pipeline never derives a company domain from a free-mail address (gmail.com,
 *   hotmail.es…), so an email with no company domain is a personal address.
 * - unreachable: the rep (or an import) recorded `person.unreachable: true` or
 *   `person.reachable: false` — a bounced address, a left-the-company notice — or
 *   `company.unreachable: true`.
 */
export interface ContactFlag {
  id: (typeof CONTACT_FLAG_IDS)[number];
  reason: DisqualificationReason;
  evidence: Evidence[];
}

/** A student word at a word start of the folded title. */
const STUDENT = /(?:^| )(?:student|estudiante|alumn[oa]|undergraduate)/;
const STAFF = new Set(['owner', 'c-level', 'vp', 'director', 'manager']);

const NONE: readonly ContactFlag[] = Object.freeze([]);

export function contactFlags(facts: Facts): readonly ContactFlag[] {
  const { person, company } = facts;
  // Most prospects raise no flag: the list is only built for those who do.
  let flags: ContactFlag[] | null = null;

  const title = person.title;
  const seniority = factString(person.seniority);
  if (title && !(seniority && STAFF.has(seniority))) {
    if (STUDENT.test(foldedFact(title)))
      (flags ??= []).push({
        id: 'contact:student',
        reason: 'student-or-personal',
        evidence: [signalEvidence('person', 'title', title)],
      });
  }
  const email = person.email;
  if (email && !flags && !person.company && !company.name && !company.domain && !company.website) {
    (flags ??= []).push({
      id: 'contact:personal-email',
      reason: 'student-or-personal',
      evidence: [signalEvidence('person', 'email', email)],
    });
  }

  const mark =
    person.unreachable?.value === true
      ? signalEvidence('person', 'unreachable', person.unreachable)
      : person.reachable?.value === false
        ? signalEvidence('person', 'reachable', person.reachable)
        : company.unreachable?.value === true
          ? signalEvidence('company', 'unreachable', company.unreachable)
          : null;
  if (mark)
    (flags ??= []).push({ id: 'contact:unreachable', reason: 'unreachable', evidence: [mark] });
  return flags ?? NONE;
}

/** Every flag's id, in the order flags are raised (and their lines come). */
export const CONTACT_FLAG_IDS = [
  'contact:student',
  'contact:personal-email',
  'contact:unreachable',
] as const;

export const FLAG_LABELS: Record<Locale, Record<(typeof CONTACT_FLAG_IDS)[number], string>> = {
  en: {
    'contact:student': 'Contact is a student',
    'contact:personal-email': 'Personal contact: email only, no company',
    'contact:unreachable': 'Contact is unreachable',
  },
  es: {
    'contact:student': 'El contacto es estudiante',
    'contact:personal-email': 'Contacto personal: solo un correo, sin empresa',
    'contact:unreachable': 'No se puede contactar con esta persona',
  },
};
