import { SENIORITIES, type Department, type Seniority } from '../model/vocab';
import {
  ASSISTANT,
  CASED_DEPARTMENT_RULES,
  DEPARTMENT_RULES,
  GENERAL_MANAGEMENT,
  INTERN,
  OTHER_ROLE,
  SENIORITY_RULES,
  type Rule,
} from './title-rules';

export interface TitleClass {
  seniority: Seniority | null;
  department: Department | null;
}

const MAX_TITLE = 300;

/**
 * Seniority and department of a job title or LinkedIn headline, in Spanish or English.
 *
 * A headline often holds several parts ("CEO at Acme | Speaker", "Fundadora en X ·
 * Mentora"): the first part that names a rank is the role (else the first that names a
 * department); within it, the highest rank wins ("Founder & CEO" → owner). The employer
 * after "at"/"@"/"en" is not read, so "CEO at Ventas Online" stays general management —
 * except that a Spanish role with no department of its own takes it from its "en"
 * complement ("Especialista en Marketing").
 *
 * Unknown stays unknown: an unranked title ("Software Engineer") has seniority null.
 */
export function classifyTitle(title: string): TitleClass {
  const parts = splitParts(String(title ?? '').slice(0, MAX_TITLE));
  const read = parts.map(classifyPart);
  const chosen =
    read.find((r) => r.seniority !== null) ?? read.find((r) => r.department !== null) ?? read[0];
  return chosen ?? { seniority: null, department: null };
}

/** Headline separators: bars, bullets, dashes and a spaced slash divide roles. */
function splitParts(title: string): string[] {
  return title
    .split(/\s*[|·•▪●►]\s*|\s+[-–—]\s+|\s+\/\s+/)
    .map((p) => p.trim())
    .filter(Boolean)
    .slice(0, 8);
}

function classifyPart(part: string): TitleClass {
  const { role, complement } = splitEmployer(part);
  const cased = normalise(role);
  const n = cased.toLowerCase();
  if (!n.trim()) return { seniority: null, department: null };

  const seniority = readSeniority(n);
  let department = readDepartment(cased);
  if (!department && complement !== null && !looksLikeCompany(complement))
    department = readDepartment(normalise(complement));
  if (!department && (seniority === 'owner' || GENERAL_MANAGEMENT.test(n.trim())))
    department = 'general-management';
  if (!department && OTHER_ROLE.test(n)) department = 'other';
  return { seniority, department };
}

/**
 * "Jefa de Ventas en Acme" → role "Jefa de Ventas". Only a Spanish "en" complement is
 * kept for a second look: "at"/"@" always introduce the employer.
 */
function splitEmployer(part: string): { role: string; complement: string | null } {
  const at = /\s+(?:at|@)\s+|@/i.exec(part);
  const en = /\s+en\s+/i.exec(part);
  if (at && (!en || at.index < en.index))
    return { role: part.slice(0, at.index), complement: null };
  if (en) return { role: part.slice(0, en.index), complement: part.slice(en.index + en[0].length) };
  return { role: part, complement: null };
}

/** Legal-form suffixes mark an employer, whose name says nothing of the role's team. */
function looksLikeCompany(s: string): boolean {
  return /\b(S\.?L\.?U?|S\.?A\.?|S\.?C\.?|Inc|Ltd|LLC|GmbH|Group|Grupo|Corp)\.?(\s|$)/.test(s);
}

function stripAccents(s: string): string {
  return s.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
}

/**
 * No accents, punctuation as spaces (keeping `+`/`&` for I+D, R&D, FP&A), padded. Case is
 * kept so the cased acronyms can be read at the same offsets as the lower-cased text.
 */
function normalise(s: string): string {
  const folded = stripAccents(s)
    .replace(/[^A-Za-z0-9+&]+/g, ' ')
    .trim();
  return ` ${folded} `;
}

const RANK = (s: Seniority): number => SENIORITIES.length - SENIORITIES.indexOf(s);

function readSeniority(n: string): Seniority | null {
  if (INTERN.test(n)) return 'intern';
  if (ASSISTANT.test(n)) return 'entry';
  if (
    /^ partner( |$)/.test(n) &&
    !/^ partner (manager|success|marketing|sales|account|program)/.test(n)
  )
    return 'owner';
  let best: Seniority | null = null;
  for (const { value } of applyRules(n, SENIORITY_RULES)) {
    if (value && (best === null || RANK(value) > RANK(best))) best = value;
  }
  return best;
}

function readDepartment(cased: string): Department | null {
  const found = applyRules(cased.toLowerCase(), DEPARTMENT_RULES).filter((m) => m.value !== null);
  for (const m of applyRules(cased, CASED_DEPARTMENT_RULES)) found.push(m);
  found.sort((a, b) => a.index - b.index);
  return found[0]?.value ?? null;
}

/** Runs rules in order; each match blanks its text so later, looser rules skip it. */
function applyRules<T>(input: string, rules: readonly Rule<T>[]): { value: T; index: number }[] {
  let work = input;
  const out: { value: T; index: number }[] = [];
  for (const [re, value] of rules) {
    let hit = false;
    for (const m of work.matchAll(re)) {
      out.push({ value, index: m.index });
      hit = true;
    }
    if (hit) work = work.replace(re, (s) => ' '.repeat(s.length));
  }
  return out;
}
