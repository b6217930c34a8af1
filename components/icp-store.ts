import { useLiveQuery } from 'dexie-react-hooks';
import type { CribaDB } from '../lib/db/database';
import { latestIcp, saveIcp } from '../lib/db/icp-repository';
import { defaultIcp } from '../lib/icp/default-icp';
import { IcpSchema, type Icp } from '../lib/icp/icp-schema';
import { translateIssues, type ImportIssue } from '../lib/icp/zod-issues';
import type { Locale } from '../lib/model/vocab';
import { db } from './db';
import { useLocale } from './locale';

export interface ActiveIcp {
  icp: Icp;
  /** The stored version this is; 0 for the built-in default (nothing saved yet). */
  version: number;
  /** When that version was saved; null for the default. */
  savedAt: string | null;
  /**
   * The newest stored version when it no longer reads as an ICP (written by a newer or
   * broken build): the default is used instead, and the page says so.
   */
  unreadableVersion: number | null;
}

export type SaveActiveIcpResult =
  { ok: true; version: number; icp: Icp } | { ok: false; issues: ImportIssue[] };

/** The ICP in force: the newest stored version, else the default in the rep's language. */
export async function loadActiveIcp(database: CribaDB, locale: Locale): Promise<ActiveIcp> {
  const record = await latestIcp(database);
  if (record) {
    const parsed = IcpSchema.safeParse(record.icp);
    if (parsed.success) {
      return {
        icp: parsed.data,
        version: record.version,
        savedAt: record.savedAt,
        unreadableVersion: null,
      };
    }
  }
  return {
    icp: defaultIcp(locale),
    version: 0,
    savedAt: null,
    unreadableVersion: record?.version ?? null,
  };
}

/**
 * Validates `icp` as a whole and stores it as a new version. An invalid ICP stores
 * nothing and comes back as issues with their paths, in both languages.
 */
export async function saveActiveIcp(
  database: CribaDB,
  icp: unknown,
  now: Date,
): Promise<SaveActiveIcpResult> {
  const parsed = IcpSchema.safeParse(icp, { reportInput: true });
  if (!parsed.success) return { ok: false, issues: translateIssues(parsed.error.issues) };
  const version = await saveIcp(database, parsed.data, now);
  return { ok: true, version, icp: parsed.data };
}

/** The active ICP, live across pages; undefined while it loads. */
export function useActiveIcp(): ActiveIcp | undefined {
  const { locale } = useLocale();
  return useLiveQuery(() => loadActiveIcp(db, locale), [locale]);
}
