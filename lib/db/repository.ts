import type { CribaDB } from './database';
import { deleteRows, rowTables } from './row-writes';
import { transact } from './transact';

/**
 * The storage API the pages use. Every function takes the database first; every record
 * read is parsed with its zod schema and every record written is parsed before the
 * write. Saving lives in save-prospect.ts, erasure in suppression.ts, retention in
 * retention.ts, the pipeline in pipeline.ts, the list's rows in list-row.ts and
 * sync-rows.ts and its queries in list-query.ts, the export's rows in prospect-rows.ts.
 */
export { openCribaDB, CribaDB } from './database';
export { findExisting, type Existing, type Link, type PageNames } from './find-existing';
export { saveProspect, type Saved } from './save-prospect';
export type { SaveInput } from './save-input';
export { erasePerson, isSuppressed, suppressionHash, type EraseResult } from './suppression';
export { applyRetention, type RetentionResult } from './retention';
export { listProspectRows, type ProspectRow, type ProspectRows } from './prospect-rows';
export { rescoreAll, type Rescored, type RescoreFn } from './rescore';
export { setOutcome, setStatus, type OutcomeInput } from './pipeline';
export { rebuildAllRows, syncRows } from './sync-rows';
export { InvalidRecordError, StorageFullError, SuppressedError } from './errors';

/**
 * Deletes prospects with their score history and rows; how many existed. Accounts and
 * contacts stay: they are facts about a company or person that the next capture of them
 * reuses. Removing a person entirely is `erasePerson`; records nothing points to any
 * more expire through `applyRetention`.
 */
export async function deleteProspects(db: CribaDB, ids: readonly string[]): Promise<number> {
  return transact(db, 'rw', [db.prospects, db.scoreHistory, ...rowTables(db)], async (db) => {
    const existed = (await db.prospects.bulkGet([...ids])).filter((p) => p !== undefined);
    await db.scoreHistory
      .where('prospectId')
      .anyOf([...ids])
      .delete();
    await db.prospects.bulkDelete([...ids]);
    await deleteRows(db, ids);
    return existed.length;
  });
}
