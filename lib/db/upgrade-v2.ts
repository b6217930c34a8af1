import type { Transaction } from 'dexie';
import { emptyOutcome } from '../model/outcome';
import type { ProspectStatus } from '../model/vocab';
import { joinRecords } from './prospect-rows';
import { rowsOf } from './sync-rows';

/**
 * Version 1 kept the verdict in `status` (new, qualified, nurture, disqualified) and the
 * rep's progress in `outcome` (none, meeting, proposal, won, lost, with `outcomeAt`).
 * Version 2 makes the status the rep's stage: the old outcome becomes it (meeting and
 * proposal were stages all along), everything else starts again at 'new' — the verdict
 * is still in the score. A won or lost deal gets an outcome dated when it was recorded.
 */
export function prospectFromV1(raw: Record<string, unknown>): Record<string, unknown> {
  const { outcome, outcomeAt, ...rest } = raw;
  const stage: ProspectStatus =
    outcome === 'meeting' || outcome === 'proposal' || outcome === 'won' || outcome === 'lost'
      ? outcome
      : 'new';
  const when = [outcomeAt, raw.updatedAt].find((d) => typeof d === 'string' && !!Date.parse(d));
  const day = new Date(Date.parse(when as string)).toISOString().slice(0, 10);
  return {
    ...rest,
    status: stage,
    outcome: stage === 'won' || stage === 'lost' ? emptyOutcome(day) : null,
    nextStep: null,
    revisitAt: null,
  };
}

/** Reshapes every prospect, then builds the list's rows from what now parses. */
export async function upgradeToV2(tx: Transaction): Promise<void> {
  const prospects = tx.table('prospects');
  const reshaped = ((await prospects.toArray()) as Record<string, unknown>[]).map((p) =>
    // A record too broken to read a date from stays as it was: unreadable, as before.
    typeof p.updatedAt === 'string' && Date.parse(p.updatedAt) ? prospectFromV1(p) : p,
  );
  await prospects.bulkPut(reshaped);
  const [accounts, contacts] = await Promise.all([
    tx.table('accounts').toArray(),
    tx.table('contacts').toArray(),
  ]);
  await tx.table('rows').bulkPut(rowsOf(joinRecords(reshaped, accounts, contacts).joined));
}
