import {
  AccountSchema,
  ContactSchema,
  ProspectSchema,
  ScoreHistorySchema,
  type Account,
  type Contact,
  type Prospect,
  type ScoreHistory,
} from '../model/records';
import type { CribaDB } from './database';
import { readAllValid, readValid } from './validate';
import { transact } from './transact';

/** Everything the detail view of one prospect shows, read and parsed at once. */
export interface ProspectDetail {
  prospect: Prospect;
  account: Account | null;
  contact: Contact | null;
  /** Every score it has had, newest first. */
  history: ScoreHistory[];
}

/** One prospect in full (null when it is gone or no longer parses): the list's detail view. */
export async function readProspectDetail(db: CribaDB, id: string): Promise<ProspectDetail | null> {
  return transact(
    db,
    'r',
    [db.prospects, db.accounts, db.contacts, db.scoreHistory],
    async (db) => {
      const prospect = readValid(ProspectSchema, await db.prospects.get(id));
      if (!prospect) return null;
      const [account, contact, history] = await Promise.all([
        prospect.accountKey ? db.accounts.get(prospect.accountKey) : undefined,
        prospect.contactKey ? db.contacts.get(prospect.contactKey) : undefined,
        db.scoreHistory.where('prospectId').equals(id).toArray(),
      ]);
      return {
        prospect,
        account: readValid(AccountSchema, account),
        contact: readValid(ContactSchema, contact),
        history: readAllValid(ScoreHistorySchema, history).valid.sort(
          (a, b) => Date.parse(b.at) - Date.parse(a.at),
        ),
      };
    },
  );
}
