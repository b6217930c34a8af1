import type { Capture } from '../model/capture';
import type { Account, Contact, FieldMap, FieldValue } from '../model/records';
import type { SignalValue } from '../model/signal';
import type { Entity } from '../model/vocab';
import { companyDomain } from '../identity/domain';
import { pageFacts, stringOf, type Draft } from './page-facts';

/**
 * The page's facts keyed as a save keys them: with the company's registrable domain.
 * Captures come with the domain (finalize.ts); one that does not (typed by hand) is given
 * it the same way.
 */
export function draftFromCapture(capture: Pick<Capture, 'signals'>): Draft {
  const draft = pageFacts(capture);
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
