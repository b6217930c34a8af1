import type { Answer, AnswerValue, FieldMap, FieldValue } from '../model/records';
import type { FactEdits, StampedText, Unsaved } from '../model/unsaved';
import type { Entity } from '../model/vocab';
import type { Draft } from './page-facts';

/**
 * The rep's unsaved work on one prospect (model/unsaved.ts) and how it meets everything
 * else: laid over a fresh reading without losing an edit, merged with another panel's
 * work entry by entry (the later entry wins), and settled by a save (what was saved goes,
 * anything newer stays). Pure; lib/db stores it, the side panel edits it.
 */

/** What the panel shows and saves: facts, answers, pain and notes. */
export interface Work {
  facts: Draft;
  answers: Record<string, Answer>;
  pain: string;
  notes: string;
}

const time = (iso: string | undefined): number => {
  const t = iso === undefined ? NaN : Date.parse(iso);
  return Number.isNaN(t) ? -Infinity : t;
};

const noEdits = (): FactEdits => ({ set: {}, cleared: {} });

export function emptyUnsaved(id: string, now: Date): Unsaved {
  return {
    id,
    answers: {},
    clearedAnswers: {},
    pain: null,
    notes: null,
    facts: { person: noEdits(), company: noEdits() },
    updatedAt: now.toISOString(),
  };
}

const size = (r: object) => Object.keys(r).length;

/** Nothing the rep did is waiting to be saved. */
export function isEmptyUnsaved(u: Unsaved): boolean {
  const f = u.facts;
  return (
    size(u.answers) + size(u.clearedAnswers) === 0 &&
    u.pain === null &&
    u.notes === null &&
    size(f.person.set) + size(f.person.cleared) + size(f.company.set) + size(f.company.cleared) ===
      0
  );
}

/** Answers with what the rep answered or set back to unknown laid over them. */
function answersWith(base: Record<string, Answer>, u: Unsaved): Record<string, Answer> {
  const out = { ...base };
  for (const [q, a] of Object.entries(u.answers)) {
    if (time(a.answeredAt) >= time(out[q]?.answeredAt)) out[q] = a;
  }
  for (const [q, at] of Object.entries(u.clearedAnswers)) {
    if (out[q] && time(at) >= time(out[q].answeredAt)) delete out[q];
  }
  return out;
}

function factsWith(base: FieldMap, edits: FactEdits): FieldMap {
  const out = { ...base, ...edits.set };
  for (const field of Object.keys(edits.cleared)) delete out[field];
  return out;
}

/**
 * A reading (the page's facts with what is stored laid over them) with the rep's unsaved
 * work laid over it: a re-read brings the page's new facts in, and every field the rep set
 * or cleared, every answer, the pain and the notes stay as the rep left them.
 */
export function applyUnsaved(base: Work, u: Unsaved | null): Work {
  if (!u) return base;
  return {
    facts: {
      person: factsWith(base.facts.person, u.facts.person),
      company: factsWith(base.facts.company, u.facts.company),
    },
    answers: answersWith(base.answers, u),
    pain: u.pain?.text ?? base.pain,
    notes: u.notes?.text ?? base.notes,
  };
}

/**
 * The rep answered a question (or set it back to unknown: `null`); `note` is the email
 * sentence of a suggestion the rep accepted (at most 200 characters).
 */
export function withAnswer(
  u: Unsaved,
  q: string,
  value: AnswerValue | null,
  now: Date,
  note?: string,
): Unsaved {
  const at = now.toISOString();
  const answers = { ...u.answers };
  const clearedAnswers = { ...u.clearedAnswers };
  if (value === null) {
    delete answers[q];
    clearedAnswers[q] = at;
  } else {
    answers[q] = note ? { value, answeredAt: at, note } : { value, answeredAt: at };
    delete clearedAnswers[q];
  }
  return { ...u, answers, clearedAnswers, updatedAt: at };
}

export function withText(u: Unsaved, which: 'pain' | 'notes', text: string, now: Date): Unsaved {
  const at = now.toISOString();
  return { ...u, [which]: { text, at }, updatedAt: at };
}

/**
 * The fields the rep changed between two drafts of the facts (an edit can change more
 * than one: a corrected website re-derives the domain) recorded as set or cleared.
 */
export function withFactEdits(u: Unsaved, entity: Entity, before: Draft, after: Draft, now: Date) {
  const at = now.toISOString();
  const set = { ...u.facts[entity].set };
  const cleared = { ...u.facts[entity].cleared };
  const fields = new Set([...Object.keys(before[entity]), ...Object.keys(after[entity])]);
  for (const field of fields) {
    const next = after[entity][field];
    if (next === before[entity][field]) continue;
    if (next) {
      set[field] = next;
      delete cleared[field];
    } else {
      cleared[field] = at;
      delete set[field];
    }
  }
  return { ...u, facts: { ...u.facts, [entity]: { set, cleared } }, updatedAt: at };
}

/** Per key, the later of two timed entries; `b` on a tie (the incoming one). */
function later<T>(a: Record<string, T>, b: Record<string, T>, at: (v: T) => string) {
  const out = { ...a };
  for (const [k, v] of Object.entries(b)) {
    const mine = out[k];
    if (mine === undefined || time(at(v)) >= time(at(mine))) out[k] = v;
  }
  return out;
}

/** Set and cleared of one key are one register: whichever happened last stands. */
function register<S, C>(
  set: Record<string, S>,
  cleared: Record<string, C>,
  setAt: (v: S) => string,
  clearedAt: (v: C) => string,
): { set: Record<string, S>; cleared: Record<string, C> } {
  const s = { ...set };
  const c = { ...cleared };
  for (const [k, v] of Object.entries(c)) {
    const other = s[k];
    if (other === undefined) continue;
    if (time(clearedAt(v)) >= time(setAt(other))) delete s[k];
    else delete c[k];
  }
  return { set: s, cleared: c };
}

const fieldAt = (v: FieldValue) => v.source.capturedAt;
const answerAt = (a: Answer) => a.answeredAt;
const same = (iso: string) => iso;

function mergeEdits(a: FactEdits, b: FactEdits): FactEdits {
  return register(later(a.set, b.set, fieldAt), later(a.cleared, b.cleared, same), fieldAt, same);
}

function laterText(a: StampedText | null, b: StampedText | null): StampedText | null {
  if (!a || !b) return b ?? a;
  return time(b.at) >= time(a.at) ? b : a;
}

/** Two panels' work on one prospect: every entry of both, the later where they overlap. */
export function mergeUnsaved(a: Unsaved, b: Unsaved, id: string = b.id): Unsaved {
  const answers = register(
    later(a.answers, b.answers, answerAt),
    later(a.clearedAnswers, b.clearedAnswers, same),
    answerAt,
    same,
  );
  return {
    id,
    answers: answers.set,
    clearedAnswers: answers.cleared,
    pain: laterText(a.pain, b.pain),
    notes: laterText(a.notes, b.notes),
    facts: {
      person: mergeEdits(a.facts.person, b.facts.person),
      company: mergeEdits(a.facts.company, b.facts.company),
    },
    updatedAt: time(a.updatedAt) > time(b.updatedAt) ? a.updatedAt : b.updatedAt,
  };
}

/** Entries of `stored` newer than the same entry of `saved` (absent there: kept). */
function newer<T>(stored: Record<string, T>, saved: Record<string, T>, at: (v: T) => string) {
  return Object.fromEntries(
    Object.entries(stored).filter(([k, v]) => {
      const s = saved[k];
      return s === undefined || time(at(v)) > time(at(s));
    }),
  );
}

const newerEdits = (stored: FactEdits, saved: FactEdits): FactEdits => ({
  set: newer(stored.set, saved.set, fieldAt),
  cleared: newer(stored.cleared, saved.cleared, same),
});

const newerText = (stored: StampedText | null, saved: StampedText | null) =>
  stored && (!saved || time(stored.at) > time(saved.at)) ? stored : null;

/**
 * What is left of the stored work once `saved` (the work a panel just saved) is in the
 * prospect: entries the save included go, newer ones (another panel's) stay. Null when
 * nothing is left.
 */
export function settleUnsaved(stored: Unsaved, saved: Unsaved): Unsaved | null {
  const left: Unsaved = {
    ...stored,
    answers: newer(stored.answers, saved.answers, answerAt),
    clearedAnswers: newer(stored.clearedAnswers, saved.clearedAnswers, same),
    pain: newerText(stored.pain, saved.pain),
    notes: newerText(stored.notes, saved.notes),
    facts: {
      person: newerEdits(stored.facts.person, saved.facts.person),
      company: newerEdits(stored.facts.company, saved.facts.company),
    },
  };
  return isEmptyUnsaved(left) ? null : left;
}
