import { AccountSchema, ContactSchema, ProspectSchema } from '../model/records';
import type { CribaDB } from './database';
import { toProspectRow, type ProspectRow } from './prospect-rows';
import { readValid } from './validate';
import { transact } from './transact';

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

/**
 * The stored records of `keys`, each read and parsed once: a company's people share its
 * account, so a page of 2,000 prospects names far fewer accounts. A record that no longer
 * parses maps to `invalid`; a key not stored is absent.
 */
async function readEach<T>(
  table: { bulkGet(keys: string[]): Promise<unknown[]> },
  keys: Iterable<string>,
  parse: (raw: unknown) => T | null,
): Promise<Map<string, T | typeof invalid>> {
  const distinct = [...new Set(keys)];
  const raws = await table.bulkGet(distinct);
  const out = new Map<string, T | typeof invalid>();
  raws.forEach((raw, i) => {
    if (raw !== undefined) out.set(distinct[i]!, parse(raw) ?? invalid);
  });
  return out;
}
const invalid = Symbol('invalid');

async function joinPage(db: CribaDB, raws: readonly unknown[]): Promise<RowPage> {
  const prospects = raws.map((raw) => readValid(ProspectSchema, raw));
  const keysOf = (key: (p: NonNullable<(typeof prospects)[number]>) => string | null) =>
    prospects.flatMap((p) => (p && key(p) ? [key(p)!] : []));
  const [accounts, contacts] = await Promise.all([
    readEach(
      db.accounts,
      keysOf((p) => p.accountKey),
      (raw) => readValid(AccountSchema, raw),
    ),
    readEach(
      db.contacts,
      keysOf((p) => p.contactKey),
      (raw) => readValid(ContactSchema, raw),
    ),
  ]);
  const rows: ProspectRow[] = [];
  let skipped = 0;
  for (const prospect of prospects) {
    const account = prospect?.accountKey ? accounts.get(prospect.accountKey) : undefined;
    const contact = prospect?.contactKey ? contacts.get(prospect.contactKey) : undefined;
    if (!prospect || account === invalid || contact === invalid) {
      skipped++;
      continue;
    }
    rows.push(toProspectRow(prospect, account ?? null, contact ?? null));
  }
  return { rows, read: raws.length, skipped };
}

/** Up to `limit` prospects after `afterId` in primary-key order (from the start when null). */
export async function prospectRowPage(
  db: CribaDB,
  afterId: string | null,
  limit: number,
): Promise<RowPage & { lastId: string | null }> {
  return transact(db, 'r', [db.prospects, db.accounts, db.contacts], async (db) => {
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
  return transact(db, 'r', [db.prospects, db.accounts, db.contacts], async (db) => {
    const raws = (await db.prospects.bulkGet([...ids])).filter((r) => r !== undefined);
    const page = await joinPage(db, raws);
    return { ...page, read: ids.length };
  });
}

export async function prospectCount(db: CribaDB): Promise<number> {
  return db.prospects.count();
}
