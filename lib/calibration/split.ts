import { isWon, type Sample } from './sample';

/** Share of each outcome kept out of the fit to judge it. */
export const HELD_OUT_SHARE = 0.3;

/** FNV-1a of a string: a stable, well-spread order that does not depend on storage order. */
function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

/**
 * A deterministic stratified split: won and not-won deals are each put in a fixed pseudo-
 * random order (a hash of the prospect id) and every tenth-place slot below 3 is held out,
 * so both sides keep their share, the first of each side is always held out, and the
 * same outcomes give the same split on every run and machine.
 */
export function stratifiedSplit<S extends Pick<Sample, 'id' | 'outcome'>>(
  samples: readonly S[],
): { fit: S[]; heldOut: S[] } {
  const fit: S[] = [];
  const heldOut: S[] = [];
  for (const side of [true, false]) {
    const ordered = samples
      .filter((s) => isWon(s) === side)
      .map((s) => ({ s, h: fnv1a(s.id) }))
      .sort((a, b) => a.h - b.h || (a.s.id < b.s.id ? -1 : a.s.id > b.s.id ? 1 : 0));
    ordered.forEach(({ s }, i) => ((i % 10) / 10 < HELD_OUT_SHARE ? heldOut : fit).push(s));
  }
  return { fit, heldOut };
}
