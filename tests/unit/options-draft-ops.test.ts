import { describe, expect, it } from 'vitest';
import {
  CRITERION_KINDS,
  QUESTION_KINDS,
  joinList,
  newChoiceOption,
  newCriterion,
  newProblem,
  newQuestion,
  splitList,
  starterCustomFramework,
  uniqueId,
  withKind,
} from '../../components/options/draft-ops';
import { defaultIcp } from '../../lib/icp/default-icp';
import { CriterionSchema, IcpSchema, ProblemSchema } from '../../lib/icp/icp-schema';
import { FrameworkSchema, QuestionSchema, type Question } from '../../lib/qualify/framework-schema';
import { customFramework } from '../../lib/qualify/frameworks';

describe('options drafts', () => {
  it('gives new entries ids no other entry has', () => {
    expect(uniqueId('size', ['industry'])).toBe('size');
    expect(uniqueId('size', ['size', 'size-2', 'size-4'])).toBe('size-3');
    const icp = defaultIcp('en');
    const taken = icp.criteria.map((c) => c.id);
    for (const kind of CRITERION_KINDS) {
      const c = newCriterion(kind, taken);
      expect(c.kind).toBe(kind);
      expect(taken).not.toContain(c.id);
    }
  });

  it('starts list criteria empty, so saving asks for values, and valid once filled', () => {
    for (const kind of CRITERION_KINDS) {
      const c = newCriterion(kind, []);
      const filled = structuredClone(c) as { params: Record<string, unknown> };
      if ('values' in c.params) {
        expect(CriterionSchema.safeParse(c).success, kind).toBe(false);
        filled.params.values =
          kind === 'seniority' ? ['owner'] : kind === 'department' ? ['sales'] : ['b2b'];
      }
      if (kind === 'keyword') filled.params.label = 'B2B';
      expect(CriterionSchema.safeParse(filled).success, kind).toBe(true);
    }
    const icp = { ...defaultIcp('es'), criteria: [newCriterion('industry', [])] };
    const parsed = IcpSchema.safeParse(icp);
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.path).toEqual(['criteria', 0, 'params', 'values']);
  });

  it('adds a problem that saves only once written', () => {
    const p = newProblem(['problem']);
    expect(p.id).toBe('problem-2');
    expect(ProblemSchema.safeParse(p).success).toBe(false);
    expect(
      ProblemSchema.safeParse({
        ...p,
        text: 'late invoices',
        proofPoint: 'A firm cut them by half.',
      }).success,
    ).toBe(true);
  });

  it('splits comma, semicolon and line separated values and joins them back', () => {
    expect(splitList(' ES, PT ;MX\n\nLATAM ,')).toEqual(['ES', 'PT', 'MX', 'LATAM']);
    expect(splitList('')).toEqual([]);
    expect(splitList(joinList(['a b', 'c']))).toEqual(['a b', 'c']);
  });

  it('changes a question’s kind keeping what it is about, dropping what no longer fits', () => {
    const asYesNo: Question = {
      id: 'budget-now',
      kind: 'yesno',
      text: { en: 'Is there budget?', es: '¿Hay presupuesto?' },
      group: 'budget',
      weight: 3,
      positive: 'yes',
      disqualifyWhen: { value: 'no', reason: 'no-budget' },
    };
    for (const kind of QUESTION_KINDS) {
      const q = withKind(asYesNo, kind);
      expect(q).toMatchObject({
        id: 'budget-now',
        kind,
        text: asYesNo.text,
        group: 'budget',
        weight: 3,
      });
      if (kind !== 'yesno') expect(q).not.toHaveProperty('disqualifyWhen');
      expect(QuestionSchema.safeParse(q).success, kind).toBe(true);
    }
    expect(withKind(asYesNo, 'yesno')).toBe(asYesNo);
  });

  it('starts the team’s own questions from BANT, under a non-reserved id', () => {
    const own = starterCustomFramework('custom');
    expect(customFramework(own).ok).toBe(true);
    own.questions.push({ ...newQuestion(own.questions.map((q) => q.id)) });
    const parsed = FrameworkSchema.safeParse(own);
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((i) => i.path.join('.'))).toContain('questions.6.text.en');
    expect(newChoiceOption(['option']).id).toBe('option-2');
  });
});
