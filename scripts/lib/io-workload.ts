import { CribaDB } from '../../lib/db/database';
import { importRows } from '../../lib/db/import-rows';
import { toListRow } from '../../lib/db/list-row';
import { stageWordKeys } from '../../lib/db/stage-words';
import { tallyKeys } from '../../lib/db/tallies';
import { runExport } from '../../lib/export/run-export';
import { companyNameKey } from '../../lib/identity/company-name';
import { planImport } from '../../lib/import/plan-import';
import { prepareCsv } from '../../lib/import/prepare-csv';
import { recordsOf } from './list-workload';
import { SEED_TRANSACTION } from './seed-size';

/**
 * The data-in-and-out side of the 100,000 benchmark (issue 12), run in the extension's
 * own page: raw IndexedDB (no Dexie, no validation) as the yardstick, and the product's
 * export and import paths measured against it in the same browser.
 */

const STORES = ['accounts', 'contacts', 'prospects', 'rows', 'tallies', 'stageWords'] as const;

const done = (tx: IDBTransaction) =>
  new Promise<void>((ok, ko) => {
    tx.oncomplete = () => ok();
    tx.onerror = () => ko(tx.error);
    tx.onabort = () => ko(tx.error);
  });
const result = <T>(req: IDBRequest<T>) =>
  new Promise<T>((ok, ko) => {
    req.onsuccess = () => ok(req.result);
    req.onerror = () => ko(req.error);
  });

/** The database as Criba's code made it (Dexie creates the schema), opened raw. */
async function openRaw(): Promise<IDBDatabase> {
  const db = new CribaDB();
  await db.open();
  db.close();
  return result(indexedDB.open('criba'));
}

/**
 * Seeds `count` prospects with raw IndexedDB — each person's contact, prospect and list
 * row and their company's account (one per five people), written together with the
 * tallies they change and the rows' stage words, as a store built by saves holds them (both are
 * kept in the same transaction as the rows). Returns the write throughput (prospects a
 * second, building the records not counted): the yardstick the import is held against.
 *
 * The transactions hold `perTransaction` prospects (scripts/lib/seed-size.ts). A store
 * seeded 10,000 prospects at a time keeps millions of deleted undo-log entries until
 * LevelDB compacts them, and every reopening of the store walks them (2–3 s at 100,000,
 * docs/BENCHMARKS.md): that is a store after a huge import, not one a rep's saves built.
 */
export async function seedRaw(count: number, perTransaction = SEED_TRANSACTION): Promise<number> {
  const idb = await openRaw();
  let writing = 0;
  const tallies = new Map<string, number>();
  for (let start = 0; start < count; start += perTransaction) {
    const batch = Array.from({ length: Math.min(perTransaction, count - start) }, (_, k) => {
      const r = recordsOf(start + k);
      const account = { ...r.account, nameKey: companyNameKey(r.account.name) };
      return { ...r, account, row: toListRow(r.prospect, account, r.contact) };
    });
    const touched = new Set<string>();
    for (const r of batch) {
      for (const key of tallyKeys(r.row)) {
        tallies.set(key, (tallies.get(key) ?? 0) + 1);
        touched.add(key);
      }
    }
    const t0 = performance.now();
    const tx = idb.transaction([...STORES], 'readwrite');
    const [accounts, contacts, prospects, rows, counters, stageWords] = STORES.map((s) =>
      tx.objectStore(s),
    );
    for (const r of batch) {
      accounts!.put(r.account);
      contacts!.put(r.contact);
      prospects!.put(r.prospect);
      rows!.put(r.row);
      for (const key of stageWordKeys(r.row)) stageWords!.put({ key });
    }
    for (const key of touched) counters!.put({ key, n: tallies.get(key) });
    await done(tx);
    writing += performance.now() - t0;
  }
  idb.close();
  return count / (writing / 1000);
}

const cell = (v: unknown) => `"${String(v ?? '').replace(/"/g, '""')}"`;

/**
 * The yardstick of an export: every prospect with its account and contact read raw in
 * pages of 2,000 by primary key, one CSV line each, into a Blob. Prospects a second.
 */
export async function rawReadAndSerialise(): Promise<number> {
  const idb = await openRaw();
  const t0 = performance.now();
  const parts: string[] = [];
  let after: string | null = null;
  let lines = 0;
  for (;;) {
    const tx = idb.transaction(['prospects', 'accounts', 'contacts'], 'readonly');
    const range = after === null ? null : IDBKeyRange.lowerBound(after, true);
    const page = (await result(tx.objectStore('prospects').getAll(range, 2000))) as {
      id: string;
      accountKey: string | null;
      contactKey: string | null;
      status: string;
      score: { grade: string; verdict: string } | null;
      updatedAt: string;
    }[];
    if (page.length === 0) break;
    const get = (store: string, key: string | null) =>
      key ? result(tx.objectStore(store).get(key)) : Promise.resolve(undefined);
    const [accounts, contacts] = await Promise.all([
      Promise.all(page.map((p) => get('accounts', p.accountKey))),
      Promise.all(page.map((p) => get('contacts', p.contactKey))),
    ]);
    parts.push(
      page
        .map((p, i) => {
          const a = accounts[i] as { name?: string; domain?: string } | undefined;
          const c = contacts[i] as { name?: string; fields?: { title?: { value: unknown } } };
          const values = [c?.name, c?.fields?.title?.value, a?.name, a?.domain, p.status];
          return [...values, p.score?.grade, p.score?.verdict, p.updatedAt].map(cell).join(',');
        })
        .join('\n') + '\n',
    );
    lines += page.length;
    after = page.at(-1)!.id;
  }
  new Blob(parts, { type: 'text/csv' });
  const seconds = (performance.now() - t0) / 1000;
  idb.close();
  return lines / seconds;
}

/**
 * The product's export of everything the list shows (its ids in the list's default order,
 * as the Export dialog reads them), generic CSV. Prospects a second.
 */
export async function exportThroughput(): Promise<number> {
  const db = new CribaDB();
  const t0 = performance.now();
  const ids = (await db.rows.orderBy('updatedAt').primaryKeys()).reverse();
  const out = await runExport(db, { scope: { kind: 'ids', ids }, format: 'generic', locale: 'en' });
  const seconds = (performance.now() - t0) / 1000;
  db.close();
  return out.count / seconds;
}

/**
 * The product's CSV import of `count` new people (a HubSpot-style file), from the file's
 * bytes to the committed transaction: parse, map, plan, import. Prospects a second.
 */
export async function importThroughput(count: number): Promise<number> {
  const head = 'First Name,Last Name,Email,Job Title,Company Name,Website URL,Country';
  const lines = Array.from({ length: count }, (_, i) => {
    const c = 900_000 + Math.floor(i / 5);
    const person = `Importada,Persona ${i},importada.${i}@nueva-${c}.example`;
    return `${person},Gerente,Nueva Empresa ${c},https://nueva-${c}.example/,ES`;
  });
  const bytes = new TextEncoder().encode([head, ...lines].join('\n'));
  const db = new CribaDB();
  const t0 = performance.now();
  const prepared = prepareCsv(bytes);
  if (!prepared.ok) throw new Error(`import bench file refused: ${prepared.issue.key}`);
  const plan = planImport(prepared.table, prepared.mapping, new Date());
  if (plan.rejected.length > 0)
    throw new Error(`import bench rows rejected: ${plan.rejected.length}`);
  const report = await importRows(db, plan.valid, new Date());
  const seconds = (performance.now() - t0) / 1000;
  db.close();
  if (report.created !== count) throw new Error(`import bench created ${report.created}`);
  return count / seconds;
}
