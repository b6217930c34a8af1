import { statusRank } from './list-row';
import { furthestStage } from '../model/stage';
import type { Answer, FieldMap, FieldValue, Prospect } from '../model/records';

/**
 * Pure merge rules, kept apart from Dexie so they can be property-tested.
 *
 * Field values: a value the rep typed (`source.method === 'rep'`) is never replaced by
 * one read from a page; otherwise the value captured later wins (ties go to the
 * incoming value, which is the rep's latest save).
 */

const time = (iso: string): number => {
  const t = Date.parse(iso);
  return Number.isNaN(t) ? -Infinity : t;
};

export function pickField(existing: FieldValue | undefined, incoming: FieldValue): FieldValue {
  if (!existing) return incoming;
  const oldRep = existing.source.method === 'rep';
  const newRep = incoming.source.method === 'rep';
  if (oldRep && !newRep) return existing;
  if (newRep && !oldRep) return incoming;
  return time(incoming.source.capturedAt) >= time(existing.source.capturedAt) ? incoming : existing;
}

/** Every field of both maps; where both have one, `pickField` decides. */
export function mergeFieldMaps(existing: FieldMap, incoming: FieldMap): FieldMap {
  const out: FieldMap = { ...existing };
  for (const [field, value] of Object.entries(incoming)) {
    out[field] = pickField(existing[field], value);
  }
  return out;
}

export interface Keyed {
  key: string;
  updatedAt: string;
}

/** How stored records that describe the same entity fold into one. */
export interface MergePlan<T extends Keyed> {
  /** The key the merged record is stored under. */
  finalKey: string;
  /** The stored record the save builds on (the "existing" one), if any. */
  target: T | null;
  /** Every stored record that folds into the merged one, oldest first. */
  sources: T[];
  /** Sources stored under another key: deleted, their references moved to `finalKey`. */
  absorbed: T[];
}

const newestFirst = <T extends Keyed>(a: T, b: T) =>
  time(b.updatedAt) - time(a.updatedAt) || a.key.localeCompare(b.key);

/**
 * Entities have a strong identifier (an account's domain, a contact's LinkedIn slug) and
 * a weak one (the company slug, the email). The key uses the strong one when known.
 *
 * - Saving *with* the strong identifier: every candidate without a strong identifier, or
 *   with the same one, is the same entity and folds under `domain:`/`li:` `desiredKey`.
 *   A candidate with a *different* strong identifier is another entity (a LinkedIn page
 *   already tied to another domain, an email shared by two profiles) and is left alone.
 * - Saving with the weak identifier only: the most recently updated candidate that has a
 *   strong identifier is the entity (its key is stronger); weak-only candidates fold
 *   into it.
 */
export function planMerge<T extends Keyed>(
  candidates: readonly T[],
  strong: string | null,
  strongOf: (c: T) => string | null,
  desiredKey: string,
): MergePlan<T> {
  const unique = [...new Map(candidates.map((c) => [c.key, c])).values()];
  const compatible = strong
    ? unique.filter((c) => strongOf(c) === null || strongOf(c) === strong)
    : unique;
  const ranked = [...compatible].sort(newestFirst);
  const withStrong = ranked.filter((c) => strongOf(c) !== null);
  const withoutStrong = ranked.filter((c) => strongOf(c) === null);
  const target = withStrong[0] ?? withoutStrong[0] ?? null;
  const finalKey = strong ? desiredKey : (target?.key ?? desiredKey);
  const chosen = strong ? ranked : [...new Set([...(target ? [target] : []), ...withoutStrong])];
  const sources = chosen.sort((a, b) => -newestFirst(a, b));
  return { finalKey, target, sources, absorbed: sources.filter((c) => c.key !== finalKey) };
}

/** The newest non-empty value of `pick` among records (newest last in `oldestFirst`). */
export function newest<T, V>(oldestFirst: readonly T[], pick: (r: T) => V | null): V | null {
  for (let i = oldestFirst.length - 1; i >= 0; i--) {
    const r = oldestFirst[i];
    const v = r === undefined ? null : pick(r);
    if (v !== null && v !== '') return v;
  }
  return null;
}

/**
 * Answers of two records per question: the later answer wins (`b` on a tie). A question
 * set back to unknown (`cleared`, with when) drops an answer given before that.
 */
export function mergeAnswers(
  a: Record<string, Answer>,
  b: Record<string, Answer>,
  cleared: Record<string, string> = {},
) {
  const out: Record<string, Answer> = { ...a };
  for (const [q, ans] of Object.entries(b)) {
    const mine = out[q];
    if (!mine || time(ans.answeredAt) >= time(mine.answeredAt)) out[q] = ans;
  }
  for (const [q, at] of Object.entries(cleared)) {
    const ans = out[q];
    if (ans && time(at) >= time(ans.answeredAt)) delete out[q];
  }
  return out;
}

function joinText(base: string, other: string, max: number): string {
  if (!other.trim() || base.includes(other)) return base;
  if (!base.trim()) return other.slice(0, max);
  return `${base}\n\n${other}`.slice(0, max);
}

/**
 * Two prospects of one person (or one account) found under two keys, as when a contact
 * first saved by email is later saved with their LinkedIn profile. The more recently
 * updated one leads; nothing the rep recorded is dropped: answers merge (newer answer
 * per question), notes and pain are appended, the stage further along wins with its outcome, createdAt is
 * the earlier one.
 */
export function mergeProspects(a: Prospect, b: Prospect, id: string): Prospect {
  const [lead, other] = time(a.updatedAt) >= time(b.updatedAt) ? [a, b] : [b, a];
  // The stage further along wins (a closed deal over an open one), with its outcome.
  const stageFrom = statusRank(other.status) > statusRank(lead.status) ? other : lead;
  return {
    ...lead,
    id,
    answers: mergeAnswers(other.answers, lead.answers),
    notes: joinText(lead.notes, other.notes, 10000),
    pain: joinText(lead.pain, other.pain, 2000),
    status: stageFrom.status,
    reached: furthestStage(a.reached, a.status, b.reached, b.status),
    outcome: stageFrom.outcome,
    score: lead.score ?? other.score,
    icpVersion: lead.score || !other.score ? lead.icpVersion : other.icpVersion,
    createdAt: time(a.createdAt) <= time(b.createdAt) ? a.createdAt : b.createdAt,
  };
}
