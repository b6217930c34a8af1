import { rate } from './counts';
import { isDecided, type DecidedRow } from './decided-row';
import { addMoney, type Money } from './money';

/** Close rate and won value of the decided prospects that share one key. */
export interface BreakdownLine {
  key: string;
  decided: number;
  won: number;
  closeRate: number | null;
  /** Won deals' values, by currency. */
  wonValue: Money;
}

/**
 * Decided prospects grouped by `keysOf` (a prospect may fall under several keys, as
 * under each answer it gave), most decided first. Open deals are not counted: a close
 * rate is won against lost and no decision.
 */
export function breakdown(
  rows: Iterable<DecidedRow>,
  keysOf: (r: DecidedRow) => readonly string[],
): BreakdownLine[] {
  const lines = new Map<string, BreakdownLine>();
  for (const r of rows) {
    if (!isDecided(r)) continue;
    for (const key of keysOf(r)) {
      let line = lines.get(key);
      if (!line) {
        line = { key, decided: 0, won: 0, closeRate: null, wonValue: {} };
        lines.set(key, line);
      }
      line.decided += 1;
      if (r.status === 'won') {
        line.won += 1;
        addMoney(line.wonValue, r.currency, r.value);
      }
    }
  }
  return [...lines.values()]
    .map((l) => ({ ...l, closeRate: rate(l.won, l.decided) }))
    .sort((a, b) => b.decided - a.decided || a.key.localeCompare(b.key));
}

export const byGrade = (rows: Iterable<DecidedRow>) => breakdown(rows, (r) => [r.grade]);
export const byVerdict = (rows: Iterable<DecidedRow>) => breakdown(rows, (r) => [r.verdict]);
export const bySource = (rows: Iterable<DecidedRow>) => breakdown(rows, (r) => [r.source]);

export interface CriterionLines {
  id: string;
  met: BreakdownLine;
  notMet: BreakdownLine;
}

/** For each criterion: the decided prospects that met it against those that did not. */
export function byCriterion(
  rows: readonly DecidedRow[],
  criterionIds: readonly string[],
): CriterionLines[] {
  const empty = (key: string): BreakdownLine => ({
    key,
    decided: 0,
    won: 0,
    closeRate: null,
    wonValue: {},
  });
  return criterionIds.map((id) => {
    const lines = breakdown(rows, (r) => [r.met.includes(id) ? 'met' : 'notMet']);
    return {
      id,
      met: lines.find((l) => l.key === 'met') ?? empty('met'),
      notMet: lines.find((l) => l.key === 'notMet') ?? empty('notMet'),
    };
  });
}

export interface QuestionLines {
  question: string;
  /** One line per answer given, its key the row's `question=answer`. */
  answers: BreakdownLine[];
}

/** For each interview question answered: close rate per answer given. */
export function byAnswer(rows: readonly DecidedRow[]): QuestionLines[] {
  const questions = new Map<string, BreakdownLine[]>();
  for (const line of breakdown(rows, (r) => r.answers)) {
    const question = line.key.slice(0, line.key.indexOf('='));
    questions.set(question, [...(questions.get(question) ?? []), line]);
  }
  return [...questions.entries()]
    .map(([question, answers]) => ({ question, answers }))
    .sort((a, b) => a.question.localeCompare(b.question));
}
