import { AccountSchema, ContactSchema, ProspectSchema } from '../model/records';
import type { CribaDB } from './database';
import { toProspectRow, type ProspectRow } from './prospect-rows';
import { readValid } from './validate';

/**
 * Prospect rows read a page at a time, for work that walks many of them (an export of
 * 100,000) without holding every record at once or blocking the page for the whole read:
 * each page is one short read transaction, so the caller can yield between pages.
 */

export interface RowPage {
  rows: ProspectRow[];
  /** How many stored prospects this page covered (valid or not), for progress. */
  read: number;
  /** Records of this page left out because they (or their account/contact) no longer parse. */
  skipped: number;
}

async function joinPage(db: CribaDB, raws: readonly unknown[]): Promise<RowPage> {
  const prospects = raws.map((raw) => readValid(ProspectSchema, raw));
  const accountKeys = prospects.map((p) => p?.accountKey ?? '');
  const contactKeys = prospects.map((p) => p?.contactKey ?? '');
  // '' is never a stored key (keys are at least 3 characters): it reads as "none".
  const [accounts, contacts] = await Promise.all([
    db.accounts.bulkGet(accountKeys),
    db.contacts.bulkGet(contactKeys),
  ]);
  const rows: ProspectRow[] = [];
  let skipped = 0;
  prospects.forEach((prospect, i) => {
    const account = readValid(AccountSchema, accounts[i]);
    const contact = readValid(ContactSchema, contacts[i]);
    if (!prospect || (accounts[i] && !account) || (contacts[i] && !contact)) {
      skipped++;
      return;
    }
    rows.push(toProspectRow(prospect, account, contact));
  });
  return { rows, read: raws.length, skipped };
}

/** Up to `limit` prospects after `afterId` in primary-key order (from the start when null). */
export async function prospectRowPage(
  db: CribaDB,
  afterId: string | null,
  limit: number,
): Promise<RowPage & { lastId: string | null }> {
  return db.transaction('r', [db.prospects, db.accounts, db.contacts], async () => {
    const range =
      afterId === null ? db.prospects.toCollection() : db.prospects.where('id').above(afterId);
    const raws = await range.limit(limit).toArray();
    const page = await joinPage(db, raws);
    const last = raws.at(-1) as { id?: unknown } | undefined;
    return { ...page, lastId: typeof last?.id === 'string' ? last.id : null };
  });
}

/** The rows of these prospect ids, in the order given; ids not stored are left out. */
export async function prospectRowsByIds(db: CribaDB, ids: readonly string[]): Promise<RowPage> {
  return db.transaction('r', [db.prospects, db.accounts, db.contacts], async () => {
    const raws = (await db.prospects.bulkGet([...ids])).filter((r) => r !== undefined);
    const page = await joinPage(db, raws);
    return { ...page, read: ids.length };
  });
}

export async function prospectCount(db: CribaDB): Promise<number> {
  return db.prospects.count();
}
