import { describe, expect, it } from 'vitest';
import { calibrate } from '../calibration/calibrate';
import { defaultIcp } from '../icp/default-icp';
import { frameworkById } from '../qualify/frameworks';
import { rescoreStored } from '../recommend/rescore-stored';
import { seedClosedDeals } from '../../tests/support/closed-deal-records';
import { freshDatabases } from '../../tests/support/fresh-db';
import { readClosedDeals } from './closed-deals';
import { latestIcp, saveIcp } from './icp-repository';
import { rescoreAll } from './rescore';

const fresh = freshDatabases();
const now = new Date('2026-11-20T10:00:00.000Z');
const framework = frameworkById('bant', null);

describe('applying a calibration', () => {
  it('stores a new ICP version, leaves older scores on theirs until the re-score changes grades', async () => {
    const db = fresh();
    const ids = await seedClosedDeals(db, now, { closed: 48, open: 6, seed: 5 });
    const { samples } = await readClosedDeals(db);
    expect(samples).toHaveLength(48);
    const icp = defaultIcp('en');
    const result = calibrate({ icp, icpVersion: 0, framework, samples, now });
    if (result.kind !== 'proposal') throw new Error(`expected a proposal, got ${result.kind}`);

    const version = await saveIcp(db, result.proposal.icp, now);
    expect(version).toBe(1);
    expect((await latestIcp(db))?.icp).toEqual(JSON.parse(JSON.stringify(result.proposal.icp)));
    const before = await db.prospects.bulkGet(ids);
    expect(before.every((p) => p?.icpVersion === 0)).toBe(true);
    expect(await db.rows.where('icpVersion').equals(0).count()).toBe(ids.length);

    const later = new Date(now.getTime() + 60_000);
    const { updated } = await rescoreAll(
      db,
      (p, contact, account) =>
        rescoreStored(
          { icp: result.proposal.icp, icpVersion: version, framework, now: later, locale: 'en' },
          p,
          contact,
          account,
        ),
      later,
    );
    expect(updated).toBe(ids.length);
    const after = await db.prospects.bulkGet(ids);
    expect(after.every((p) => p?.icpVersion === 1)).toBe(true);
    const changed = ids.filter((_, i) => before[i]?.score?.grade !== after[i]?.score?.grade);
    expect(changed.length).toBeGreaterThan(0);
    // The history keeps the version-0 score beside the new one.
    const history = await db.scoreHistory
      .where('prospectId')
      .equals(ids[0] as string)
      .toArray();
    expect(history.map((h) => h.score.icpVersion)).toEqual([0, 1]);
  });
});
