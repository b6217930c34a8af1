import { z } from 'zod';
import { normaliseEmail } from '../identity/email';
import {
  linkedinCompanySlug,
  linkedinCompanyUrl,
  linkedinPersonSlug,
  linkedinPersonUrl,
} from '../identity/linkedin-url';
import type { Capture } from '../model/capture';
import type { Signal, SignalValue } from '../model/signal';
import { safeHttpUrl } from '../text/safe-http-url';

/** What the rep types to add a prospect no page gave: every field optional, all bounded. */
export const ManualEntrySchema = z.object({
  name: z.string().max(200),
  company: z.string().max(200),
  /** A company website or the person's email: one box, told apart by the "@". */
  contact: z.string().max(500),
  linkedinUrl: z.string().max(500),
});
export type ManualEntry = z.infer<typeof ManualEntrySchema>;

export type ManualProblem = 'empty' | 'contact' | 'linkedin';

/**
 * The rep's entry as a Capture, so it runs the same engine as a page (draft → score →
 * save): each value is the rep's own (`method: 'rep'`), cited to the page they were on.
 */
export function manualCapture(
  raw: ManualEntry,
  pageUrl: string,
  now: Date,
): { ok: true; capture: Capture } | { ok: false; problem: ManualProblem } {
  const entry = ManualEntrySchema.parse(raw);
  const clean = (s: string) => s.replace(/\s+/g, ' ').trim();
  const source = {
    surface: 'unknown' as const,
    url: pageUrl.slice(0, 4096),
    method: 'rep' as const,
    capturedAt: now.toISOString(),
  };
  const signals: Signal[] = [];
  const add = (entity: Signal['entity'], field: string, value: SignalValue) =>
    signals.push({ entity, field, value, source, confidence: 1 });

  const name = clean(entry.name);
  const company = clean(entry.company);
  if (name) add('person', 'name', name);
  if (company) add('company', 'name', company);
  if (name && company) add('person', 'company', company);

  const contact = clean(entry.contact);
  if (contact) {
    if (contact.includes('@')) {
      const email = normaliseEmail(contact);
      if (!email) return { ok: false, problem: 'contact' };
      add('person', 'email', email);
    } else {
      const site = safeHttpUrl(withScheme(contact));
      if (!site || !new URL(site).hostname.includes('.')) return { ok: false, problem: 'contact' };
      add('company', 'website', site);
    }
  }

  const linkedin = withScheme(clean(entry.linkedinUrl));
  if (linkedin) {
    const person = linkedinPersonSlug(linkedin);
    const org = person ? null : linkedinCompanySlug(linkedin);
    if (person) add('person', 'linkedinUrl', linkedinPersonUrl(person));
    else if (org) add('company', 'linkedinUrl', linkedinCompanyUrl(org));
    else return { ok: false, problem: 'linkedin' };
  }

  if (signals.length === 0) return { ok: false, problem: 'empty' };
  return {
    ok: true,
    capture: {
      surface: 'unknown',
      status: 'ok',
      url: source.url,
      capturedAt: source.capturedAt,
      signals,
      notes: ['manual-entry'],
    },
  };
}

/** Reps type addresses as they say them ("acme.example"): the https is implied. */
function withScheme(s: string): string {
  return !s || /^[a-z][a-z\d+.-]*:/i.test(s) ? s : `https://${s}`;
}
