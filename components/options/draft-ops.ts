import type { Criterion, CriterionKind, Problem } from '../../lib/icp/icp-schema';
import type { ChoiceOption, Framework, Question } from '../../lib/qualify/framework-schema';
import { BANT } from '../../lib/qualify/frameworks';

/*
 * Pure edits of the options page's drafts. Drafts have the shape of the parsed ICP and
 * framework, so the save-time validation reports paths (`criteria.0.weight`) that point
 * straight at the controls; values being typed may be invalid (NaN, empty lists) until then.
 */

export const CRITERION_KINDS = [
  'industry',
  'size',
  'country',
  'tech',
  'hiring',
  'seniority',
  'department',
  'keyword',
] as const satisfies readonly CriterionKind[];

export const QUESTION_KINDS = [
  'yesno',
  'scale',
  'choice',
  'number',
] as const satisfies readonly Question['kind'][];
export type QuestionKind = (typeof QUESTION_KINDS)[number];

/** `base`, or `base-2`, `base-3`… — the first not in `taken`. Ids are what answers key on. */
export function uniqueId(base: string, taken: Iterable<string>): string {
  const used = new Set(taken);
  if (!used.has(base)) return base;
  for (let n = 2; ; n++) if (!used.has(`${base}-${n}`)) return `${base}-${n}`;
}

/** A criterion of `kind` with empty values, to be filled in before it saves. */
export function newCriterion(kind: CriterionKind, taken: Iterable<string>): Criterion {
  const common = { id: uniqueId(kind, taken), weight: 1, mustHave: false };
  switch (kind) {
    case 'industry':
    case 'country':
      return { ...common, kind, params: { values: [] } };
    case 'size':
      return { ...common, kind, params: { min: 1, max: null } };
    case 'tech':
      return { ...common, kind, params: { values: [], mode: 'any' } };
    case 'hiring':
      return { ...common, kind, params: { value: true } };
    case 'seniority':
      return { ...common, kind, params: { values: [] } };
    case 'department':
      return { ...common, kind, params: { values: [] } };
    case 'keyword':
      return { ...common, kind, params: { values: [], label: '' } };
  }
}

export function newProblem(taken: Iterable<string>): Problem {
  return { id: uniqueId('problem', taken), text: '', proofPoint: '', hooks: [], keywords: [] };
}

/** Comma- (or semicolon-, or line-) separated text as a list of trimmed, non-empty values. */
export function splitList(text: string): string[] {
  return text
    .split(/[,;\n]/)
    .map((v) => v.trim())
    .filter(Boolean);
}

export function joinList(values: readonly string[]): string {
  return values.join(', ');
}

/** Whether two drafts would store the same JSON (key order included, as files keep it). */
export function sameJson(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

export function newChoiceOption(taken: Iterable<string>): ChoiceOption {
  return { id: uniqueId('option', taken), label: { en: '', es: '' }, points: 0 };
}

export function newQuestion(taken: Iterable<string>): Question {
  return {
    id: uniqueId('question', taken),
    kind: 'yesno',
    text: { en: '', es: '' },
    group: 'need',
    weight: 1,
    positive: 'yes',
  };
}

/**
 * The question as another kind: id, text, help, group and weight stay; what only made
 * sense for the old kind (options, a disqualifying answer) goes.
 */
export function withKind(q: Question, kind: QuestionKind): Question {
  if (q.kind === kind) return q;
  const base = {
    id: q.id,
    text: q.text,
    ...(q.help ? { help: q.help } : {}),
    group: q.group,
    weight: q.weight,
  };
  switch (kind) {
    case 'yesno':
      return { ...base, kind, positive: 'yes' };
    case 'scale':
      return { ...base, kind };
    case 'choice':
      return {
        ...base,
        kind,
        options: [
          { id: 'yes', label: { en: 'Yes', es: 'Sí' }, points: 1 },
          { id: 'no', label: { en: 'No', es: 'No' }, points: 0 },
        ],
      };
    case 'number':
      return { ...base, kind, unit: 'EUR', target: 1000 };
  }
}

/** A team's first own framework: BANT's questions, ready to edit. */
export function starterCustomFramework(id: string): Framework {
  return {
    id,
    name: { en: 'Our own questions', es: 'Nuestras propias preguntas' },
    questions: structuredClone(BANT.questions),
  };
}
