import { describe, expect, it } from 'vitest';
import {
  FrameworkSchema,
  type Framework,
  type FrameworkInput,
  type Question,
} from './framework-schema';
import {
  ANUM,
  BANT,
  BUILT_IN_FRAMEWORKS,
  CHAMP,
  customFramework,
  frameworkById,
  hasFramework,
  MEDDIC,
} from './frameworks';
import { inBoth } from '../../tests/support/in-both';

function question(fw: Framework, id: string): Question {
  const q = fw.questions.find((x) => x.id === id);
  if (!q) throw new Error(`no question ${id} in ${fw.id}`);
  return q;
}

/** Every reason a framework's answers can disqualify with. */
function reasons(fw: Framework): string[] {
  return fw.questions.flatMap((q) =>
    q.kind === 'choice'
      ? q.options.flatMap((o) => (o.disqualifies ? [o.disqualifies] : []))
      : q.disqualifyWhen
        ? [q.disqualifyWhen.reason]
        : [],
  );
}

describe('built-in frameworks', () => {
  it('are valid, with unique ids, and BANT is the default', () => {
    expect(BUILT_IN_FRAMEWORKS.map((f) => f.id)).toEqual(['bant', 'champ', 'meddic', 'anum']);
    for (const fw of BUILT_IN_FRAMEWORKS) expect(FrameworkSchema.safeParse(fw).success).toBe(true);
    expect(frameworkById(undefined)).toBe(BANT);
  });

  it('BANT covers need, budget, authority and timeline with their knockouts', () => {
    expect(new Set(BANT.questions.map((q) => q.group))).toEqual(
      new Set(['need', 'budget', 'authority', 'timeline']),
    );
    expect(reasons(BANT).sort()).toEqual(['no-authority', 'no-budget', 'no-need', 'no-timeline']);
    const budget = question(BANT, 'budget');
    expect(budget.kind).toBe('choice');
    if (budget.kind === 'choice') {
      const none = budget.options.find((o) => o.disqualifies === 'no-budget');
      expect(none?.label.en).toBe('No budget and no path to one');
      expect(none?.label.es).toBe('Ni hay presupuesto ni forma de conseguirlo');
    }
    const authority = question(BANT, 'authority');
    if (authority.kind === 'choice')
      expect(authority.options.map((o) => o.label.en)).toContain('No access to the decision maker');
    expect(question(BANT, 'budget').text.es).toBe('¿Hay presupuesto asignado?');
    expect(question(BANT, 'timeline').text.es).toBe('¿Para cuándo necesitan resolverlo?');
  });

  it('CHAMP, MEDDIC and ANUM keep their letters and order', () => {
    expect(CHAMP.questions.map((q) => q.group)).toEqual([
      'need',
      'need',
      'authority',
      'budget',
      'timeline',
    ]);
    expect(ANUM.questions[0]?.group).toBe('authority');
    expect(ANUM.questions.at(-1)?.group).toBe('budget');
    expect(new Set(MEDDIC.questions.map((q) => q.group))).toEqual(
      new Set(['metrics', 'authority', 'decision', 'need', 'champion']),
    );
    expect(reasons(MEDDIC)).toEqual(expect.arrayContaining(['no-authority', 'no-need']));
  });

  it('write every question in both languages, Spanish ones as Spanish questions', () => {
    for (const fw of BUILT_IN_FRAMEWORKS) {
      for (const q of fw.questions) {
        expect(q.text.en).toMatch(/\?$/);
        expect(q.text.es).toMatch(/^¿.*\?$/);
        expect(q.text.es).not.toBe(q.text.en);
      }
    }
  });
});

describe('frameworkById and customFramework', () => {
  const own: FrameworkInput = {
    id: 'acme-discovery',
    name: { en: 'Our discovery', es: 'Nuestro descubrimiento' },
    questions: [
      {
        id: 'fleet',
        kind: 'number',
        group: 'need',
        weight: 2,
        text: { en: 'How many vans do they run?', es: '¿Cuántas furgonetas tienen?' },
        unit: 'vans',
        target: 20,
        disqualifyWhen: { below: 3, reason: 'too-small' },
      },
      {
        id: 'locked-in',
        kind: 'yesno',
        group: 'competition',
        weight: 1,
        positive: 'no',
        text: {
          en: 'Are they locked into a contract?',
          es: '¿Tienen un contrato que les ata?',
        },
      },
    ],
  };

  it('accepts a valid custom framework and finds it first', () => {
    const r = customFramework(own);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(frameworkById('acme-discovery', r.framework)).toBe(r.framework);
    expect(hasFramework('acme-discovery', r.framework)).toBe(true);
    expect(frameworkById('meddic', r.framework)).toBe(MEDDIC);
  });

  it('falls back to BANT for an unknown id, and says so through hasFramework', () => {
    expect(frameworkById('deleted-one')).toBe(BANT);
    expect(hasFramework('deleted-one')).toBe(false);
    expect(hasFramework('anum')).toBe(true);
  });

  it('rejects built-in ids, duplicate ids and malformed questions with translated issues', () => {
    const reserved = customFramework({ ...own, id: 'bant' });
    expect(reserved).toMatchObject({ ok: false, issues: [{ path: 'id' }] });
    if (!reserved.ok) expect(inBoth(reserved.issues[0]!.message).es).toMatch(/marco incluido/);

    const dup = customFramework({ ...own, questions: [own.questions[0], own.questions[0]] });
    expect(dup).toMatchObject({ ok: false, issues: [{ path: 'questions.1.id' }] });

    const noEs = customFramework({
      ...own,
      questions: [{ ...own.questions[1], text: { en: 'Only English?' } }],
    });
    expect(noEs).toMatchObject({
      ok: false,
      issues: [{ path: 'questions.0.text.es', message: { key: 'issue.required' } }],
    });

    const oneOption = customFramework({
      ...own,
      questions: [
        {
          id: 'q',
          kind: 'choice',
          group: 'other',
          weight: 1,
          text: { en: 'Q?', es: '¿Q?' },
          options: [{ id: 'a', label: { en: 'A', es: 'A' }, points: 1 }],
        },
      ],
    });
    expect(oneOption).toMatchObject({ ok: false, issues: [{ path: 'questions.0.options' }] });
  });
});
