import { RejectedLinkSchema } from '../model/records';
import type { CribaDB } from './database';
import { guardQuota } from './errors';
import { validated } from './validate';

/**
 * Links between two of a person's keys that the rep rejected ("not the same person",
 * "unlink"). Finding and saving both skip a rejected partner, so a link the rep undid is
 * never made again, by an exact identifier or by name.
 */

/** The pair's key: the same whichever key comes first. */
export function linkPair(a: string, b: string): { pair: string; a: string; b: string } {
  const [x, y] = [a, b].sort();
  return { pair: JSON.stringify([x, y]), a: x!, b: y! };
}

export async function rejectLink(db: CribaDB, a: string, b: string, now: Date): Promise<void> {
  if (a === b) return;
  const row = validated(
    RejectedLinkSchema,
    { ...linkPair(a, b), createdAt: now.toISOString() },
    'rejectedLink',
  );
  await guardQuota(() => db.rejectedLinks.put(row));
}

/** Every key a link with any of `keys` was rejected for (inside the caller's transaction). */
export async function rejectedPartners(db: CribaDB, keys: readonly string[]): Promise<Set<string>> {
  const out = new Set<string>();
  if (keys.length === 0) return out;
  const mine = new Set(keys);
  const rows = [
    ...(await db.rejectedLinks
      .where('a')
      .anyOf([...keys])
      .toArray()),
    ...(await db.rejectedLinks
      .where('b')
      .anyOf([...keys])
      .toArray()),
  ];
  for (const r of rows) out.add(mine.has(r.a) ? r.b : r.a);
  return out;
}
