import { describe, expect, it } from 'vitest';
import { freshDatabases } from '../../tests/support/fresh-db';
import { marcInput, saveInput } from '../../tests/support/test-records';
import { DEFAULT_RETENTION_MONTHS, applyRetention, retentionCutoff } from './retention';
import { emptyUnsaved } from '../prospect/unsaved';
import { storeUnsaved } from './drafts';
import { rememberLink } from './person-links';
import { saveProspect } from './save-prospect';

const fresh = freshDatabases();
const NOW = new Date('2026-03-02T09:00:00.000Z');
const DAY = 86_400_000;
/** NOW less the default 24 months. */
const LIMIT = new Date('2024-03-02T09:00:00.000Z');

describe('retentionCutoff', () => {
  it('goes back whole calendar months, clamping to the end of a shorter month', () => {
    expect(retentionCutoff(DEFAULT_RETENTION_MONTHS, NOW)).toEqual(LIMIT);
    expect(retentionCutoff(1, new Date('2026-03-31T12:00:00.000Z'))).toEqual(
      new Date('2026-02-28T12:00:00.000Z'),
    );
    expect(retentionCutoff(1, new Date('2024-03-31T00:00:00.000Z'))).toEqual(
      new Date('2024-02-29T00:00:00.000Z'),
    );
    expect(retentionCutoff(120, new Date('2026-01-15T00:00:00.000Z'))).toEqual(
      new Date('2016-01-15T00:00:00.000Z'),
    );
  });
});

describe('applyRetention at the limit', () => {
  it('keeps a prospect last updated exactly at the limit', async () => {
    const db = fresh();
    await saveProspect(db, saveInput(), LIMIT);
    expect(await applyRetention(db, DEFAULT_RETENTION_MONTHS, NOW)).toEqual({
      prospects: 0,
      scoreHistory: 0,
      contacts: 0,
      accounts: 0,
      drafts: 0,
      personLinks: 0,
    });
    expect(await db.prospects.count()).toBe(1);
  });

  it('purges one updated a day before the limit, with all it alone used', async () => {
    const db = fresh();
    await saveProspect(db, saveInput(), LIMIT);
    await saveProspect(db, marcInput(), new Date(LIMIT.getTime() - DAY));
    expect(await applyRetention(db, DEFAULT_RETENTION_MONTHS, NOW)).toEqual({
      prospects: 1,
      scoreHistory: 1,
      contacts: 1,
      accounts: 1,
      drafts: 0,
      personLinks: 0,
    });
    expect(await db.prospects.toCollection().primaryKeys()).toEqual(['li:lucia-ferrer-nubia']);
    expect(await db.accounts.toCollection().primaryKeys()).toEqual(['domain:ceramicas-nubia.es']);
  });
});

describe('applyRetention of unsaved work and rejected links', () => {
  it('drops unsaved work untouched for 30 days and links rejected before the window', async () => {
    const db = fresh();
    const draft = (id: string, at: Date) => ({
      ...emptyUnsaved(id, at),
      pain: { text: 'Plazos', at: at.toISOString() },
    });
    await storeUnsaved(db, draft('li:lucia-ferrer-nubia', new Date(NOW.getTime() - 29 * DAY)));
    await storeUnsaved(
      db,
      draft('email:marc@logistica-brava.com', new Date(NOW.getTime() - 31 * DAY)),
    );
    await rememberLink(db, 'li:a-person', 'email:a@b.es', false, new Date(LIMIT.getTime() - DAY));
    await rememberLink(db, 'li:a-person', 'email:c@b.es', false, LIMIT);
    expect(await applyRetention(db, DEFAULT_RETENTION_MONTHS, NOW)).toMatchObject({
      drafts: 1,
      personLinks: 1,
    });
    expect(await db.drafts.toCollection().primaryKeys()).toEqual(['li:lucia-ferrer-nubia']);
    expect((await db.personLinks.toArray()).map((l) => l.b)).toEqual(['li:a-person']);
    expect((await db.personLinks.toArray()).map((l) => l.a)).toEqual(['email:c@b.es']);
  });
});
