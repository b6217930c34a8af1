import { findSignal } from '../../model/find-signal';
import type { Signal } from '../../model/signal';
import { addressFromLine, addressInPage } from './address';
import type { Found } from './company-name-sources';
import { companyEmail, emailInText } from './company-email';
import type { PersonLead } from './people';
import { mainPerson } from './people-interpret';
import { labelledPhone } from './phone';
import { foundedInText, headcountInText } from './text-phrases';

/** Prose a website reader collected for interpretation extension-side. Never stored. */
export interface PageText {
  /** Lines where the company talks about itself (founding year, headcount). */
  companyLines: string[];
  /** JSON-LD `address` written as one string, if any. */
  addressText: string | null;
  /** Lines of the contact areas (footer, `<address>`, contact page). */
  addressLines: string[];
  /** Addresses the page links or states (contact.ts), in order of trust, as written. */
  emails: Found<string>[];
  /** People the page names as its own (JSON-LD, its byline), in order of trust. */
  people: PersonLead[];
}

const lines = (v: unknown): string[] =>
  Array.isArray(v)
    ? v
        .slice(0, 800)
        .filter((x): x is string => typeof x === 'string')
        .map((x) => x.slice(0, 500))
    : [];

/** The evidence as received (untrusted), bounded and typed; null when absent. */
export function readPageText(raw: unknown): PageText | null {
  if (!raw || typeof raw !== 'object') return null;
  const o = raw as Record<string, unknown>;
  return {
    companyLines: lines(o.companyLines),
    addressText: typeof o.addressText === 'string' ? o.addressText.slice(0, 300) : null,
    addressLines: lines(o.addressLines),
    emails: emails(o.emails),
    people: leads(o.people),
  };
}

const str = (v: unknown): string | null =>
  typeof v === 'string' && v.trim() ? v.slice(0, 200) : null;

function emails(v: unknown): Found<string>[] {
  if (!Array.isArray(v)) return [];
  const out: Found<string>[] = [];
  for (const x of v.slice(0, 12)) {
    const o = (x && typeof x === 'object' ? x : {}) as Record<string, unknown>;
    const value = str(o.value);
    const confidence =
      typeof o.confidence === 'number' ? Math.min(1, Math.max(0, o.confidence)) : 0.6;
    if (value) out.push({ value, method: o.method === 'json-ld' ? 'json-ld' : 'dom', confidence });
  }
  return out;
}

function leads(v: unknown): PersonLead[] {
  if (!Array.isArray(v)) return [];
  const out: PersonLead[] = [];
  for (const x of v.slice(0, 6)) {
    const o = (x && typeof x === 'object' ? x : {}) as Record<string, unknown>;
    const name = str(o.name);
    if (name) out.push({ name, role: str(o.role) });
  }
  return out;
}

/**
 * Adds what the page's prose states and the reader could not read structurally: the
 * founding year, the headcount, and the location/country of a written address. A value
 * the reader already found (JSON-LD, microdata) is never replaced.
 */
export function interpretPageText(signals: Signal[], text: PageText, now: Date): void {
  const base = signals.find((s) => s.entity === 'company');
  if (!base) return;
  const has = (field: string) => findSignal(signals, 'company', field) !== undefined;
  const add = (
    field: string,
    value: string | number | null,
    method: Found<string>['method'],
    confidence: number,
  ) => {
    if (value === null || has(field)) return;
    signals.push({
      entity: 'company',
      field,
      value,
      source: { ...base.source, method },
      confidence,
    });
  };

  add('founded', foundedInText(text.companyLines, now), 'dom', 0.6);
  if (!has('employeesMin') && !has('employeesMax')) {
    const head = headcountInText(text.companyLines);
    if (head) {
      add('employeesMin', head.min, 'dom', 0.6);
      add('employeesMax', head.max, 'dom', 0.6);
    }
  }
  add('phone', labelledPhone(text.addressLines), 'dom', 0.6);
  // A free-mail or placeholder address is no company's (company-email.ts).
  const linked = text.emails.find((e) => companyEmail(e.value));
  if (linked) add('email', companyEmail(linked.value), linked.method, linked.confidence);
  add('email', emailInText(text.addressLines), 'dom', 0.6);
  const stated = text.addressText ? addressFromLine(text.addressText) : null;
  const written = stated ? null : addressInPage(text.addressLines);
  const address = stated ?? written;
  if (address) {
    add('location', address.locality, stated ? 'json-ld' : 'dom', stated ? 0.7 : 0.55);
    add('country', address.country, stated ? 'json-ld' : 'dom', stated ? 0.7 : 0.6);
  }
  addPerson(signals, base.source, text);
}

/** The page's main person (people-interpret.ts), at the company the page is about. */
function addPerson(signals: Signal[], source: Signal['source'], text: PageText): void {
  if (signals.some((s) => s.entity === 'person')) return;
  const company = findSignal(signals, 'company', 'name')?.value;
  const name = typeof company === 'string' ? company : null;
  const person = mainPerson(text.people, [...text.companyLines, ...text.addressLines], name);
  if (!person) return;
  const push = (field: string, value: string | null) => {
    if (value) signals.push({ entity: 'person', field, value, source, confidence: 0.6 });
  };
  push('name', person.name);
  push('title', person.role);
  push('company', name);
}
