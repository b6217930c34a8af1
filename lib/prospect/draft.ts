import type { Capture } from '../model/capture';
import type { Account, Contact, FieldMap, FieldValue } from '../model/records';
import type { SignalValue } from '../model/signal';
import {
  DEPARTMENTS,
  type Entity,
  LIST_COMPANY_FIELDS,
  NUMERIC_COMPANY_FIELDS,
  SENIORITIES,
} from '../model/vocab';
import { companyDomain } from '../identity/domain';
import { normaliseEmail } from '../identity/email';

/**
 * What the panel shows and the rep edits: the person and company facts, each value with
 * its source. Built from a Capture, overlaid with what is already stored, edited by the rep.
 */
export interface Draft {
  person: FieldMap;
  company: FieldMap;
}

/** Person fields that describe the employer: on a profile they seed the company. */
const EMPLOYER_FIELDS: Record<string, string> = {
  company: 'name',
  companyLinkedinUrl: 'linkedinUrl',
  companyWebsite: 'website',
};

export function draftFromCapture(capture: Pick<Capture, 'signals'>): Draft {
  const draft: Draft = { person: {}, company: {} };
  for (const s of capture.signals) {
    const value: FieldValue = { value: s.value, source: s.source, confidence: s.confidence };
    const map = s.entity === 'person' ? draft.person : draft.company;
    if (!(s.field in map)) map[s.field] = value;
  }
  for (const [personField, companyField] of Object.entries(EMPLOYER_FIELDS)) {
    const v = draft.person[personField];
    if (v && !(companyField in draft.company)) draft.company[companyField] = v;
  }
  // Captures come with the domain (finalize.ts); one that does not is given it the same way.
  if (!draft.company.domain) {
    const d = companyDomain(stringOf(draft.company.website?.value));
    if (d && draft.company.website) draft.company.domain = { ...draft.company.website, value: d };
  }
  return draft;
}

/** Stored values replace the page's: what was saved (and corrected) is what the rep sees. */
export function overlayStored(
  draft: Draft,
  contact: Pick<Contact, 'fields'> | null,
  account: Pick<Account, 'fields'> | null,
): Draft {
  return {
    person: { ...draft.person, ...(contact?.fields ?? {}) },
    company: { ...draft.company, ...(account?.fields ?? {}) },
  };
}

export type FieldKind = 'text' | 'number' | 'list' | 'boolean' | 'seniority' | 'department';

export function fieldKind(entity: Entity, field: string): FieldKind {
  if (entity === 'person' && field === 'seniority') return 'seniority';
  if (entity === 'person' && field === 'department') return 'department';
  if (entity === 'company' && (NUMERIC_COMPANY_FIELDS as readonly string[]).includes(field))
    return 'number';
  if (entity === 'company' && (LIST_COMPANY_FIELDS as readonly string[]).includes(field))
    return 'list';
  if (entity === 'company' && field === 'hiring') return 'boolean';
  return 'text';
}

/**
 * Parses what the rep typed for a field. Returns `undefined` to clear the field, or
 * `null` when the input is not valid for it (the panel then keeps the edit open).
 */
export function parseFieldInput(
  entity: Entity,
  field: string,
  input: string,
): SignalValue | undefined | null {
  const s = input.replace(/\s+/g, ' ').trim();
  if (!s) return undefined;
  switch (fieldKind(entity, field)) {
    case 'number': {
      const n = Number(s.replace(/[.\s](?=\d{3}\b)/g, '').replace(',', '.'));
      return Number.isFinite(n) && n >= 0 ? Math.round(n) : null;
    }
    case 'list':
      return s
        .split(/[,;]/)
        .map((x) => x.trim())
        .filter(Boolean)
        .slice(0, 200);
    case 'boolean':
      return s === 'true' ? true : s === 'false' ? false : null;
    case 'seniority':
      return (SENIORITIES as readonly string[]).includes(s) ? s : null;
    case 'department':
      return (DEPARTMENTS as readonly string[]).includes(s) ? s : null;
    default:
      if (field === 'email') return normaliseEmail(s);
      return s.slice(0, 4000);
  }
}

/** A copy of the draft with one field set by the rep (source `rep`) or cleared. */
export function withRepValue(
  draft: Draft,
  entity: Entity,
  field: string,
  value: SignalValue | undefined,
  pageUrl: string,
  now: Date,
): Draft {
  const map: FieldMap = { ...draft[entity] };
  if (value === undefined) delete map[field];
  else
    map[field] = {
      value,
      source: {
        surface: sourceSurface(draft),
        url: pageUrl,
        method: 'rep',
        capturedAt: now.toISOString(),
      },
      confidence: 1,
    };
  const next = { ...draft, [entity]: map };
  // A corrected website re-derives the domain the account is keyed by.
  if (entity === 'company' && field === 'website') {
    const d = companyDomain(stringOf(value));
    if (d) next.company = { ...next.company, domain: { ...map.website!, value: d } };
  }
  return next;
}

function sourceSurface(draft: Draft): FieldValue['source']['surface'] {
  const any = Object.values(draft.person)[0] ?? Object.values(draft.company)[0];
  return any?.source.surface ?? 'unknown';
}

export const stringOf = (v: SignalValue | undefined | null): string | null =>
  typeof v === 'string' ? v : null;
