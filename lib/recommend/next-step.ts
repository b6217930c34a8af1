import type { NextStep } from '../model/advice';
import type { Question } from '../qualify/framework-schema';
import type { RecommendInput } from './plan-advice';

/*
 * Next steps are the same for most prospects of a re-score: shared, frozen objects
 * (ask-first by its pair of questions) keep 10,000 of them from allocating.
 */
const SEND_REQUEST: NextStep = Object.freeze({ kind: 'send-request' });
const BOOK: NextStep = Object.freeze({ kind: 'book' });
const CALL: NextStep = Object.freeze({ kind: 'call' });
const FOLLOW_UP: NextStep = Object.freeze({ kind: 'follow-up' });
const staleSteps = new Map<number, NextStep>();
const askSteps = new WeakMap<Question, Map<Question | null, NextStep>>();
function askFirst(first: Question, second: Question | null): NextStep {
  let bySecond = askSteps.get(first);
  if (!bySecond) askSteps.set(first, (bySecond = new Map()));
  let step = bySecond.get(second);
  if (!step) {
    const questions = second ? [first.text, second.text] : [first.text];
    bySecond.set(second, (step = Object.freeze({ kind: 'ask-first', questions })));
  }
  return step;
}

/**
 * What the rep does next: re-qualify stale answers; answer the prospect's own request;
 * book a qualified prospect; else ask the two heaviest open questions, or follow up.
 * `problemHeard`: the rep's note or the prospect's email named the problem, so "do they
 * have a problem we solve?" is not asked again (what it costs them still is).
 */
export function nextStep(
  input: RecommendInput,
  answersRequest: boolean,
  problemHeard: boolean,
): NextStep {
  const { score, icp, framework } = input;
  if (score.stale) {
    const days = icp.answerMaxAgeDays;
    let step = staleSteps.get(days);
    if (!step) staleSteps.set(days, (step = Object.freeze({ kind: 'stale', days })));
    return step;
  }
  if (answersRequest) return SEND_REQUEST;
  if (score.verdict === 'qualified') return icp.bookingUrl ? BOOK : CALL;
  // The two heaviest questions still unanswered (the earlier one first on equal weight).
  let first: Question | null = null;
  let second: Question | null = null;
  for (const q of framework.questions) {
    if (q.weight <= 0 || score.answers[q.id]?.status !== 'unknown') continue;
    if (problemHeard && q.group === 'need' && q.kind === 'yesno') continue;
    if (!first || q.weight > first.weight) {
      second = first;
      first = q;
    } else if (!second || q.weight > second.weight) second = q;
  }
  if (!first) return FOLLOW_UP;
  return askFirst(first, second);
}
