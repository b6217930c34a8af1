import type { Answer, AnswerValue } from '../model/records';
import type { Evidence, ScoreLine } from '../model/score';
import type { DisqualificationReason, Locale } from '../model/vocab';
import type { Framework, Question } from '../qualify/framework-schema';
import { answerLabel, evaluateAnswer, type AnswerEvaluation } from '../qualify/answers';

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

const canDisqualify = (q: Question) =>
  q.kind === 'choice' ? q.options.some((o) => o.disqualifies) : q.disqualifyWhen !== undefined;

const round2 = (n: number) => Math.round(n * 100) / 100;

/** One answer value of one question: how it counts, and its lines by language and decay. */
interface ValueEntry {
  ev: AnswerEvaluation;
  lines: Record<Locale, Map<number, ScoreLine>>;
}

/**
 * What a question's lines need, worked out once per framework object. Lines are values:
 * the same question, answer, language and decay always give the same line, so one frozen
 * object serves every prospect that shares them (a re-score of 10,000 prospects would
 * otherwise build tens of thousands of identical lines). Nothing mutates a score's lines.
 */
interface PreparedQuestion {
  q: Question;
  mustHave: boolean;
  /** The line of a question with no answer, by language. */
  unanswered: Record<Locale, ScoreLine>;
  byValue: Map<AnswerValue, ValueEntry>;
}

/** Distinct answer values remembered per question (numbers can be anything). */
const VALUES_PER_QUESTION = 256;

const prepared = new WeakMap<Framework, PreparedQuestion[]>();
function prepare(framework: Framework): PreparedQuestion[] {
  let p = prepared.get(framework);
  if (!p) {
    p = framework.questions.map((q) => {
      const mustHave = canDisqualify(q);
      const unanswered = (locale: Locale): ScoreLine =>
        deepFreeze({
          kind: 'answer',
          id: q.id,
          label: q.text[locale].slice(0, 300),
          status: 'unknown',
          points: 0,
          max: q.weight,
          mustHave,
          evidence: [{ kind: 'missing', field: q.id, value: '' }],
        });
      return {
        q,
        mustHave,
        unanswered: { en: unanswered('en'), es: unanswered('es') },
        byValue: new Map(),
      };
    });
    prepared.set(framework, p);
  }
  return p;
}

function deepFreeze(line: ScoreLine): ScoreLine {
  for (const e of line.evidence) Object.freeze(e);
  Object.freeze(line.evidence);
  return Object.freeze(line);
}

function valueEntry(p: PreparedQuestion, value: AnswerValue): ValueEntry {
  let entry = p.byValue.get(value);
  if (!entry) {
    entry = { ev: evaluateAnswer(p.q, value), lines: { en: new Map(), es: new Map() } };
    if (p.byValue.size >= VALUES_PER_QUESTION) p.byValue.clear();
    p.byValue.set(value, entry);
  }
  return entry;
}

/** A value the question cannot take (an option since removed): unknown, the value shown. */
function invalidLine(p: PreparedQuestion, value: AnswerValue, locale: Locale): ScoreLine {
  const base = p.unanswered[locale];
  const evidence: Evidence[] = [
    { kind: 'missing', field: p.q.id, value: String(value).slice(0, 500) },
  ];
  return { ...base, evidence };
}

function answeredLine(
  p: PreparedQuestion,
  entry: ValueEntry,
  value: AnswerValue,
  ratio: number,
  decay: number,
  locale: Locale,
): ScoreLine {
  const byDecay = entry.lines[locale];
  let line = byDecay.get(decay);
  if (!line) {
    const { q, mustHave } = p;
    line = deepFreeze({
      kind: 'answer',
      id: q.id,
      label: p.unanswered[locale].label,
      status: ratio >= 1 ? 'met' : ratio <= 0 ? 'unmet' : 'partial',
      points: round2(q.weight * ratio * decay),
      max: q.weight,
      mustHave,
      decay,
      evidence: [
        { kind: 'answer', field: q.id, value: answerLabel(q, value, locale).slice(0, 500) },
      ],
    });
    byDecay.set(decay, line);
  }
  return line;
}

/** What the answers add up to, besides their lines. */
export interface AnswerTally {
  /** Sum of the weights of the questions answered. */
  max: number;
  /** Points those answers earned, after decay. */
  points: number;
  /** Some answer is older than the ICP's maximum age. */
  stale: boolean;
}

/**
 * Appends one line per question of the framework, answered or not, to `lines`, and the
 * reason of each disqualifying answer (framework order) to `reasons`.
 */
export function addAnswerLines(
  lines: ScoreLine[],
  reasons: DisqualificationReason[],
  framework: Framework,
  answers: Readonly<Record<string, Answer>>,
  now: Date,
  maxAgeDays: number,
  locale: Locale,
): AnswerTally {
  const tally: AnswerTally = { max: 0, points: 0, stale: false };
  for (const p of prepare(framework)) {
    const answer = Object.hasOwn(answers, p.q.id) ? answers[p.q.id] : undefined;
    if (!answer || answer.value === 'unknown') {
      lines.push(p.unanswered[locale]);
      continue;
    }
    const entry = valueEntry(p, answer.value);
    const { ev } = entry;
    if (ev.state === 'unknown') {
      lines.push(invalidLine(p, answer.value, locale));
      continue;
    }
    const decay = answerDecay(answer.answeredAt, now, maxAgeDays);
    const line = answeredLine(p, entry, answer.value, ev.ratio, decay, locale);
    lines.push(line);
    tally.max += line.max;
    tally.points += line.points;
    if (decay < 1) tally.stale = true;
    if (ev.disqualifies) reasons.push(ev.disqualifies);
  }
  return tally;
}
