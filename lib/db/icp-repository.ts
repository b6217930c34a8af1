import type { CribaDB } from './database';
import { guardQuota } from './errors';
import { IcpJsonSchema, IcpRecordSchema, type IcpRecord } from './icp-record';
import { readAllValid, validated } from './validate';
import { transact } from './transact';

/**
 * ICP versions. Every save adds a version (never overwrites one) so a prospect's score
 * can always name the ICP it was computed with (`Prospect.icpVersion`). The ICP object
 * is validated as plain JSON here; its meaning is lib/icp's business.
 */

export interface IcpVersionInfo {
  version: number;
  savedAt: string;
}

/** Stores `icp` as the next version (1 for the first) and returns that version number. */
export async function saveIcp(db: CribaDB, icp: unknown, now: Date): Promise<number> {
  const value = validated(IcpJsonSchema, icp, 'icp');
  // A JSON round trip drops prototype-less quirks and undefined members, so what is
  // stored is exactly what a backup will contain.
  const plain = JSON.parse(JSON.stringify(value)) as Record<string, unknown>;
  return guardQuota(() =>
    transact(db, 'rw', [db.icps], async (db) => {
      const last = await db.icps.orderBy('version').last();
      const version = (typeof last?.version === 'number' ? last.version : 0) + 1;
      const record = validated(
        IcpRecordSchema,
        { version, savedAt: now.toISOString(), icp: plain },
        'icpRecord',
      );
      await db.icps.add(record);
      return version;
    }),
  );
}

/** The newest ICP version that still parses; null when none is stored. */
export async function latestIcp(db: CribaDB): Promise<IcpRecord | null> {
  const newestFirst = await db.icps.orderBy('version').reverse().toArray();
  for (const raw of newestFirst) {
    const parsed = IcpRecordSchema.safeParse(raw);
    if (parsed.success) return parsed.data;
  }
  return null;
}

/** Every stored version (number and date), newest first. */
export async function listIcpVersions(db: CribaDB): Promise<IcpVersionInfo[]> {
  const all = await db.icps.orderBy('version').reverse().toArray();
  return readAllValid(IcpRecordSchema, all).valid.map(({ version, savedAt }) => ({
    version,
    savedAt,
  }));
}
