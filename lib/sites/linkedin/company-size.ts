/**
 * LinkedIn's company size bands ("51-200 employees", "1.001-5.000 empleados",
 * "10,001+ employees", "1 employee") as numbers. A member count ("87 associated
 * members", "See all 87 employees") is not a band and yields null: it counts LinkedIn
 * profiles, not staff.
 */
export interface SizeBand {
  min: number;
  max: number | null;
}

const MAX_EMPLOYEES = 10_000_000;
const WORKERS = String.raw`(?:employees?|empleados?|trabajadores?|personas)`;
// A number with optional thousands separators: "10,001", "1.001", "5 000" (NBSP too).
const NUM = String.raw`(\d{1,3}(?:[.,\s\u00a0\u202f]\d{3})+|\d+)`;

const RANGE = new RegExp(
  String.raw`^(?:de\s+)?${NUM}\s*(?:-|–|—|to|a|hasta)\s*${NUM}\s+${WORKERS}$`,
  'i',
);
const OPEN = new RegExp(
  String.raw`^(?:${NUM}\s*\+|${NUM}\s+(?:or more|o más|o mas)|(?:over|more than|más de|mas de)\s+${NUM})\s+${WORKERS}$`,
  'i',
);
const ONE = new RegExp(
  String.raw`^(?:0\s*-\s*)?1\s+${WORKERS}$|^(?:myself only|solo yo|autónomo|autonomo)$`,
  'i',
);

function toNumber(s: string | undefined): number | null {
  if (!s) return null;
  const n = Number(s.replace(/[.,\s\u00a0\u202f]/g, ''));
  return Number.isSafeInteger(n) && n >= 0 && n <= MAX_EMPLOYEES ? n : null;
}

/** The size band a text states, or null when it states none (or only a member count). */
export function parseSizeBand(input: string | null | undefined): SizeBand | null {
  if (!input) return null;
  const s = input.replace(/\s+/g, ' ').trim().slice(0, 120);
  if (!s || /\b(members?|miembros?|on linkedin|en linkedin|see all|ver (a )?tod)/i.test(s))
    return null;

  if (ONE.test(s)) return { min: 1, max: 1 };
  const range = RANGE.exec(s);
  if (range) {
    const min = toNumber(range[1]);
    const max = toNumber(range[2]);
    if (min === null || max === null || max < min) return null;
    return { min: Math.max(min, 1), max: Math.max(max, 1) };
  }
  const open = OPEN.exec(s);
  if (open) {
    const min = toNumber(open[1] ?? open[2] ?? open[3]);
    return min === null ? null : { min: Math.max(min, 1), max: null };
  }
  return null;
}

/** Whether a short text is a follower count ("12K followers", "12 mil seguidores"). */
export function isFollowerCount(input: string): boolean {
  return /^[\d.,\s\u00a0]+\s*(k|m|mil|mill\.?|millones)?\s*(followers?|seguidores?)$/i.test(
    input.replace(/\s+/g, ' ').trim(),
  );
}

/** A founding year within reason (LinkedIn pages state one four-digit year). */
export function parseFoundedYear(
  input: string | number | null | undefined,
  now: Date,
): number | null {
  if (input === null || input === undefined) return null;
  const m = /(?:^|\D)(1[5-9]\d{2}|20\d{2})(?:\D|$)/.exec(String(input).slice(0, 60));
  const year = m?.[1] ? Number(m[1]) : NaN;
  return year >= 1500 && year <= now.getUTCFullYear() ? year : null;
}

/** The band from a first-render entity's `{start, end}` range (no end: open band). */
export function bandFromRange(range: unknown): SizeBand | null {
  if (!range || typeof range !== 'object') return null;
  const { start, end } = range as { start?: unknown; end?: unknown };
  if (
    typeof start !== 'number' ||
    !Number.isSafeInteger(start) ||
    start < 0 ||
    start > MAX_EMPLOYEES
  )
    return null;
  if (end === undefined || end === null) return { min: Math.max(start, 1), max: null };
  if (typeof end !== 'number' || !Number.isSafeInteger(end) || end < start || end > MAX_EMPLOYEES)
    return null;
  return { min: Math.max(start, 1), max: Math.max(end, 1) };
}
