import type { Locale } from '../model/vocab';
import { fold, hasPhrase } from '../icp/fold';
import type { Icp, Problem } from '../icp/icp-schema';
import { textIn } from '../icp/localized-text';
import type { Hook } from './hook';

const foldedKeywords = new WeakMap<Problem, string[]>();
function keywords(problem: Problem): string[] {
  let k = foldedKeywords.get(problem);
  if (!k) foldedKeywords.set(problem, (k = problem.keywords.map(fold).filter(Boolean)));
  return k;
}

const join = (haystack: string, part: string) =>
  !part ? haystack : haystack ? `${haystack} | ${fold(part)}` : fold(part);

/**
 * A keyword found in the prospect's own words or facts weighs like a mid-strength hook:
 * more than the company's size alone (size-stage, 34), which every prospect with a known
 * headcount has, so a title the team named ("Gerente", "Sales") is not outvoted by it.
 */
const KEYWORD_POINTS = 40;

/**
 * The problem the angle should offer: the one whose declared hooks match the strongest
 * hooks found, plus its keywords found in the evidence. Ties go to the ICP's order (the
 * team lists its best story first); `among` narrows the choice to a tie the rep's note left.
 * None when nothing relates or no text is in `locale`.
 */
export function pickProblem(
  icp: Icp,
  hooks: readonly Hook[],
  haystackParts: readonly string[],
  locale: Locale,
  among: readonly string[] | null = null,
): Problem | null {
  // Folded part by part so that a keyword never matches across two facts.
  let haystack = '';
  for (const h of hooks) haystack = join(haystack, h.terms());
  for (const part of haystackParts) haystack = join(haystack, part);
  let best: Problem | null = null;
  let bestScore = 0;
  for (const problem of icp.problems) {
    if (among && !among.includes(problem.id)) continue;
    if (!textIn(problem.text, locale, icp.locale)) continue;
    let points = 0;
    for (const h of hooks) if (problem.hooks.includes(h.kind)) points += h.strength;
    // Keywords count once: a title that names two of them ("founder & CEO") must not
    // outweigh what the page shows.
    if (keywords(problem).some((k) => hasPhrase(haystack, k))) points += KEYWORD_POINTS;
    if (points > bestScore) {
      bestScore = points;
      best = problem;
    }
  }
  return best;
}
