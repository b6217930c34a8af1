import type { Capture } from '../model/capture';
import type { FieldMap, FieldValue } from '../model/records';
import type { SignalValue } from '../model/signal';

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

/**
 * A page's facts as the panel first shows them: each field's first value, the person's
 * employer fields seeding the company. Kept free of the Public Suffix List (see
 * draftFromCapture) so the side panel can draw them before its larger code has loaded.
 */
export function pageFacts(capture: Pick<Capture, 'signals'>): Draft {
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
  return draft;
}

/** Whether the panel shows a person's facts: a page about a person, or one that named one. */
export function showsPerson(surface: Capture['surface'], draft: Draft): boolean {
  return (
    surface === 'linkedin-profile' ||
    surface === 'gmail-thread' ||
    Object.keys(draft.person).length > 0
  );
}

export const stringOf = (v: SignalValue | undefined | null): string | null =>
  typeof v === 'string' ? v : null;
