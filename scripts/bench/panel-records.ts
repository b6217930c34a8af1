import { toListRow, type ListRow } from '../../lib/db/list-row';
import { AccountSchema, ContactSchema, ProspectSchema } from '../../lib/model/records';
import type { Account, Contact, Prospect } from '../../lib/model/records';
import { generateProspects } from '../lib/score-workload';

export interface StoredRecords {
  accounts: Account[];
  contacts: Contact[];
  prospects: Prospect[];
  /** The list's line of each prospect, as every save writes it beside the records. */
  rows: ListRow[];
}

const AT = '2026-11-02T09:30:00.000Z';

/**
 * The scoring benchmark's 10,000 varied prospects as the records Criba stores, each checked
 * against its schema: the database the panel looks a page's person up in.
 */
export function storedRecords(count = 10_000): StoredRecords {
  const out: StoredRecords = { accounts: [], contacts: [], prospects: [], rows: [] };
  generateProspects(count).forEach((p, i) => {
    const domain = `empresa-demo-${i}.example`;
    const accountKey = `domain:${domain}`;
    const name = (f: Record<string, { value: unknown }> | undefined) =>
      String(f?.name?.value ?? '');
    out.accounts.push(
      AccountSchema.parse({
        key: accountKey,
        domain,
        linkedinSlug: null,
        name: name(p.account?.fields),
        fields: p.account?.fields ?? {},
        createdAt: AT,
        updatedAt: AT,
      }),
    );
    const contactKey = p.contact ? `li:persona-${i}` : null;
    if (p.contact)
      out.contacts.push(
        ContactSchema.parse({
          key: contactKey,
          accountKey,
          linkedinSlug: `persona-${i}`,
          email: null,
          name: name(p.contact.fields),
          fields: p.contact.fields,
          createdAt: AT,
          updatedAt: AT,
        }),
      );
    const prospect = ProspectSchema.parse({
      id: contactKey ?? accountKey,
      accountKey,
      contactKey,
      status: 'new',
      frameworkId: 'bant',
      answers: p.prospect.answers,
      pain: p.prospect.pain,
      angle: null,
      notes: '',
      outcome: null,
      score: null,
      icpVersion: null,
      createdAt: AT,
      updatedAt: AT,
    });
    out.prospects.push(prospect);
    out.rows.push(
      toListRow(prospect, out.accounts.at(-1)!, p.contact ? out.contacts.at(-1)! : null),
    );
  });
  return out;
}
