import { z } from 'zod';

/**
 * The page's date range: the days the prospects were captured on (a cohort: what
 * became of the prospects captured then). Either end may be open.
 */
export const DateRangeSchema = z.object({
  from: z.iso.date().nullable(),
  to: z.iso.date().nullable(),
});
export type DateRange = z.infer<typeof DateRangeSchema>;

export const ALL_TIME: DateRange = { from: null, to: null };

/** The instants a range covers, UTC day bounds inclusive, for the createdAt indexes. */
export function rangeBounds(range: DateRange): { from: string | null; to: string | null } {
  return {
    from: range.from ? `${range.from}T00:00:00.000Z` : null,
    to: range.to ? `${range.to}T23:59:59.999Z` : null,
  };
}

/** The last `days` days up to `now`'s day. */
export function lastDays(days: number, now: Date): DateRange {
  const from = new Date(now.getTime() - (days - 1) * 86_400_000);
  return { from: from.toISOString().slice(0, 10), to: now.toISOString().slice(0, 10) };
}
