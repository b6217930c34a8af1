import type { FieldMap, FieldValue } from '../model/records';
import type { Signal, SignalValue } from '../model/signal';
import type { Entity } from '../model/vocab';
import { fold } from '../icp/fold';

/**
 * A value the engine reasons on: a stored field (a FieldValue) as it is — facts read from
 * storage are the stored objects themselves — or a value whose provenance is partly or not
 * known (the plain objects `npm run score` reads, test patches).
 */
export type Fact = Pick<FieldValue, 'value'> & {
  source?: Partial<Pick<FieldValue['source'], 'method' | 'url'>>;
};

/** What is known about a prospect, keyed by the signal field names of lib/model/vocab. */
export type Facts = Record<Entity, Partial<Record<string, Fact>>>;

export const emptyFacts = (): Facts => ({ person: {}, company: {} });

/**
 * Empty strings and lists say nothing: they are dropped so that they stay unknown. A value
 * that needs no cleaning comes back as the same value (the same list), so callers can tell.
 */
function clean(value: unknown): SignalValue | null {
  if (typeof value === 'string') {
    const trimmed = value.trim();
    return trimmed ? trimmed : null;
  }
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value === 'boolean') return value;
  if (Array.isArray(value)) {
    if (value.length && value.every((v) => typeof v === 'string' && v !== '' && v.trim() === v))
      return value as string[];
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
    facts[s.entity][s.field] = { value, source: s.source };
  }
  return facts;
}

/**
 * A stored field map as facts. Stored values are clean as a rule, and then the map itself
 * is the facts (a re-score reads 10,000 of them: nothing is copied). Otherwise a copy with
 * the values cleaned and the empty ones dropped; the stored map is never changed.
 */
function fromFieldMap(fields: FieldMap | null): Partial<Record<string, Fact>> {
  if (!fields) return {};
  let copy: Partial<Record<string, Fact>> | null = null;
  // for…in, not Object.entries: no array of pairs per record.
  for (const field in fields) {
    if (!Object.hasOwn(fields, field)) continue;
    const fv = fields[field];
    const value = fv ? clean(fv.value) : null;
    if (fv && value === fv.value) {
      if (copy) copy[field] = fv;
      continue;
    }
    if (!copy) copy = upTo(fields, field);
    if (fv && value !== null) copy[field] = { value, source: fv.source };
  }
  return copy ?? fields;
}

/** The fields before `stop`, as they are (all of them clean, or a copy would have begun). */
function upTo(fields: FieldMap, stop: string): Partial<Record<string, Fact>> {
  const out: Partial<Record<string, Fact>> = {};
  for (const field in fields) {
    if (field === stop) break;
    if (Object.hasOwn(fields, field) && fields[field]) out[field] = fields[field];
  }
  return out;
}

/** Facts from stored records (a contact's and an account's fields). */
export function factsFromFields(
  personFields: FieldMap | null,
  companyFields: FieldMap | null,
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
  const v = fact.value;
  return typeof v === 'string' ? v : Array.isArray(v) ? v.join(', ') : String(v);
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

/**
 * The fact folded for matching. No per-fact cache: facts are rebuilt from storage for every
 * re-score, and a WeakMap entry per fact costs the garbage collector more than `fold`'s own
 * bounded memo (keyed by text, so it serves every prospect sharing an industry or title).
 */
export function foldedFact(fact: Fact): string {
  return fold(typeof fact.value === 'string' ? fact.value : factText(fact));
}

/** Each item of a list fact folded (a single value as a one-item list). */
export function foldedItems(fact: Fact): string[] {
  return Array.isArray(fact.value) ? fact.value.map(fold) : [fold(String(fact.value))];
}
