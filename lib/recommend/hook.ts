import type { Answer } from '../model/records';
import type { Evidence, Score } from '../model/score';
import type { Locale } from '../model/vocab';
import type { HookKind } from '../icp/hook-kinds';
import type { Icp } from '../icp/icp-schema';
import type { Framework } from '../qualify/framework-schema';
import type { Facts } from '../scoring/facts';
import type { HookData } from '../model/advice';

export type { HookData };

/**
 * A hook found in the evidence, ranked. Its evidence and `terms` (the words problems'
 * keywords are sought in) are worked out when asked: an angle uses one or two of the
 * hooks found, and a re-score of 10,000 prospects need not cite the rest.
 */
export interface Hook {
  kind: HookKind;
  /** What the sentence says; kept apart so that every hook has one object shape. */
  data: HookData;
  strength: number;
  evidence(): Evidence[];
  terms(): string;
}

/**
 * How strongly each kind opens a conversation, best first. The prospect's own words (the
 * pain, the timing they gave) beat what a page shows; a trigger (hiring, news) beats a
 * static trait (size, industry). A budget answer ranks low as an opener — nobody wants to
 * be reminded of their budget in a first line — but still steers the problem chosen.
 */
export const HOOK_STRENGTH: Record<HookKind, number> = {
  'recorded-pain': 100,
  'hiring-role': 90,
  'urgency-stated': 86,
  'new-location': 84,
  'recent-change': 80,
  'headcount-growth': 78,
  'tech-fit': 66,
  'competitor-switch': 62,
  'tech-gap': 56,
  'budget-stated': 52,
  'hiring-active': 50,
  'industry-proof': 46,
  'role-department': 42,
  'size-stage': 34,
};

/** Everything hooks are read from. */
export interface HookInput {
  facts: Facts;
  answers: Readonly<Record<string, Answer>>;
  pain: string;
  /** Whether the pain matched a problem (or the rep chose one): only then is it a hook. */
  painMatched?: boolean;
  icp: Icp;
  framework: Framework;
  locale: Locale;
  now: Date;
  /** The score of these facts under this ICP, when known: its lines by id give each criterion's status. */
  score?: Score;
}

/** A hook of `data`, ranked by its kind's strength times `factor` (an answer's decay). */
export function makeHook(
  data: HookData,
  evidence: () => Evidence[],
  terms: string | (() => string),
  factor = 1,
): Hook {
  return {
    kind: data.kind,
    data,
    strength: HOOK_STRENGTH[data.kind] * factor,
    evidence,
    terms: typeof terms === 'string' ? () => terms : terms,
  };
}
