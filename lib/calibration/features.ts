import type { Icp } from '../icp/icp-schema';
import type { Answer } from '../model/records';
import type { Score } from '../model/score';
import type { Framework, Question } from '../qualify/framework-schema';

/**
 * What the model reads of a closed prospect: one column per ICP criterion and one per
 * interview answer option.
 *
 * A criterion is +1 met, −1 unmet and 0 when unknown or not applicable: the engine leaves
 * an unknown criterion out of the fit rather than counting it failed, and the model does
 * the same — an unknown sits between the two and moves nothing. Its coefficient is then
 * half the log-odds gap between meeting and failing it, the quantity a weight stands for.
 *
 * Answers are one-hot per option (unanswered or "unknown": all zero). The proposal never
 * changes the interview, but leaving the answers out would credit a criterion with what
 * the answers that come with it explain.
 */
export type Feature =
  { kind: 'criterion'; id: string } | { kind: 'answer'; questionId: string; option: string };

const SCALE_OPTIONS = ['1', '2', '3', '4', '5'];

function optionsOf(q: Question): string[] {
  switch (q.kind) {
    case 'yesno':
      return ['yes', 'no'];
    case 'scale':
      return SCALE_OPTIONS;
    case 'choice':
      return q.options.map((o) => o.id);
    case 'number':
      return ['below-target', 'target'];
  }
}

/** The option a stored answer is, or null when it says nothing. */
function optionOf(q: Question, answer: Answer | undefined): string | null {
  const v = answer?.value;
  if (v === undefined || v === 'unknown') return null;
  switch (q.kind) {
    case 'yesno':
      return v === 'yes' || v === 'no' ? v : null;
    case 'scale':
      return typeof v === 'number' ? String(Math.min(5, Math.max(1, Math.round(v)))) : null;
    case 'choice':
      return typeof v === 'string' && q.options.some((o) => o.id === v) ? v : null;
    case 'number':
      return typeof v === 'number' ? (v >= q.target ? 'target' : 'below-target') : null;
  }
}

export interface FeatureSpace {
  features: Feature[];
  /** The row of one prospect from its score (under the ICP of this space) and answers. */
  rowOf(score: Pick<Score, 'criteria'>, answers: Readonly<Record<string, Answer>>): number[];
}

export function featureSpace(icp: Icp, framework: Framework): FeatureSpace {
  const features: Feature[] = icp.criteria.map((c) => ({ kind: 'criterion', id: c.id }));
  const answerColumn = new Map<string, number>();
  for (const q of framework.questions) {
    for (const option of optionsOf(q)) {
      answerColumn.set(`${q.id}\u0000${option}`, features.length);
      features.push({ kind: 'answer', questionId: q.id, option });
    }
  }
  return {
    features,
    rowOf(score, answers) {
      const row = new Array<number>(features.length).fill(0);
      icp.criteria.forEach((c, j) => {
        const status = score.criteria[c.id]?.status;
        row[j] = status === 'met' ? 1 : status === 'unmet' ? -1 : 0;
      });
      for (const q of framework.questions) {
        const option = optionOf(q, answers[q.id]);
        const column = option === null ? undefined : answerColumn.get(`${q.id}\u0000${option}`);
        if (column !== undefined) row[column] = 1;
      }
      return row;
    },
  };
}
