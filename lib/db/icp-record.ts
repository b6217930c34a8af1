import { z } from 'zod';

/**
 * A stored ICP version. The ICP itself is defined and validated by lib/icp; storage
 * keeps it as an opaque JSON object so the two can evolve apart, but still refuses
 * anything that would not survive a JSON backup (functions, Dates, NaN, cycles…).
 */

function isJsonValue(v: unknown, depth: number, seen: Set<object>): boolean {
  if (depth > 64) return false;
  if (v === null || typeof v === 'string' || typeof v === 'boolean') return true;
  if (typeof v === 'number') return Number.isFinite(v);
  if (typeof v !== 'object') return false;
  if (seen.has(v)) return false;
  seen.add(v);
  let ok: boolean;
  if (Array.isArray(v)) {
    ok = v.every((x) => isJsonValue(x, depth + 1, seen));
  } else {
    const proto = Object.getPrototypeOf(v) as unknown;
    ok =
      (proto === Object.prototype || proto === null) &&
      Object.values(v).every((x) => isJsonValue(x, depth + 1, seen));
  }
  seen.delete(v);
  return ok;
}

export const IcpJsonSchema = z
  .record(z.string(), z.unknown())
  .refine((v) => isJsonValue(v, 0, new Set()), {
    message: 'The ICP must be plain JSON (no functions, dates, NaN or cycles).',
  });

export const IcpRecordSchema = z.object({
  version: z.number().int().positive(),
  savedAt: z.iso.datetime(),
  icp: IcpJsonSchema,
});
export type IcpRecord = z.infer<typeof IcpRecordSchema>;
