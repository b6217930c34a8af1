import { z } from 'zod';
import type { CribaDB } from './database';
import type { ListRow } from './list-row';

/**
 * Counters of the `rows` table, kept in the same transaction as every write to it
 * (row-writes.ts). IndexedDB's count() walks every key of its range — at 100,000 rows a
 * single count takes most of a second in Chromium — so the prospects page and the
 * insights read these few thousand small records instead of counting rows.
 *
 * A key names what it counts, its parts joined by `|`:
 *   `all` · `icp|<icpVersion>` · `verdict|<v>` · `grade|<g>` · `status|<s>` ·
 *   `outcome|<o>` · `source|<s>` · `funnel|<step>` · `country|<c>` — the whole list;
 *   `m|<YYYY-MM>|gs|<grade>|<status>` · `m|<YYYY-MM>|f|<step>` — by capture month (UTC),
 *   for the insights' funnel and grade × status table over a date range.
 * An empty part ('' grade, '' country) is a value like any other. A counter at zero is
 * deleted, so the table only holds what exists.
 */

export const TallySchema = z.object({
  key: z.string().min(1).max(200),
  n: z.number().int().positive(),
});
export type Tally = z.infer<typeof TallySchema>;

/** The capture month of a row: `YYYY-MM` of its ISO `createdAt` (UTC). */
export const monthOf = (iso: string): string => iso.slice(0, 7);

/** The counters one row adds 1 to. */
export function tallyKeys(row: ListRow): string[] {
  const month = `m|${monthOf(row.createdAt)}`;
  return [
    'all',
    `icp|${row.icpVersion}`,
    `verdict|${row.verdict}`,
    `grade|${row.grade}`,
    `status|${row.status}`,
    `outcome|${row.outcome}`,
    `source|${row.source}`,
    `funnel|${row.funnel}`,
    `country|${row.country}`,
    `${month}|gs|${row.grade}|${row.status}`,
    `${month}|f|${row.funnel}`,
  ];
}

/** Adds `by` to each of `keys` in `into` (a running sum of changes or of counts). */
export function addKeys(into: Map<string, number>, keys: readonly string[], by: number): void {
  for (const key of keys) into.set(key, (into.get(key) ?? 0) + by);
}

/** The counters of `rows` counted from scratch: what the table must hold for them. */
export function countTallies(rows: Iterable<ListRow>): Map<string, number> {
  const counts = new Map<string, number>();
  for (const row of rows) addKeys(counts, tallyKeys(row), 1);
  return counts;
}

/** The records of a set of counts, for a bulk write (the v5 upgrade, benchmark seeds). */
export const talliesOf = (counts: ReadonlyMap<string, number>): Tally[] =>
  [...counts].filter(([, n]) => n > 0).map(([key, n]) => ({ key, n }));

/**
 * Every counter, or those whose key starts with `prefix` (`'m|'` for the months). A
 * record that does not parse (a hand-edited database) is left out: its count is unknown.
 */
export async function readTallies(db: CribaDB, prefix = ''): Promise<Map<string, number>> {
  const records = prefix
    ? await db.tallies.where('key').startsWith(prefix).toArray()
    : await db.tallies.toArray();
  const out = new Map<string, number>();
  for (const r of records) {
    const parsed = TallySchema.safeParse(r);
    if (parsed.success) out.set(parsed.data.key, parsed.data.n);
  }
  return out;
}
