/**
 * Fixed vocabularies shared by readers, schemas and UI. Plain `as const` arrays (no zod)
 * so the content-script readers can import them without pulling in a validator.
 */
export const SURFACES = [
  'linkedin-profile',
  'linkedin-company',
  'gmail-thread',
  'gmail-list',
  'website',
  'unknown',
] as const;
export type Surface = (typeof SURFACES)[number];

/** Who a value is about: the person, or the company they work for. */
export const ENTITIES = ['person', 'company'] as const;
export type Entity = (typeof ENTITIES)[number];

export const CAPTURE_STATUSES = ['ok', 'no_signals', 'layout_changed'] as const;
export type CaptureStatus = (typeof CAPTURE_STATUSES)[number];

/** How a value was found on the page; 'rep' is a value the rep typed or corrected. */
export const SOURCE_METHODS = ['json-ld', 'meta', 'dom', 'aria', 'url', 'rep'] as const;
export type SourceMethod = (typeof SOURCE_METHODS)[number];

export const SENIORITIES = [
  'owner',
  'c-level',
  'vp',
  'director',
  'manager',
  'senior',
  'entry',
  'intern',
] as const;
export type Seniority = (typeof SENIORITIES)[number];

export const DEPARTMENTS = [
  'sales',
  'marketing',
  'engineering',
  'operations',
  'finance',
  'hr',
  'it',
  'legal',
  'purchasing',
  'product',
  'support',
  'general-management',
  'other',
] as const;
export type Department = (typeof DEPARTMENTS)[number];

/** Person fields printed by `npm run signals` (contract: keep names stable). */
export const PERSON_FIELDS = [
  'name',
  'title',
  'company',
  'location',
  'email',
  'linkedinUrl',
  'seniority',
  'department',
] as const;
/** Person fields a reader may add beyond the printed contract. */
export const PERSON_EXTRA_FIELDS = ['phone', 'companyLinkedinUrl', 'companyWebsite'] as const;
export type PersonField = (typeof PERSON_FIELDS)[number] | (typeof PERSON_EXTRA_FIELDS)[number];

/** Company fields printed by `npm run signals` (contract: keep names stable). */
export const COMPANY_FIELDS = [
  'name',
  'domain',
  'website',
  'industry',
  'employeesMin',
  'employeesMax',
  'location',
  'country',
  'founded',
  'tech',
  'hiring',
  'linkedinUrl',
  'phone',
  'email',
  'description',
] as const;
/** Company fields a reader may add beyond the printed contract. */
export const COMPANY_EXTRA_FIELDS = ['specialties', 'social', 'hiringRoles', 'events'] as const;
export type CompanyField = (typeof COMPANY_FIELDS)[number] | (typeof COMPANY_EXTRA_FIELDS)[number];

/** Numeric company fields; every other field is a string, a string list or a boolean. */
export const NUMERIC_COMPANY_FIELDS = ['employeesMin', 'employeesMax', 'founded'] as const;
/** String-list company fields. */
export const LIST_COMPANY_FIELDS = [
  'tech',
  'specialties',
  'social',
  'hiringRoles',
  'events',
] as const;

/**
 * The rep's pipeline stage, in order. The verdict is the engine's opinion; the status is
 * where the rep has got to with the prospect, and only the rep moves it.
 */
export const PROSPECT_STATUSES = [
  'new',
  'contacted',
  'meeting',
  'proposal',
  'won',
  'lost',
  'no_decision',
] as const;
export type ProspectStatus = (typeof PROSPECT_STATUSES)[number];

/** The stages that end a deal: each has an outcome (value, date, lost reason…). */
export const CLOSED_STATUSES = ['won', 'lost', 'no_decision'] as const;
export type ClosedStatus = (typeof CLOSED_STATUSES)[number];
export const isClosed = (s: ProspectStatus): s is ClosedStatus =>
  (CLOSED_STATUSES as readonly string[]).includes(s);

/** Why a deal was lost: a fixed taxonomy the insights can count, plus the rep's note. */
export const LOST_REASONS = [
  'price',
  'competitor',
  'no_budget',
  'timing',
  'fit',
  'features',
  'other',
] as const;
export type LostReason = (typeof LOST_REASONS)[number];

export const VERDICTS = ['qualified', 'nurture', 'disqualified'] as const;
export type Verdict = (typeof VERDICTS)[number];

export const DISQUALIFICATION_REASONS = [
  'outside-industry',
  'too-small',
  'too-large',
  'outside-territory',
  'no-need',
  'no-budget',
  'no-authority',
  'no-timeline',
  'competitor-or-partner',
  'student-or-personal',
  'unreachable',
  'missing-technology',
  'wrong-role',
  'other',
] as const;
export type DisqualificationReason = (typeof DISQUALIFICATION_REASONS)[number];

export const LOCALES = ['en', 'es'] as const;
export type Locale = (typeof LOCALES)[number];
