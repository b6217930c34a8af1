import { describe, expect, it } from 'vitest';
import { freshDatabases } from '../../tests/support/fresh-db';
import { saveInput } from '../../tests/support/test-records';
import { RowQuerySchema } from './list-query';
import type { ListRow } from './list-row';
import { fewMatches } from './match-keys';
import { saveProspect } from './repository';
import { putRows, rowTables } from './row-writes';

const fresh = freshDatabases();
const NOW = new Date('2026-03-02T09:00:00.000Z');
const LIMIT = 10;

/** Proposals 000–099: "alfa" on the first 30, "beta" on `betas` of them from 025 on. */
async function proposals(betas: number) {
  const db = fresh();
  const { prospect } = await saveProspect(db, saveInput(), NOW);
  const row = (await db.rows.get(prospect.id))!;
  const id = (i: number) => `li:p${String(i).padStart(3, '0')}`;
  const rows: ListRow[] = Array.from({ length: 100 }, (_, i) => ({
    ...row,
    id: id(i),
    status: 'proposal',
    words: [...(i < 30 ? ['alfa'] : []), ...(i >= 25 && i < 25 + betas ? ['beta'] : [])],
  }));
  await db.transaction('rw', rowTables(db), () => putRows(db, rows));
  const query = RowQuerySchema.parse({ status: ['proposal'], search: 'alfa beta' });
  const few = await db.transaction('r', rowTables(db), () => fewMatches(db, query, LIMIT));
  return { few: few && [...few].sort(), ids: [25, 26, 27, 28, 29].map(id) };
}

describe('a search within a stage', () => {
  it('reads a term’s stage words to the end up to four keys a row, and no further', async () => {
    // "beta" on 40 proposals: read to its end (4 × 10), so alfa ∩ beta is few.
    const read = await proposals(4 * LIMIT);
    expect(read.few).toEqual(read.ids);
    // On 41: not read to its end; "alfa" alone names 30 proposals, more than 10.
    expect((await proposals(4 * LIMIT + 1)).few).toBeNull();
  });
});
