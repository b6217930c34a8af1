import { describe, expect, it } from 'vitest';
import { freshDatabases } from '../../tests/support/fresh-db';
import { defaultIcp } from '../icp/default-icp';
import { BANT } from '../qualify/frameworks';
import { rescoreStored } from '../recommend/rescore-stored';
import { listProspectRows, saveProspect } from './repository';
import { rescoreAll } from './rescore';
import { counts, saveInput, score } from '../../tests/support/test-records';

const NOW = new Date('2026-03-02T09:00:00.000Z');
const fresh = freshDatabases();

describe('rescoreAll', () => {
  it('gives every prospect its new score and angle, keeps its stage and the history, and its row follows', async () => {
    const db = fresh();
    await saveProspect(db, saveInput({ score: score({ icpVersion: 1 }) }), NOW);
    const before = await counts(db);
    const result = await rescoreAll(
      db,
      (p, contact, account) => {
        expect(account?.name).toBe('Cerámicas Nubia');
        expect(contact).not.toBeNull();
        return {
          score: score({
            icpVersion: 2,
            verdict: 'disqualified',
            reason: 'too-small',
            grade: 'D3',
          }),
          angle: `Close-out for ${p.id}`,
          nextStep: null,
          revisitAt: '2026-09-03',
        };
      },
      new Date('2026-03-03T09:00:00.000Z'),
    );
    expect(result).toEqual({ updated: 1, skipped: 0 });
    const [row] = (await listProspectRows(db)).rows;
    expect(row).toMatchObject({ grade: 'D3', verdict: 'disqualified', status: 'new' });
    expect(await db.rows.get('li:lucia-ferrer-nubia')).toMatchObject({
      grade: 'D3',
      verdict: 'disqualified',
      reason: 'too-small',
      status: 'new',
      icpVersion: 2,
      revisitAt: '2026-09-03',
    });
    expect(row?.angle).toMatch(/^Close-out for /);
    const after = await counts(db);
    expect(after.scoreHistory).toBe(before.scoreHistory + 1);
  });

  it('changes nothing when one computation fails', async () => {
    const db = fresh();
    await saveProspect(db, saveInput({ score: score({ icpVersion: 1 }) }), NOW);
    const before = (await listProspectRows(db)).rows;
    await expect(
      rescoreAll(
        db,
        () => {
          throw new Error('boom');
        },
        NOW,
      ),
    ).rejects.toThrow('boom');
    expect((await listProspectRows(db)).rows).toEqual(before);
  });

  it('stores what the real engine gives, shared lines included, and reads it back', async () => {
    const db = fresh();
    await saveProspect(db, saveInput({ score: score({ icpVersion: 1 }) }), NOW);
    const settings = {
      icp: defaultIcp('es'),
      icpVersion: 2,
      framework: BANT,
      now: new Date('2026-03-03T09:00:00.000Z'),
      locale: 'es' as const,
    };
    const computed: ReturnType<typeof rescoreStored>[] = [];
    const result = await rescoreAll(
      db,
      (p, contact, account) => {
        const out = rescoreStored(settings, p, contact, account);
        computed.push(out);
        return out;
      },
      settings.now,
    );
    expect(result).toEqual({ updated: 1, skipped: 0 });
    const [{ score: fresh_, angle, nextStep }] = computed as [ReturnType<typeof rescoreStored>];
    const stored = await db.prospects.toCollection().first();
    expect(stored?.score).toEqual(fresh_);
    expect(stored?.score?.icpVersion).toBe(2);
    expect(stored?.status).toBe('new');
    expect(stored?.angle).toBe(angle);
    expect(stored?.nextStep).toBe(nextStep);
    const [row] = (await listProspectRows(db)).rows;
    expect(row?.grade).toBe(fresh_.grade);
  });
});
