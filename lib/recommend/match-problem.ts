import type { Icp, Problem } from '../icp/icp-schema';
import { SALES_THESAURUS } from './sales-thesaurus';
import { tokens, type Token } from './stem';

/**
 * Which of the ICP's problems a text (the rep's pain note, a sentence of the prospect's
 * email) speaks of, in either language: both sides are folded, stemmed and mapped onto a
 * small sales thesaurus, so "los datos de clientes están dispersos en hojas de cálculo"
 * meets "customer data scattered across spreadsheets and tools". A tie or no match says
 * so: the panel then lets the rep choose instead of guessing.
 */
export type ProblemMatch =
  | { status: 'matched'; problemId: string; words: string[] }
  | { status: 'tie'; candidates: string[]; words: string[] }
  | { status: 'none' };

interface Phrase {
  concept: string;
  stems: string[];
}

/** Thesaurus phrases by the stem they start with. */
const PHRASES: Map<string, Phrase[]> = (() => {
  const index = new Map<string, Phrase[]>();
  for (const [concept, entries] of Object.entries(SALES_THESAURUS)) {
    for (const entry of entries) {
      const stems = tokens(entry).map((t) => t.stem);
      const first = stems[0];
      if (!first) continue;
      const list = index.get(first) ?? [];
      list.push({ concept, stems });
      index.set(first, list);
    }
  }
  for (const list of index.values()) list.sort((a, b) => b.stems.length - a.stems.length);
  return index;
})();

/** A text's terms: thesaurus concepts (prefixed "#") and the stems no concept covers. */
interface Terms {
  /** Term → the words as written that gave it. */
  words: Map<string, string[]>;
}

const MIN_PLAIN_STEM = 4;

function termsOf(text: string): Terms {
  const toks: Token[] = tokens(text);
  const words = new Map<string, string[]>();
  const add = (term: string, ws: string[]) => {
    const list = words.get(term);
    if (list) for (const w of ws) if (!list.includes(w)) list.push(w);
    if (!list) words.set(term, [...new Set(ws)]);
  };
  for (let i = 0; i < toks.length;) {
    const tok = toks[i] as Token;
    const phrase = PHRASES.get(tok.stem)?.find((p) =>
      p.stems.every((s, k) => toks[i + k]?.stem === s),
    );
    if (phrase) {
      add(
        `#${phrase.concept}`,
        toks.slice(i, i + phrase.stems.length).map((t) => t.word),
      );
      i += phrase.stems.length;
      continue;
    }
    if (tok.stem.length >= MIN_PLAIN_STEM) add(tok.stem, [tok.word]);
    i++;
  }
  return { words };
}

const MEMO_LIMIT = 512;
const textMemo = new Map<string, Terms>();
function termsOfText(text: string): Terms {
  let t = textMemo.get(text);
  if (!t) {
    t = termsOf(text);
    if (textMemo.size >= MEMO_LIMIT) textMemo.clear();
    textMemo.set(text, t);
  }
  return t;
}

const problemMemo = new WeakMap<Problem, Set<string>>();
/** A problem's terms: from its text in every language it is written in and its keywords. */
function problemTerms(problem: Problem): Set<string> {
  let set = problemMemo.get(problem);
  if (!set) {
    const texts =
      typeof problem.text === 'string' ? [problem.text] : [problem.text.en, problem.text.es];
    set = new Set<string>();
    for (const text of [...texts, ...problem.keywords])
      for (const term of termsOf(text).words.keys()) set.add(term);
    problemMemo.set(problem, set);
  }
  return set;
}

/** A shared concept says more than a shared word. */
const CONCEPT_POINTS = 2;
const WORD_POINTS = 1;

/** The problem `text` speaks of, with the words that say so; a tie or nothing says so. */
export function matchProblem(icp: Icp, text: string): ProblemMatch {
  if (!text.trim()) return { status: 'none' };
  const { words } = termsOfText(text);
  let best = 0;
  let leaders: { id: string; words: string[] }[] = [];
  for (const problem of icp.problems) {
    const own = problemTerms(problem);
    let points = 0;
    const hit: string[] = [];
    for (const [term, ws] of words) {
      if (!own.has(term)) continue;
      points += term.startsWith('#') ? CONCEPT_POINTS : WORD_POINTS;
      for (const w of ws) if (!hit.includes(w)) hit.push(w);
    }
    if (points === 0 || points < best) continue;
    if (points > best) leaders = [];
    best = points;
    leaders.push({ id: problem.id, words: hit });
  }
  const [first] = leaders;
  if (!first) return { status: 'none' };
  if (leaders.length === 1) return { status: 'matched', problemId: first.id, words: first.words };
  const all: string[] = [];
  for (const l of leaders) for (const w of l.words) if (!all.includes(w)) all.push(w);
  return { status: 'tie', candidates: leaders.map((l) => l.id), words: all };
}
