import { browser } from 'wxt/browser';
import { DEFAULT_RETENTION_MONTHS, RetentionMonthsSchema } from '../lib/db/retention';
import { applyRetention, type RetentionResult } from '../lib/db/repository';
import { db } from './db';
import { retentionSetting } from './settings';

/** The background's daily alarm that enforces the retention setting. */
export const PURGE_ALARM = 'retention-purge';
const DAY_MINUTES = 24 * 60;

/** The stored retention in months; anything unreadable means the default. */
export async function retentionMonths(): Promise<number> {
  const parsed = RetentionMonthsSchema.safeParse(await retentionSetting.getValue());
  return parsed.success ? parsed.data : DEFAULT_RETENTION_MONTHS;
}

/** Deletes what the retention setting has expired, in one transaction. */
export async function purgeExpired(now = new Date()): Promise<RetentionResult> {
  return applyRetention(db, await retentionMonths(), now);
}

/**
 * Makes sure the daily alarm exists. Chrome may drop alarms when the browser restarts or
 * the extension updates, so the service worker checks each time it starts; an existing
 * alarm is left alone, or every wake-up would push the next purge a day further away.
 */
export async function schedulePurge(): Promise<void> {
  if (await browser.alarms.get(PURGE_ALARM)) return;
  await browser.alarms.create(PURGE_ALARM, {
    delayInMinutes: DAY_MINUTES,
    periodInMinutes: DAY_MINUTES,
  });
}
