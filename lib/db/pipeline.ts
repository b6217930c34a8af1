import { z } from 'zod';
import { OutcomeSchema, emptyOutcome, type Outcome } from '../model/outcome';
import { ProspectSchema, type Prospect } from '../model/records';
import { furthestStage } from '../model/stage';
import { CLOSED_STATUSES, PROSPECT_STATUSES, isClosed, type ProspectStatus } from '../model/vocab';
import type { CribaDB } from './database';
import { guardQuota } from './errors';
import { syncRows } from './sync-rows';
import { readValid, validated } from './validate';
import { rowTables } from './row-writes';
import { transact } from './transact';

/**
 * The rep moving prospects along the pipeline, one or many at once (the list's bulk
 * actions), each call one transaction with the rows it changes. A closed stage (won,
 * lost, no decision) always has an outcome; an open one never keeps one; a lost reason
 * only stays on a lost deal. The furthest open stage reached is kept for the funnel.
 */

/** One outcome as the rep records it: which way the deal went, and its details. */
export const OutcomeInputSchema = z.object({
  result: z.enum(CLOSED_STATUSES),
  outcome: OutcomeSchema,
});
export type OutcomeInput = z.infer<typeof OutcomeInputSchema>;

const withoutLostReason = (o: Outcome): Outcome => ({ ...o, lostReason: null, lostNote: '' });

/** The outcome a prospect keeps at `status`: its own (made to fit), a fresh one, or none. */
function outcomeAt(status: ProspectStatus, kept: Outcome | null, day: string): Outcome | null {
  if (!isClosed(status)) return null;
  const outcome = kept ?? emptyOutcome(day);
  return status === 'lost' ? outcome : withoutLostReason(outcome);
}

/** Applies `change` to each stored prospect of `ids`; how many were changed. */
async function updateEach(
  db: CribaDB,
  ids: readonly string[],
  change: (p: Prospect) => Prospect,
): Promise<number> {
  return guardQuota(() =>
    transact(db, 'rw', [db.prospects, db.accounts, db.contacts, ...rowTables(db)], async (db) => {
      const stored = (await db.prospects.bulkGet([...ids]))
        .map((p) => readValid(ProspectSchema, p))
        .filter((p) => p !== null);
      const next = stored.map((p) => validated(ProspectSchema, change(p), 'prospect'));
      await db.prospects.bulkPut(next);
      await syncRows(
        db,
        next.map((p) => p.id),
      );
      return next.length;
    }),
  );
}

/** Moves the prospects to `status`; closing one dates its outcome today. */
export async function setStatus(
  db: CribaDB,
  ids: readonly string[],
  status: ProspectStatus,
  now: Date,
): Promise<number> {
  const value = validated(z.enum(PROSPECT_STATUSES), status, 'status');
  const at = now.toISOString();
  return updateEach(db, ids, (p) => ({
    ...p,
    status: value,
    reached: furthestStage(p.reached, p.status, value),
    outcome: outcomeAt(value, p.outcome, at.slice(0, 10)),
    updatedAt: at,
  }));
}

/** Records how the deals ended: their status becomes the result, with these details. */
export async function setOutcome(
  db: CribaDB,
  ids: readonly string[],
  input: OutcomeInput,
  now: Date,
): Promise<number> {
  const { result, outcome } = validated(OutcomeInputSchema, input, 'outcome');
  const at = now.toISOString();
  return updateEach(db, ids, (p) => ({
    ...p,
    status: result,
    reached: furthestStage(p.reached, p.status),
    outcome: outcomeAt(result, outcome, at.slice(0, 10)),
    updatedAt: at,
  }));
}
