import { PersonLinkSchema } from '../model/records';
import type { CribaDB } from './database';
import { guardQuota } from './errors';
import { readAllValid, validated } from './validate';
import { whereAnyOf } from './any-of';

/**
 * What the rep said about two of a person's keys met on different surfaces: the same
 * person (a likely match confirmed) or not ("not the same", "unlink"). Finding and saving
 * follow it: a confirmed partner is found as if by key, a rejected one is skipped, so a
 * link the rep undid is never made again and one they made holds across re-reads.
 */

/** The pair's key: the same whichever key comes first. */
export function linkPair(a: string, b: string): { pair: string; a: string; b: string } {
  const [x, y] = [a, b].sort();
  return { pair: JSON.stringify([x, y]), a: x!, b: y! };
}

export async function rememberLink(
  db: CribaDB,
  a: string,
  b: string,
  same: boolean,
  now: Date,
): Promise<void> {
  if (a === b) return;
  const row = validated(
    PersonLinkSchema,
    { ...linkPair(a, b), same, createdAt: now.toISOString() },
    'personLink',
  );
  await guardQuota(() => db.personLinks.put(row));
}

export interface Partners {
  /** Keys the rep said are this person, newest first. */
  same: string[];
  /** Keys the rep said are someone else. */
  different: Set<string>;
}

/** What the rep said about any of `keys` (inside the caller's transaction). */
export async function linkedPartners(db: CribaDB, keys: readonly string[]): Promise<Partners> {
  const out: Partners = { same: [], different: new Set() };
  if (keys.length === 0) return out;
  const mine = new Set(keys);
  const [asA, asB] = await Promise.all([
    whereAnyOf(db.personLinks, 'a', keys),
    whereAnyOf(db.personLinks, 'b', keys),
  ]);
  const rows = readAllValid(PersonLinkSchema, [...asA, ...asB]).valid.sort(
    (x, y) => Date.parse(y.createdAt) - Date.parse(x.createdAt),
  );
  for (const r of rows) {
    const other = mine.has(r.a) ? r.b : r.a;
    if (mine.has(other)) continue;
    if (r.same) out.same.push(other);
    else out.different.add(other);
  }
  return out;
}
