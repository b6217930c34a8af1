import { describe, expect, it } from 'vitest';
import { freshDatabases } from '../../tests/support/fresh-db';
import { saveInput } from '../../tests/support/test-records';
import { emptyOutcome, OutcomeSchema } from '../model/outcome';
import { setOutcome, setStatus } from './pipeline';
import { saveProspect } from './save-prospect';
import { prospectFromV1 } from './upgrade-v2';

const fresh = freshDatabases();
const NOW = new Date('2026-03-02T09:00:00.000Z');
const ID = 'li:lucia-ferrer-nubia';

describe('the pipeline', () => {
  it('starts new; closing dates an outcome; reopening drops it', async () => {
    const db = fresh();
    const { prospect } = await saveProspect(db, saveInput(), NOW);
    expect(prospect).toMatchObject({ status: 'new', outcome: null });
    await setStatus(db, [ID], 'no_decision', NOW);
    expect(await db.prospects.get(ID)).toMatchObject({
      status: 'no_decision',
      outcome: emptyOutcome('2026-03-02'),
      updatedAt: NOW.toISOString(),
    });
    await setStatus(db, [ID], 'meeting', NOW);
    expect((await db.prospects.get(ID))?.outcome).toBeNull();
  });

  it('records an outcome; its lost reason stays only while the deal is lost', async () => {
    const db = fresh();
    await saveProspect(db, saveInput(), NOW);
    const lost = {
      ...emptyOutcome('2026-02-27'),
      value: 15000,
      currency: 'EUR',
      lostReason: 'competitor' as const,
      lostNote: 'Eligieron a un proveedor local',
      discountNeeded: true,
      discountPercent: 10,
    };
    expect(await setOutcome(db, [ID, 'li:nadie'], { result: 'lost', outcome: lost }, NOW)).toBe(1);
    expect(await db.prospects.get(ID)).toMatchObject({ status: 'lost', outcome: lost });
    await setStatus(db, [ID], 'won', NOW);
    expect((await db.prospects.get(ID))?.outcome).toEqual({
      ...lost,
      lostReason: null,
      lostNote: '',
    });
  });

  it('keeps the furthest open stage reached once the deal closes, for the funnel', async () => {
    const db = fresh();
    await saveProspect(db, saveInput(), NOW);
    await setStatus(db, [ID], 'proposal', NOW);
    await setStatus(db, [ID], 'meeting', NOW);
    await setOutcome(db, [ID], { result: 'lost', outcome: emptyOutcome('2026-03-02') }, NOW);
    expect(await db.prospects.get(ID)).toMatchObject({ status: 'lost', reached: 'proposal' });
    expect(await db.rows.get(ID)).toMatchObject({
      reached: 'proposal',
      funnel: 3,
      decidedAt: '2026-03-02',
    });
    // A save from the panel keeps it too.
    await saveProspect(db, saveInput(), NOW);
    expect((await db.prospects.get(ID))?.reached).toBe('proposal');
  });

  it('refuses what is not an outcome, and changes nothing', async () => {
    const db = fresh();
    await saveProspect(db, saveInput(), NOW);
    const bad = [
      { result: 'maybe', outcome: emptyOutcome('2026-03-02') },
      { result: 'won', outcome: { ...emptyOutcome('2026-03-02'), value: 10, currency: null } },
      { result: 'won', outcome: { ...emptyOutcome('2026-03-02'), value: 10, currency: 'EURO' } },
      { result: 'won', outcome: { ...emptyOutcome('2026-03-02'), value: 10, currency: 'XXY' } },
      { result: 'won', outcome: { ...emptyOutcome('2026-03-02'), discountPercent: 5 } },
      { result: 'lost', outcome: { ...emptyOutcome('2026-03-02'), lostNote: 'x'.repeat(501) } },
      { result: 'lost', outcome: { ...emptyOutcome('2026-03-02'), lostReason: 'weather' } },
    ];
    for (const input of bad) {
      await expect(setOutcome(db, [ID], input as never, NOW)).rejects.toThrow(/outcome/);
    }
    await expect(setStatus(db, [ID], 'qualified' as never, NOW)).rejects.toThrow(/status/);
    expect(await db.prospects.get(ID)).toMatchObject({ status: 'new', outcome: null });
    expect(
      OutcomeSchema.safeParse({ ...emptyOutcome('2026-03-02'), currency: 'MXN' }).success,
    ).toBe(true);
  });
});

describe('version 1 prospects in version 2', () => {
  const v1 = { id: 'li:x', updatedAt: '2025-11-03T08:15:00.000Z', outcomeAt: null };
  it('take their old outcome as their stage, and start again at new otherwise', () => {
    const as = (status: string, outcome: string, outcomeAt: string | null = null) =>
      prospectFromV1({ ...v1, status, outcome, outcomeAt });
    expect(as('qualified', 'none')).toMatchObject({ status: 'new', outcome: null });
    expect(as('disqualified', 'none')).toMatchObject({ status: 'new', outcome: null });
    expect(as('nurture', 'meeting')).toMatchObject({ status: 'meeting', outcome: null });
    expect(as('qualified', 'proposal')).toMatchObject({ status: 'proposal' });
    expect(as('qualified', 'won', '2025-12-24T10:00:00.000Z')).toMatchObject({
      status: 'won',
      outcome: emptyOutcome('2025-12-24'),
    });
    expect(as('nurture', 'lost')).toMatchObject({
      status: 'lost',
      outcome: emptyOutcome('2025-11-03'),
    });
    expect(as('new', 'none')).not.toHaveProperty('outcomeAt');
  });
});
