import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { db } from '../../components/db';
import { PURGE_ALARM, retentionMonths } from '../../components/retention-purge';
import { retentionSetting } from '../../components/settings';
import background from '../../entrypoints/background';
import { saveProspect } from '../../lib/db/save-prospect';
import { saveInput } from '../support/test-records';

/**
 * The retention purge as the background schedules it, on WXT's in-memory browser and the
 * extension's own database handle (fake-indexeddb installed as the global IndexedDB).
 */
const DAY = 86_400_000;
const LUCIA = 'li:lucia-ferrer-nubia';

/** Lucía's prospect (invented), last touched `daysAgo` days ago. */
async function stored(daysAgo: number) {
  await saveProspect(db, saveInput(), new Date(Date.now() - daysAgo * DAY));
}

const alarm = (name: string) => ({ name, scheduledTime: Date.now(), persistAcrossSessions: true });

beforeEach(async () => {
  fakeBrowser.reset();
  await db.delete();
  await db.open();
});

describe('the scheduled retention purge', () => {
  it('schedules one daily alarm, and keeps it when the worker wakes again', async () => {
    background.main();
    await vi.waitFor(async () => expect(await fakeBrowser.alarms.getAll()).toHaveLength(1));
    const first = await fakeBrowser.alarms.get(PURGE_ALARM);
    expect(first).toMatchObject({ periodInMinutes: 1440 });
    expect(first!.scheduledTime).toBeGreaterThan(Date.now() + 1439 * 60_000);

    background.main();
    await new Promise((r) => setTimeout(r, 10));
    expect(await fakeBrowser.alarms.getAll()).toEqual([first]);
  });

  it('purges by the stored setting when the alarm fires', async () => {
    background.main();
    await retentionSetting.setValue(1);
    await stored(40);
    await fakeBrowser.alarms.onAlarm.trigger(alarm('another'));
    await new Promise((r) => setTimeout(r, 20));
    expect(await db.prospects.count()).toBe(1);

    await fakeBrowser.alarms.onAlarm.trigger(alarm(PURGE_ALARM));
    await vi.waitFor(async () => expect(await db.prospects.count()).toBe(0));
  });

  it('purges when the browser starts, with the default of 24 months', async () => {
    background.main();
    await stored(700);
    await fakeBrowser.runtime.onStartup.trigger();
    await new Promise((r) => setTimeout(r, 20));
    expect(await db.prospects.toCollection().primaryKeys()).toEqual([LUCIA]);

    await stored(800);
    await fakeBrowser.runtime.onStartup.trigger();
    await vi.waitFor(async () => expect(await db.prospects.count()).toBe(0));
  });

  it('reads an unusable stored value as the default', async () => {
    expect(await retentionMonths()).toBe(24);
    await retentionSetting.setValue(0);
    expect(await retentionMonths()).toBe(24);
    await retentionSetting.setValue('6');
    expect(await retentionMonths()).toBe(24);
    await retentionSetting.setValue(6);
    expect(await retentionMonths()).toBe(6);
  });
});
