import type { Account, Answer, Contact, Prospect } from '../model/records';
import { isClosed, type ClosedStatus } from '../model/vocab';
import { factsFromFields, type Facts } from '../scoring/facts';

/** One closed deal as calibration reads it: what was known, what was answered, how it ended. */
export interface Sample {
  id: string;
  facts: Facts;
  answers: Readonly<Record<string, Answer>>;
  outcome: ClosedStatus;
}

export interface OutcomeCounts {
  won: number;
  lost: number;
  noDecision: number;
}

/** A stored prospect with its records as a sample; null while its deal is open. */
export function sampleOf(
  prospect: Pick<Prospect, 'id' | 'status' | 'answers'>,
  account: Pick<Account, 'fields'> | null,
  contact: Pick<Contact, 'fields'> | null,
): Sample | null {
  if (!isClosed(prospect.status)) return null;
  return {
    id: prospect.id,
    facts: factsFromFields(contact?.fields ?? null, account?.fields ?? null),
    answers: prospect.answers,
    outcome: prospect.status,
  };
}

export function countOutcomes(samples: readonly Pick<Sample, 'outcome'>[]): OutcomeCounts {
  const counts: OutcomeCounts = { won: 0, lost: 0, noDecision: 0 };
  for (const s of samples) {
    if (s.outcome === 'won') counts.won++;
    else if (s.outcome === 'lost') counts.lost++;
    else counts.noDecision++;
  }
  return counts;
}

/** Won against everything else: a deal nobody decided on is not a win either. */
export const isWon = (s: Pick<Sample, 'outcome'>): boolean => s.outcome === 'won';
