import type { Answer } from '../model/records';
import type { ScoreLine } from '../model/score';
import type { DisqualificationReason, Locale } from '../model/vocab';
import type { Framework, Question } from '../qualify/framework-schema';
import { answerLabel, evaluateAnswer } from '../qualify/answers';

const DAY_MS = 86_400_000;

/** Timestamps are re-read on every re-score of the same prospect: parse each once. */
const times = new Map<string, number>();
function parseTime(iso: string): number {
  let t = times.get(iso);
  if (t === undefined) {
    t = Date.parse(iso);
    if (times.size >= 4096) times.clear();
    times.set(iso, t);
  }
  return t;
}

/**
 * How much an answer still counts: 1 while it is at most `maxAgeDays` old, then half for
 * each further period begun (91–180 days: 0.5, 181–270: 0.25 with the default 90).
 * Stepwise on purpose: a rep can read "older than 90 days counts half".
 */
export function answerDecay(answeredAt: string, now: Date, maxAgeDays: number): number {
  const t = parseTime(answeredAt);
  if (Number.isNaN(t)) return 1;
  const ageDays = (now.getTime() - t) / DAY_MS;
  if (ageDays <= maxAgeDays) return 1;
  return 0.5 ** (Math.ceil(ageDays / maxAgeDays) - 1);
}

export interface AnswerLine {
  line: ScoreLine;
  question: Question;
  answered: boolean;
  disqualifies: DisqualificationReason | null;
  stale: boolean;
}

const canDisqualify = (q: Question) =>
  q.kind === 'choice' ? q.options.some((o) => o.disqualifies) : q.disqualifyWhen !== undefined;

const round2 = (n: number) => Math.round(n * 100) / 100;

/** One line per question of the framework, answered or not. */
export function answerLines(
  framework: Framework,
  answers: Readonly<Record<string, Answer>>,
  now: Date,
  maxAgeDays: number,
  locale: Locale,
): AnswerLine[] {
  // Object literals, not spreads: this runs for every question of every prospect scored.
  return framework.questions.map((q) => {
    const answer = Object.hasOwn(answers, q.id) ? answers[q.id] : undefined;
    const ev = evaluateAnswer(q, answer?.value);
    const label = q.text[locale].slice(0, 300);
    const mustHave = canDisqualify(q);
    if (!answer || ev.state === 'unknown') {
      const raw = answer && answer.value !== 'unknown' ? String(answer.value).slice(0, 500) : '';
      return {
        line: {
          kind: 'answer',
          id: q.id,
          label,
          status: 'unknown',
          points: 0,
          max: q.weight,
          mustHave,
          evidence: [{ kind: 'missing', field: q.id, value: raw }],
        },
        question: q,
        answered: false,
        disqualifies: null,
        stale: false,
      };
    }
    const decay = answerDecay(answer.answeredAt, now, maxAgeDays);
    return {
      line: {
        kind: 'answer',
        id: q.id,
        label,
        status: ev.ratio >= 1 ? 'met' : ev.ratio <= 0 ? 'unmet' : 'partial',
        points: round2(q.weight * ev.ratio * decay),
        max: q.weight,
        mustHave,
        decay,
        evidence: [
          {
            kind: 'answer',
            field: q.id,
            value: answerLabel(q, answer.value, locale).slice(0, 500),
          },
        ],
      },
      question: q,
      answered: true,
      disqualifies: ev.disqualifies,
      stale: decay < 1,
    };
  });
}
