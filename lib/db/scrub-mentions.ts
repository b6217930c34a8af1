/**
 * What an erased person leaves in records that are not theirs — a company field read on
 * their profile (its source URL), a score line citing that field, another prospect's
 * note naming them — and how it is removed. Pure: suppression.ts applies it to every
 * table in the erasing transaction.
 */

/** Who is being erased, as stored: each contact record's name, profile slug and email. */
export interface ErasedPerson {
  name: string;
  linkedinSlug: string | null;
  email: string | null;
}

/** Stands where a mention was, so the rest of a note still reads. */
export const REDACTED = '[…]';

/** Shorter needles would match inside unrelated words and names. */
const MIN_NEEDLE = 3;

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const stripAccents = (s: string) => s.normalize('NFD').replace(/\p{M}+/gu, '');

/**
 * One pattern for every way the people are written: name (also without accents), slug
 * (also percent-encoded, as it appears in profile URLs) and email, case ignored, only as
 * whole words so "Ana" does not match inside "Analytics". Null when there is nothing to
 * look for.
 */
export function mentionPattern(people: readonly ErasedPerson[]): RegExp | null {
  const needles = new Set<string>();
  for (const p of people) {
    const name = p.name.trim().replace(/\s+/g, ' ');
    for (const n of [name, stripAccents(name)]) needles.add(n.toLowerCase());
    if (p.linkedinSlug) {
      needles.add(p.linkedinSlug.toLowerCase());
      needles.add(encodeURIComponent(p.linkedinSlug).toLowerCase());
    }
    if (p.email) needles.add(p.email.toLowerCase());
  }
  const usable = [...needles].filter((n) => n.length >= MIN_NEEDLE);
  if (usable.length === 0) return null;
  // Longest first, so a name is replaced whole rather than by a shorter variant of it.
  const alternatives = usable.sort((a, b) => b.length - a.length).map(escape);
  return new RegExp(`(?<![\\p{L}\\p{N}_])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}_])`, 'giu');
}

/**
 * A string without the mentions: a URL that mentions the person (their profile, a page
 * under it) becomes empty — a shortened URL would still point at them — and free text
 * keeps its other words. The same string when there is no mention.
 */
export function scrubText(text: string, pattern: RegExp): string {
  pattern.lastIndex = 0;
  if (!pattern.test(text)) return text;
  if (/^\s*https?:\/\//i.test(text)) return '';
  return text.replace(pattern, REDACTED);
}

/**
 * Every string inside `value` (arrays and plain objects, recursively) scrubbed; object
 * keys are identifiers of fields, never a person's data, and stay. Returns the very same
 * value when nothing changed, so a caller writes back only what did.
 */
export function scrubMentions<T>(value: T, pattern: RegExp): T {
  if (typeof value === 'string') return scrubText(value, pattern) as T;
  if (Array.isArray(value)) {
    const items = value.map((v: unknown) => scrubMentions(v, pattern));
    return items.some((v, i) => v !== value[i]) ? (items as T) : value;
  }
  if (value !== null && typeof value === 'object') {
    let changed = false;
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) {
      out[k] = scrubMentions(v, pattern);
      changed ||= out[k] !== v;
    }
    return changed ? (out as T) : value;
  }
  return value;
}
