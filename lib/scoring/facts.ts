import type { FieldMap } from '../model/records';
import type { Signal } from '../model/signal';
import { fold } from '../icp/fold';

export type FactValue = string | number | boolean | string[];

/** One known value and where it came from ('rep' when the rep typed or corrected it). */
export interface Fact {
  value: FactValue;
  method?: string;
  url?: string;
}

/** What is known about a prospect, keyed by the signal field names of lib/model/vocab. */
export interface Facts {
  person: Partial<Record<string, Fact>>;
  company: Partial<Record<string, Fact>>;
}

export const emptyFacts = (): Facts => ({ person: {}, company: {} });

/** Empty strings and lists say nothing: they are dropped so that they stay unknown. */
function clean(value: unknown): FactValue | null {
  if (typeof value === 'string') return value.trim() ? value.trim() : null;
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value === 'boolean') return value;
  if (Array.isArray(value)) {
    const list = value.filter((v): v is string => typeof v === 'string' && v.trim() !== '');
    return list.length ? list.map((v) => v.trim()) : null;
  }
  return null;
}

/**
 * Facts from a capture's signals. When a field has several signals the rep's own value
 * wins, then the most confident one, then the first (readers add sources in order of trust).
 */
export function factsFromSignals(signals: readonly Signal[]): Facts {
  const facts = emptyFacts();
  const rank = new Map<string, number>();
  for (const s of signals) {
    const value = clean(s.value);
    if (value === null) continue;
    const key = `${s.entity}.${s.field}`;
    const r = (s.source.method === 'rep' ? 2 : 0) + s.confidence;
    if ((rank.get(key) ?? -1) >= r) continue;
    rank.set(key, r);
    facts[s.entity][s.field] = { value, method: s.source.method, url: s.source.url };
  }
  return facts;
}

function fromFieldMap(fields: FieldMap | null): Partial<Record<string, Fact>> {
  const out: Partial<Record<string, Fact>> = {};
  if (!fields) return out;
  for (const [field, fv] of Object.entries(fields)) {
    const value = clean(fv.value);
    if (value !== null) out[field] = { value, method: fv.source.method, url: fv.source.url };
  }
  return out;
}

/** Facts from stored records (an account's and a contact's fields). */
export function factsFromFields(
  companyFields: FieldMap | null,
  personFields: FieldMap | null,
): Facts {
  return { person: fromFieldMap(personFields), company: fromFieldMap(companyFields) };
}

function fromPlain(obj: Record<string, unknown> | null | undefined): Partial<Record<string, Fact>> {
  const out: Partial<Record<string, Fact>> = {};
  for (const [field, raw] of Object.entries(obj ?? {})) {
    const value = clean(raw);
    if (value !== null) out[field] = { value };
  }
  return out;
}

/** Facts from the plain person/company objects `npm run signals` prints (no provenance). */
export function factsFromPlain(
  person: Record<string, unknown> | null | undefined,
  company: Record<string, unknown> | null | undefined,
): Facts {
  return { person: fromPlain(person), company: fromPlain(company) };
}

/** A fact's value as text: lists joined with ", ". */
export function factText(fact: Fact): string {
  return Array.isArray(fact.value) ? fact.value.join(', ') : String(fact.value);
}

export function factString(fact: Fact | undefined): string | null {
  return fact && typeof fact.value === 'string' ? fact.value : null;
}

export function factNumber(fact: Fact | undefined): number | null {
  return fact && typeof fact.value === 'number' ? fact.value : null;
}

export function factList(fact: Fact | undefined): string[] | null {
  if (!fact) return null;
  if (Array.isArray(fact.value)) return fact.value;
  return typeof fact.value === 'string' ? [fact.value] : null;
}

const folded = new WeakMap<Fact, string>();

/** The fact folded for matching, cached: the same facts are read by every criterion. */
export function foldedFact(fact: Fact): string {
  let f = folded.get(fact);
  if (f === undefined) {
    f = fold(factText(fact));
    folded.set(fact, f);
  }
  return f;
}

const foldedLists = new WeakMap<Fact, string[]>();

/** Each item of a list fact folded, cached like `foldedFact`. */
export function foldedItems(fact: Fact): string[] {
  let f = foldedLists.get(fact);
  if (f === undefined) {
    f = (Array.isArray(fact.value) ? fact.value : [String(fact.value)]).map(fold);
    foldedLists.set(fact, f);
  }
  return f;
}
