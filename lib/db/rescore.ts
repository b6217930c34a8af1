import {
  ProspectSchema,
  ScoreHistorySchema,
  type Account,
  type Contact,
  type Prospect,
} from '../model/records';
import type { Advice } from '../model/advice';
import type { Score } from '../model/score';
import type { CribaDB } from './database';
import { guardQuota } from './errors';
import { readJoined, type Joined } from './prospect-rows';
import { rowsOf } from './sync-rows';
import { putRows, rowTables } from './row-writes';
import { validated } from './validate';
import { transact } from './transact';

/**
 * What re-scoring one prospect gives: the new score and the recommendation's text, next
 * step and revisit day. The status is the rep's stage: a re-score never moves it.
 */
export interface Rescored {
  score: Score;
  angle: string | null;
  /** The recommendation as structure; absent from a compute that only writes text. */
  advice?: Advice | null;
  nextStep: string | null;
  revisitAt: string | null;
}

export type RescoreFn = (
  prospect: Prospect,
  contact: Contact | null,
  account: Account | null,
) => Rescored | null;

/**
 * Re-scores every stored prospect (after an ICP change) in one transaction: each gets its
 * new score and recommendation, the score joins its history and the row shows it. All or nothing — a
 * failure (or a full disk) leaves every prospect as it was. Unreadable records and
 * prospects `compute` declines are left untouched and counted.
 */
export async function rescoreAll(
  db: CribaDB,
  compute: RescoreFn,
  now: Date,
): Promise<{ updated: number; skipped: number }> {
  const at = now.toISOString();
  return guardQuota(() =>
    transact(
      db,
      'rw',
      [db.prospects, db.accounts, db.contacts, db.scoreHistory, ...rowTables(db)],
      async (db) => {
        const { joined, skipped: unreadable } = await readJoined(db);
        const next: Joined[] = [];
        let skipped = unreadable;
        for (const { prospect: p, account, contact } of joined) {
          const result = compute(p, contact, account);
          if (!result) {
            skipped++;
            continue;
          }
          const prospect = validated(
            ProspectSchema,
            {
              ...p,
              score: result.score,
              icpVersion: result.score.icpVersion,
              angle: result.angle,
              advice: result.advice ?? null,
              nextStep: result.nextStep,
              revisitAt: result.revisitAt,
              updatedAt: at,
            },
            'prospect',
          );
          next.push({ prospect, account, contact });
        }
        const prospects = next.map((j) => j.prospect);
        await db.prospects.bulkPut(prospects);
        await db.scoreHistory.bulkAdd(
          prospects.map((p) =>
            validated(ScoreHistorySchema, { prospectId: p.id, at, score: p.score }, 'scoreHistory'),
          ),
        );
        // The joined records are the ones just read: the rows need no second read.
        await putRows(db, rowsOf(next));
        return { updated: next.length, skipped };
      },
    ),
  );
}
