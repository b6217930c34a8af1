import type { Answer } from '../model/records';
import type { Evidence } from '../model/score';
import type { Locale } from '../model/vocab';
import { answerLabel, evaluateAnswer } from '../qualify/answers';
import type { Question } from '../qualify/framework-schema';
import type { BothLanguages } from '../model/advice';
import { answerDecay } from '../scoring/answer-lines';
import { makeHook as hook, type Hook, type HookInput } from './hook';

/*
 * Hooks from what the prospect said in the interview: a near timeline (urgency-stated)
 * and a budget that exists or can be found (budget-stated). Old answers weigh less, by
 * the same decay the score applies.
 */

function firstAnswered(input: HookInput, groups: readonly string[]) {
  for (const q of input.framework.questions) {
    if (!groups.includes(q.group)) continue;
    const a = Object.hasOwn(input.answers, q.id) ? input.answers[q.id] : undefined;
    if (!a) continue;
    const ev = evaluateAnswer(q, a.value);
    if (ev.state === 'answered') return { q, a, ratio: ev.ratio };
  }
  return null;
}

function answerEvidence(q: Question, a: Answer, locale: Locale): Evidence {
  return { kind: 'answer', field: q.id, value: answerLabel(q, a.value, locale).slice(0, 500) };
}

/** An answer's label in both languages: the advice is rendered in the reader's. */
const labels = new WeakMap<Question, Map<Answer['value'], BothLanguages>>();
function bothLabels(q: Question, value: Answer['value']): BothLanguages {
  // The same few options recur across a re-score: one label pair per question and value.
  let byValue = labels.get(q);
  if (!byValue) labels.set(q, (byValue = new Map()));
  let pair = byValue.get(value);
  if (!pair) {
    pair = Object.freeze({ en: answerLabel(q, value, 'en'), es: answerLabel(q, value, 'es') });
    if (byValue.size < 256) byValue.set(value, pair);
  }
  return pair;
}

export function answerHooks(input: HookInput, out: Hook[]): void {
  const { locale, now, icp } = input;
  const timing = firstAnswered(input, ['timeline']);
  if (timing && timing.ratio >= 0.7) {
    const label = bothLabels(timing.q, timing.a.value);
    const decay = answerDecay(timing.a.answeredAt, now, icp.answerMaxAgeDays);
    out.push(
      hook(
        { kind: 'urgency-stated', label },
        () => [answerEvidence(timing.q, timing.a, locale)],
        () => label[locale],
        decay,
      ),
    );
  }
  for (const q of input.framework.questions) {
    if (q.group !== 'budget') continue;
    const a = Object.hasOwn(input.answers, q.id) ? input.answers[q.id] : undefined;
    if (!a) continue;
    const ev = evaluateAnswer(q, a.value);
    if (ev.state !== 'answered' || ev.disqualifies) continue;
    const level =
      q.kind === 'number' && typeof a.value === 'number' && a.value > 0
        ? 'amount'
        : q.kind !== 'number' && ev.ratio >= 1
          ? 'allocated'
          : q.kind !== 'number' && ev.ratio >= 0.6
            ? 'path'
            : null;
    if (!level) continue;
    const label = bothLabels(q, a.value);
    const decay = answerDecay(a.answeredAt, now, icp.answerMaxAgeDays);
    out.push(
      hook(
        { kind: 'budget-stated', level, label },
        () => [answerEvidence(q, a, locale)],
        () => label[locale],
        decay,
      ),
    );
    break;
  }
}
