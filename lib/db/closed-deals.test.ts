import { describe, expect, it } from 'vitest';
import { emptyOutcome } from '../model/outcome';
import { freshDatabases } from '../../tests/support/fresh-db';
import { field, marcInput, saveInput } from '../../tests/support/test-records';
import { countClosedDeals, readClosedDeals } from './closed-deals';
import { setOutcome } from './pipeline';
import { saveProspect } from './save-prospect';

const fresh = freshDatabases();
const now = new Date('2026-11-20T10:00:00.000Z');

/** Nora Vidal at Hilaturas Vidal, a third invented prospect. */
const noraInput = () =>
  saveInput({
    company: {
      name: 'Hilaturas Vidal',
      domain: 'hilaturas-vidal.es',
      linkedinSlug: null,
      fields: { industry: field('Textiles'), hiring: field(true) },
    },
    person: { name: 'Nora Vidal', linkedinSlug: 'nora-vidal', email: null, fields: {} },
  });

describe('closed deals for calibration', () => {
  it('counts and reads only the closed deals, with their facts and answers', async () => {
    const db = fresh();
    const lucia = await saveProspect(db, saveInput(), now);
    const marc = await saveProspect(db, marcInput(), now);
    await saveProspect(db, noraInput(), now);
    const day = '2026-11-19';
    await setOutcome(db, [lucia.prospect.id], { result: 'won', outcome: emptyOutcome(day) }, now);
    await setOutcome(
      db,
      [marc.prospect.id],
      { result: 'lost', outcome: { ...emptyOutcome(day), lostReason: 'price' } },
      now,
    );

    expect(await countClosedDeals(db)).toEqual({ won: 1, lost: 1, noDecision: 0 });
    const { samples, skipped } = await readClosedDeals(db);
    expect(skipped).toBe(0);
    expect(samples.map((s) => [s.id, s.outcome]).sort()).toEqual(
      [
        [lucia.prospect.id, 'won'],
        [marc.prospect.id, 'lost'],
      ].sort(),
    );
    const won = samples.find((s) => s.outcome === 'won');
    expect(won?.facts.company.industry?.value).toBe('Ceramics manufacturing');
    expect(won?.facts.person.title?.value).toBe('Directora de Operaciones');
    expect(won?.answers.need?.value).toBe('yes');
  });

  it('leaves out a deal whose record no longer parses', async () => {
    const db = fresh();
    const lucia = await saveProspect(db, saveInput(), now);
    await setOutcome(
      db,
      [lucia.prospect.id],
      { result: 'no_decision', outcome: emptyOutcome('2026-11-19') },
      now,
    );
    await db.prospects.update(lucia.prospect.id, { answers: 'broken' as never });
    expect(await countClosedDeals(db)).toEqual({ won: 0, lost: 0, noDecision: 1 });
    expect(await readClosedDeals(db)).toEqual({ samples: [], skipped: 1 });
  });
});
