import type { CribaDB } from './database';
import type { ListRow } from './list-row';

/**
 * PLACEHOLDER until main lands the integrator's tallies (schema v5): the same contract,
 * computed from the rows. Replaced by main's file at the merge.
 */
export function tallyKeys(row: ListRow): string[] {
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
  ];
}

export async function readTallies(db: CribaDB, prefix = ''): Promise<Map<string, number>> {
  const out = new Map<string, number>();
  for (const row of await db.rows.toArray()) {
    for (const key of tallyKeys(row)) {
      if (key.startsWith(prefix)) out.set(key, (out.get(key) ?? 0) + 1);
    }
  }
  return out;
}
