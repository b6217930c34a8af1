import type { Score } from '../model/score';
import { score as computeScore, type ScoreInput } from '../scoring/score';
import type { Advice } from '../model/advice';
import { planAdvice, type RecommendInput } from './plan-advice';
import type { Recommendation } from './recommendation-schema';
import { renderRecommendation } from './render-recommendation';

export type { RecommendInput };

/** The recommendation for a scored prospect, written in `input.locale` (see planAdvice). */
export function recommend(input: RecommendInput): Recommendation {
  return renderRecommendation(planAdvice(input), input.locale, input.icp);
}

/**
 * The text saved with the prospect and exported as its angle: what the rep would send
 * (the headline is the panel's label for it, and would only repeat its first fact).
 */
export function recommendationText(r: Recommendation): string {
  return r.kind === 'angle' ? r.opener : r.note;
}

/** What the prospect keeps to follow up: an angle's next step, or a close-out's revisit day. */
export function followUp(r: Recommendation): { nextStep: string | null; revisitAt: string | null } {
  return r.kind === 'angle'
    ? { nextStep: r.nextStep, revisitAt: null }
    : { nextStep: null, revisitAt: r.revisitAt };
}

/**
 * Scores and recommends in one call, as the side panel, `npm run score` and a re-score
 * do: the one code path every surface shares, so they agree on every prospect.
 */
export function scoreAndRecommend(
  input: ScoreInput & Pick<RecommendInput, 'problemId' | 'emailSentences'> & { pain?: string },
): { score: Score; advice: Advice; recommendation: Recommendation } {
  const s = computeScore(input);
  const advice = planAdvice({
    score: s,
    facts: input.facts,
    answers: input.answers,
    pain: input.pain ?? '',
    problemId: input.problemId ?? null,
    emailSentences: input.emailSentences,
    icp: input.icp,
    framework: input.framework,
    locale: input.locale,
    now: input.now,
  });
  return {
    score: s,
    advice,
    recommendation: renderRecommendation(advice, input.locale, input.icp),
  };
}
