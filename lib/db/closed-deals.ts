import { sampleOf, type OutcomeCounts, type Sample } from '../calibration/sample';
import { AccountSchema, ContactSchema, ProspectSchema } from '../model/records';
import { LOST_REASONS } from '../model/vocab';
import type { CribaDB } from './database';
import { readValid } from './validate';
import { transact } from './transact';

/** The rows' outcome values of a lost deal: with or without its reason. */
const LOST_OUTCOMES = ['lost', ...LOST_REASONS.map((r) => `lost:${r}`)];

/** How many deals have closed each way, from the rows' outcome index alone (no record read). */
export async function countClosedDeals(db: CribaDB): Promise<OutcomeCounts> {
  return transact(db, 'r', [db.rows], async (db) => {
    const [won, lost, noDecision] = await Promise.all([
      db.rows.where('outcome').equals('won').count(),
      db.rows.where('outcome').anyOf(LOST_OUTCOMES).count(),
      db.rows.where('outcome').equals('no_decision').count(),
    ]);
    return { won, lost, noDecision };
  });
}

/**
 * Every closed deal as calibration reads it. The rows' outcome index finds them (a few
 * thousand at most among 100,000 prospects), then their prospects, accounts and contacts
 * are read by key with bulkGet in one read transaction. A deal whose prospect, account or
 * contact no longer parses is left out and counted.
 */
export async function readClosedDeals(
  db: CribaDB,
): Promise<{ samples: Sample[]; skipped: number }> {
  return transact(db, 'r', [db.rows, db.prospects, db.accounts, db.contacts], async (db) => {
    const ids = await db.rows
      .where('outcome')
      .anyOf(['won', 'no_decision', ...LOST_OUTCOMES])
      .primaryKeys();
    const prospects = (await db.prospects.bulkGet(ids)).map((raw) =>
      readValid(ProspectSchema, raw),
    );
    const [accounts, contacts] = await Promise.all([
      db.accounts.bulkGet(prospects.map((p) => p?.accountKey ?? '')),
      db.contacts.bulkGet(prospects.map((p) => p?.contactKey ?? '')),
    ]);
    const samples: Sample[] = [];
    prospects.forEach((prospect, i) => {
      const account = readValid(AccountSchema, accounts[i]);
      const contact = readValid(ContactSchema, contacts[i]);
      if (!prospect || (accounts[i] && !account) || (contacts[i] && !contact)) return;
      const sample = sampleOf(prospect, account, contact);
      if (sample) samples.push(sample);
    });
    return { samples, skipped: ids.length - samples.length };
  });
}
