import { nameTokens } from './fold';

/**
 * Whether two written names are one person's: equal once accents, case and punctuation
 * are folded, or one is the other's first words when it has at least a given name and a
 * surname — a Spanish signature often drops the second surname ("Begoña Irazabal" for
 * "Begoña Irazabal Etxeberria"). A lone given name never matches.
 */
export function samePersonName(a: string | null | undefined, b: string | null | undefined) {
  const ta = nameTokens(a);
  const tb = nameTokens(b);
  const [short, long] = ta.length <= tb.length ? [ta, tb] : [tb, ta];
  if (short.length === 0) return false;
  if (short.length === long.length) return short.every((t, i) => t === long[i]);
  return short.length >= 2 && short.every((t, i) => t === long[i]);
}
