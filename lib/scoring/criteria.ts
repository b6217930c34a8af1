import type { Evidence } from '../model/score';
import type { DisqualificationReason } from '../model/vocab';
import { resolveCountry, resolveTerritory } from '../icp/countries';
import { fold, hasPhrase } from '../icp/fold';
import type { Criterion, CriterionOf } from '../icp/icp-schema';
import { missingEvidence, signalEvidence } from './evidence';
import {
  factList,
  factNumber,
  factString,
  foldedFact,
  foldedItems,
  type Fact,
  type Facts,
} from './facts';

/**
 * `unmet` only on a positive contrary fact; no evidence is `unknown`. `na` ("not applicable
 * yet") is a criterion the prospect cannot show at all so far: a person criterion when no
 * person is known (a company page). It counts neither as known nor in the confidence.
 */
export type CriterionStatus = 'met' | 'unmet' | 'unknown' | 'na';

export interface CriterionResult {
  status: CriterionStatus;
  evidence: Evidence[];
  /** The disqualification reason this criterion stands for, when unmet. */
  failReason: DisqualificationReason | null;
}

/**
 * The result of a criterion whose facts are missing. One frozen object per set of fields:
 * it is the same for every prospect that lacks them, and nothing mutates a result.
 */
function unknownOf(...fields: string[]): CriterionResult {
  const evidence = Object.freeze(fields.map((f) => Object.freeze(missingEvidence(f))));
  return Object.freeze({ status: 'unknown', evidence: evidence as Evidence[], failReason: null });
}
const UNKNOWN = {
  industry: unknownOf('company.industry'),
  size: unknownOf('company.employeesMin', 'company.employeesMax'),
  country: unknownOf('company.country'),
  tech: unknownOf('company.tech'),
  hiring: unknownOf('company.hiring'),
  seniority: unknownOf('person.seniority'),
  department: unknownOf('person.department'),
  keyword: unknownOf('company.description', 'person.title'),
} as const satisfies Record<Criterion['kind'], CriterionResult>;

/** The person criteria of a prospect with no person: nobody to have a seniority yet. */
function notApplicableOf(field: string): CriterionResult {
  const evidence = Object.freeze([Object.freeze(missingEvidence(field))]);
  return Object.freeze({ status: 'na', evidence: evidence as Evidence[], failReason: null });
}
const NOT_APPLICABLE = {
  seniority: notApplicableOf('person.seniority'),
  department: notApplicableOf('person.department'),
} as const;

const SHARED = new Set<CriterionResult>([
  ...Object.values(UNKNOWN),
  ...Object.values(NOT_APPLICABLE),
]);
/** Whether `r` is a shared result: a criterion with no known fact, or not applicable yet. */
export const isShared = (r: CriterionResult): boolean => SHARED.has(r);

function result(
  met: boolean,
  evidence: Evidence[],
  reason: DisqualificationReason,
): CriterionResult {
  return { status: met ? 'met' : 'unmet', evidence, failReason: met ? null : reason };
}

/** A criterion's folded phrases, and which folded texts contain one, per criterion object. */
interface Phrases {
  list: string[];
  /** Industries, titles and tools recur across prospects: each text is searched once. */
  seen: Map<string, boolean>;
}
const prepared = new WeakMap<Criterion, Phrases>();
const SEEN_LIMIT = 2048;

function phrasesOf(c: CriterionOf<'industry' | 'tech' | 'keyword'>): Phrases {
  let p = prepared.get(c);
  if (!p) {
    p = { list: c.params.values.map(fold).filter(Boolean), seen: new Map() };
    prepared.set(c, p);
  }
  return p;
}

/**
 * Whether folded `text` contains one of the criterion's phrases at a word start; a tool's
 * name may also equal a phrase outright (for tech lists, where a phrase is a whole item).
 */
function mentions(c: CriterionOf<'industry' | 'tech' | 'keyword'>, text: string): boolean {
  const p = phrasesOf(c);
  let hit = p.seen.get(text);
  if (hit === undefined) {
    hit = p.list.some((w) => text === w || hasPhrase(text, w));
    if (p.seen.size >= SEEN_LIMIT) p.seen.clear();
    p.seen.set(text, hit);
  }
  return hit;
}

const territories = new WeakMap<Criterion, Set<string>>();
function territory(c: CriterionOf<'country'>): Set<string> {
  let t = territories.get(c);
  if (!t) {
    t = new Set(c.params.values.flatMap((v) => resolveTerritory(v) ?? []));
    territories.set(c, t);
  }
  return t;
}

/** The first of the company's technologies that tech criterion `c` names, as the page wrote it. */
export function techNamed(c: CriterionOf<'tech'>, facts: Facts): string | undefined {
  const fact = facts.company.tech;
  const tech = factList(fact);
  if (!fact || !tech) return undefined;
  const folded = foldedItems(fact);
  return tech.find((_, i) => mentions(c, folded[i] ?? ''));
}

function industry(c: CriterionOf<'industry'>, facts: Facts): CriterionResult {
  const fact = facts.company.industry;
  if (!fact) return UNKNOWN.industry;
  const met = mentions(c, foldedFact(fact));
  return result(met, [signalEvidence('company', 'industry', fact)], 'outside-industry');
}

function size(c: CriterionOf<'size'>, facts: Facts): CriterionResult {
  const minFact = facts.company.employeesMin;
  const maxFact = facts.company.employeesMax;
  const lo = factNumber(minFact);
  const hi = factNumber(maxFact);
  if (lo === null && hi === null) return UNKNOWN.size;
  // An open band ("10,001+") has no upper end; a bare maximum ("up to 50") starts at 1.
  const from = lo ?? 1;
  const to = hi ?? Number.POSITIVE_INFINITY;
  const wantMax = c.params.max ?? Number.POSITIVE_INFINITY;
  const evidence: Evidence[] = [];
  if (minFact && lo !== null) evidence.push(signalEvidence('company', 'employeesMin', minFact));
  if (maxFact && hi !== null) evidence.push(signalEvidence('company', 'employeesMax', maxFact));
  const met = from <= wantMax && to >= c.params.min;
  return result(met, evidence, to < c.params.min ? 'too-small' : 'too-large');
}

/** Where a territory can be read from, best first: the company's country, then locations. */
const COUNTRY_SOURCES = [
  ['company', 'country'],
  ['company', 'location'],
  ['person', 'location'],
] as const;

function country(c: CriterionOf<'country'>, facts: Facts): CriterionResult {
  let seen: Evidence[] | null = null;
  for (let i = 0; i < COUNTRY_SOURCES.length; i++) {
    const [entity, field] = COUNTRY_SOURCES[i] as (typeof COUNTRY_SOURCES)[number];
    const fact = facts[entity][field];
    const text = factString(fact);
    if (!fact || text === null) continue;
    const code = resolveCountry(text);
    const ev = signalEvidence(entity, field, fact);
    if (!code) {
      (seen ??= []).push(ev);
      continue;
    }
    return result(territory(c).has(code), [ev], 'outside-territory');
  }
  // A place nobody can place ("Springfield") is still unknown: it must not lower the fit.
  return seen ? { status: 'unknown', evidence: seen, failReason: null } : UNKNOWN.country;
}

function tech(c: CriterionOf<'tech'>, facts: Facts): CriterionResult {
  const fact = facts.company.tech;
  if (!fact || !Array.isArray(fact.value) || fact.value.length === 0) return UNKNOWN.tech;
  const hit = foldedItems(fact).some((u) => mentions(c, u));
  const evidence = [signalEvidence('company', 'tech', fact)];
  return c.params.mode === 'any'
    ? result(hit, evidence, 'missing-technology')
    : result(!hit, evidence, 'competitor-or-partner');
}

function hiring(c: CriterionOf<'hiring'>, facts: Facts): CriterionResult {
  const flag = facts.company.hiring;
  const roles = facts.company.hiringRoles;
  let value: boolean | null = null;
  let ev: Evidence | null = null;
  if (flag && typeof flag.value === 'boolean') {
    value = flag.value;
    ev = signalEvidence('company', 'hiring', flag);
  } else if (roles && Array.isArray(roles.value) && roles.value.length) {
    value = true;
    ev = signalEvidence('company', 'hiringRoles', roles);
  }
  if (value === null || !ev) return UNKNOWN.hiring;
  return result(value === c.params.value, [ev], 'other');
}

function hasAnyFact(entity: Facts['person']): boolean {
  for (const field in entity) if (entity[field]) return true;
  return false;
}

function personEnum(
  c: CriterionOf<'seniority'> | CriterionOf<'department'>,
  facts: Facts,
): CriterionResult {
  const field = c.kind;
  if (!hasAnyFact(facts.person)) return NOT_APPLICABLE[field];
  const fact = facts.person[field];
  const value = factString(fact);
  if (!fact || value === null) return UNKNOWN[field];
  const met = (c.params.values as readonly string[]).includes(value);
  return result(met, [signalEvidence('person', field, fact)], 'wrong-role');
}

const KEYWORD_SOURCES = [
  ['company', 'description'],
  ['company', 'specialties'],
  ['company', 'industry'],
  ['person', 'title'],
] as const;

function keyword(c: CriterionOf<'keyword'>, facts: Facts): CriterionResult {
  let anyKnown = false;
  for (let i = 0; i < KEYWORD_SOURCES.length; i++) {
    const [entity, field] = KEYWORD_SOURCES[i] as (typeof KEYWORD_SOURCES)[number];
    const fact: Fact | undefined = facts[entity][field];
    if (!fact) continue;
    anyKnown = true;
    if (mentions(c, foldedFact(fact)))
      return result(true, [signalEvidence(entity, field, fact)], 'other');
  }
  if (!anyKnown) return UNKNOWN.keyword;
  // Not found is still unknown: a description or a title that does not say "B2B" does not
  // say the company sells to consumers. The sources read are the evidence.
  const read: Evidence[] = [];
  for (let i = 0; i < KEYWORD_SOURCES.length; i++) {
    const [entity, field] = KEYWORD_SOURCES[i] as (typeof KEYWORD_SOURCES)[number];
    const fact: Fact | undefined = facts[entity][field];
    if (fact) read.push(signalEvidence(entity, field, fact));
  }
  return { status: 'unknown', evidence: read, failReason: null };
}

/** Whether the facts meet one ICP criterion, with the facts it read as evidence. */
export function evaluateCriterion(c: Criterion, facts: Facts): CriterionResult {
  switch (c.kind) {
    case 'industry':
      return industry(c, facts);
    case 'size':
      return size(c, facts);
    case 'country':
      return country(c, facts);
    case 'tech':
      return tech(c, facts);
    case 'hiring':
      return hiring(c, facts);
    case 'seniority':
    case 'department':
      return personEnum(c, facts);
    case 'keyword':
      return keyword(c, facts);
  }
}
