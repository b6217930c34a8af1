import type { Message } from '../i18n';
import { statusTotals, workedOf, type InsightCounts } from './counts';
import type { DecidedRow } from './decided-row';
import { discountsByGrade } from './discounts';

/**
 * The three warning signs of chasing leads instead of customers. Each needs enough data
 * before it says anything; below that it says "not enough data yet" and how much more.
 * The thresholds are the team's rule of thumb, here in one place (signs.test.ts checks
 * both sides of every boundary).
 */
export const SIGN_THRESHOLDS = {
  /** Many contacts, few sales: fewer wins than this share of prospects worked. */
  contacts: { minWorked: 30, warnBelow: 0.05 },
  /** Follow-ups that never end: this share of open worked deals older than staleDays. */
  followUps: { minOpen: 20, staleDays: 90, warnFrom: 0.4 },
  /** Deals that only move with a discount: this share of wins needed one. */
  discounts: { minWins: 10, warnFrom: 0.5 },
} as const;

export const SIGN_IDS = ['contacts', 'followUps', 'discounts'] as const;
export type SignId = (typeof SIGN_IDS)[number];
export type SignState = 'notEnough' | 'warning' | 'fine';

export interface Sign {
  id: SignId;
  state: SignState;
  /** The verdict in plain words, with the figures behind it. */
  message: Message;
}

export interface SignInput {
  /** Prospects past 'new' (open or decided). */
  worked: number;
  won: number;
  /** Open deals past 'new' (contacted, meeting, proposal). */
  openWorked: number;
  /** Of those, captured more than staleDays ago. */
  stale: number;
  /** Wins that needed a discount; null while the decided rows are still being read. */
  discountedWins: number | null;
}

/**
 * The signs' figures from what the insights page reads: the counts of the range, its
 * stale deals in progress, and the decided rows (undefined while they are read).
 */
export function signInputOf(
  counts: InsightCounts,
  stale: number,
  decided: readonly DecidedRow[] | undefined,
): SignInput {
  const totals = statusTotals(counts);
  return {
    worked: workedOf(totals),
    won: totals.won,
    openWorked: totals.contacted + totals.meeting + totals.proposal,
    stale,
    discountedWins: decided
      ? (discountsByGrade(decided).find((l) => l.grade === '*')?.discounted ?? 0)
      : null,
  };
}

const percent = (part: number, whole: number) => Math.round((100 * part) / whole);

function sign(id: SignId, state: SignState, params: Message['params']): Sign {
  return { id, state, message: { key: `insights.sign.${id}.${state}`, params } };
}

export function contactsSign({ worked, won }: SignInput): Sign {
  const { minWorked, warnBelow } = SIGN_THRESHOLDS.contacts;
  if (worked < minWorked)
    return sign('contacts', 'notEnough', { count: worked, needed: minWorked });
  const params = { worked, won, rate: percent(won, worked) };
  return sign('contacts', won / worked < warnBelow ? 'warning' : 'fine', params);
}

export function followUpsSign({ openWorked, stale }: SignInput): Sign {
  const { minOpen, staleDays, warnFrom } = SIGN_THRESHOLDS.followUps;
  if (openWorked < minOpen)
    return sign('followUps', 'notEnough', { count: openWorked, needed: minOpen });
  const params = { open: openWorked, stale, days: staleDays, rate: percent(stale, openWorked) };
  return sign('followUps', stale / openWorked >= warnFrom ? 'warning' : 'fine', params);
}

export function discountsSign({ won, discountedWins }: SignInput): Sign | null {
  if (discountedWins === null) return null;
  const { minWins, warnFrom } = SIGN_THRESHOLDS.discounts;
  if (won < minWins) return sign('discounts', 'notEnough', { count: won, needed: minWins });
  const params = { won, discounted: discountedWins, rate: percent(discountedWins, won) };
  return sign('discounts', discountedWins / won >= warnFrom ? 'warning' : 'fine', params);
}
