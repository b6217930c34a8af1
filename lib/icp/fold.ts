/**
 * Folds text for matching: lower case, accents removed, every run of non-letters and
 * non-digits one space. "Desarrollo de Software" and "desarrollo de software" match; so
 * do "Node.js" and "node js".
 */
export function fold(text: string): string {
  let folded = memo.get(text);
  if (folded === undefined) {
    folded = compute(text);
    // Bounded: the same industries, titles and labels recur across prospects; a long
    // session must not grow without limit.
    if (memo.size >= MEMO_LIMIT) memo.clear();
    memo.set(text, folded);
  }
  return folded;
}

const MEMO_LIMIT = 4096;
const memo = new Map<string, string>();

function compute(text: string): string {
  // Most page text is plain ASCII: skip Unicode normalisation there (it is the slow part).
  if (/^[\x20-\x7e]*$/.test(text)) {
    return text
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, ' ')
      .trim();
  }
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * Whether folded `phrase` occurs in folded `haystack` starting at a word: "software" is in
 * "computer software", "service" in "financial services", but "it" is not in "digital".
 */
export function hasPhrase(haystack: string, phrase: string): boolean {
  if (!phrase) return false;
  for (let i = haystack.indexOf(phrase); i !== -1; i = haystack.indexOf(phrase, i + 1)) {
    if (i === 0 || haystack.charCodeAt(i - 1) === 32) return true;
  }
  return false;
}
