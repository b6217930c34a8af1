/**
 * Names as comparable tokens: accents and case folded, punctuation dropped, so that
 * "Cerámicas Nubia, S.L." and "CERAMICAS NUBIA SL" read alike. Shared by the company and
 * person name rules.
 */
const LETTERS: Record<string, string> = { ß: 'ss', ł: 'l', ø: 'o', đ: 'd', æ: 'ae', œ: 'oe' };

export function nameTokens(name: string | null | undefined): string[] {
  if (!name) return [];
  return (
    name
      .normalize('NFKD')
      .replace(/\p{M}+/gu, '')
      .toLowerCase()
      // Letters that do not decompose into a base letter and a mark.
      .replace(/[ßłøđæœ]/g, (c) => LETTERS[c] ?? c)
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim()
      .split(' ')
      .filter(Boolean)
  );
}
