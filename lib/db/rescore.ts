import {
  ProspectSchema,
  ScoreHistorySchema,
  type Account,
  type Contact,
  type Prospect,
} from '../model/records';
import type { Advice } from '../model/advice';
import type { Score } from '../model/score';
import type { ProspectStatus } from '../model/vocab';
import type { CribaDB } from './database';
import { guardQuota } from './errors';
import { readJoined } from './prospect-rows';
import { validated } from './validate';

/** What re-scoring one prospect gives: the new score, the status it implies, the angle. */
export interface Rescored {
  score: Score;
  status: ProspectStatus;
  angle: string | null;
  /** The recommendation as structure; absent from a compute that only writes text. */
  advice?: Advice | null;
}

export type RescoreFn = (
  prospect: Prospect,
  contact: Contact | null,
  account: Account | null,
) => Rescored | null;

/**
 * Re-scores every stored prospect (after an ICP change) in one transaction: each gets its
 * new score, status and angle, and the score joins its history. All or nothing — a
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
    db.transaction('rw', [db.prospects, db.accounts, db.contacts, db.scoreHistory], async () => {
      const { joined, skipped: unreadable } = await readJoined(db);
      const next: Prospect[] = [];
      let skipped = unreadable;
      for (const { prospect: p, account, contact } of joined) {
        const result = compute(p, contact, account);
        if (!result) {
          skipped++;
          continue;
        }
        next.push(
          validated(
            ProspectSchema,
            {
              ...p,
              score: result.score,
              icpVersion: result.score.icpVersion,
              status: result.status,
              angle: result.angle,
              advice: result.advice ?? null,
              updatedAt: at,
            },
            'prospect',
          ),
        );
      }
      await db.prospects.bulkPut(next);
      await db.scoreHistory.bulkAdd(
        next.map((p) =>
          validated(ScoreHistorySchema, { prospectId: p.id, at, score: p.score }, 'scoreHistory'),
        ),
      );
      return { updated: next.length, skipped };
    }),
  );
}
