import { describe, expect, it } from 'vitest';
import { answerLabel, evaluateAnswer, formatAmount, isValidAnswer } from './answers';
import type { Framework, Question } from './framework-schema';
import { BANT, customFramework } from './frameworks';

function question(fw: Framework, id: string): Question {
  const q = fw.questions.find((x) => x.id === id);
  if (!q) throw new Error(`no question ${id} in ${fw.id}`);
  return q;
}

describe('evaluateAnswer', () => {
  const need = question(BANT, 'need');
  const cost = question(BANT, 'need-cost');
  const budget = question(BANT, 'budget');
  const amount = question(BANT, 'budget-amount');

  it('treats unknown and missing answers as questions still to ask', () => {
    expect(evaluateAnswer(need, undefined)).toEqual({ state: 'unknown', invalid: false });
    expect(evaluateAnswer(budget, 'unknown')).toEqual({ state: 'unknown', invalid: false });
  });

  it('scores yes/no, scale, choice and number answers', () => {
    expect(evaluateAnswer(need, 'yes')).toEqual({
      state: 'answered',
      ratio: 1,
      disqualifies: null,
    });
    expect(evaluateAnswer(need, 'no')).toEqual({
      state: 'answered',
      ratio: 0,
      disqualifies: 'no-need',
    });
    expect(evaluateAnswer(cost, 1)).toMatchObject({ ratio: 0 });
    expect(evaluateAnswer(cost, 4)).toMatchObject({ ratio: 0.75 });
    expect(evaluateAnswer(budget, 'path')).toMatchObject({ ratio: 0.6, disqualifies: null });
    expect(evaluateAnswer(budget, 'none')).toMatchObject({ ratio: 0, disqualifies: 'no-budget' });
    expect(evaluateAnswer(amount, 2500)).toMatchObject({ ratio: 0.5 });
    expect(evaluateAnswer(amount, 50_000)).toMatchObject({ ratio: 1 });
    expect(evaluateAnswer(amount, -10)).toMatchObject({ ratio: 0 });
  });

  it('flags answers that do not fit the question as unknown, not as zero', () => {
    expect(evaluateAnswer(need, 'maybe')).toEqual({ state: 'unknown', invalid: true });
    expect(evaluateAnswer(cost, 7)).toEqual({ state: 'unknown', invalid: true });
    expect(evaluateAnswer(budget, 'gone-option')).toEqual({ state: 'unknown', invalid: true });
    expect(evaluateAnswer(amount, 'lots')).toEqual({ state: 'unknown', invalid: true });
    expect(isValidAnswer(budget, 'allocated')).toBe(true);
    expect(isValidAnswer(budget, 'unknown')).toBe(true);
    expect(isValidAnswer(budget, 3)).toBe(false);
  });

  it('honours a reversed yes/no and scale or number knockouts', () => {
    const r = customFramework({
      id: 'x',
      name: { en: 'X', es: 'X' },
      questions: [
        {
          id: 'locked',
          kind: 'yesno',
          group: 'competition',
          weight: 1,
          positive: 'no',
          disqualifyWhen: { value: 'yes', reason: 'competitor-or-partner' },
          text: { en: 'Locked in?', es: '¿Atados?' },
        },
        {
          id: 'pain',
          kind: 'scale',
          group: 'need',
          weight: 1,
          disqualifyWhen: { atMost: 1, reason: 'no-need' },
          text: { en: 'Pain?', es: '¿Dolor?' },
        },
      ],
    });
    if (!r.ok) throw new Error('custom framework should be valid');
    const [locked, pain] = r.framework.questions;
    if (!locked || !pain) throw new Error('missing questions');
    expect(evaluateAnswer(locked, 'no')).toMatchObject({ ratio: 1, disqualifies: null });
    expect(evaluateAnswer(locked, 'yes')).toMatchObject({
      ratio: 0,
      disqualifies: 'competitor-or-partner',
    });
    expect(evaluateAnswer(pain, 1)).toMatchObject({ disqualifies: 'no-need' });
    expect(evaluateAnswer(pain, 2)).toMatchObject({ disqualifies: null });
  });
});

describe('answerLabel and formatAmount', () => {
  it('shows answers in the reader’s language', () => {
    expect(answerLabel(question(BANT, 'need'), 'yes', 'es')).toBe('Sí');
    expect(answerLabel(question(BANT, 'need'), 'yes', 'en')).toBe('Yes');
    expect(answerLabel(question(BANT, 'need-cost'), 4, 'es')).toBe('4 de 5');
    expect(answerLabel(question(BANT, 'timeline'), 'this-quarter', 'es')).toBe('Este trimestre');
    expect(answerLabel(question(BANT, 'budget'), 'unknown', 'es')).toBe('Sin respuesta');
    expect(answerLabel(question(BANT, 'budget-amount'), 20000, 'es')).toBe('20.000\u00a0€');
    expect(answerLabel(question(BANT, 'budget-amount'), 20000, 'en')).toBe('€20,000');
  });

  it('appends units that are not currencies', () => {
    expect(formatAmount('en', 1500, 'seats')).toBe('1,500 seats');
    expect(formatAmount('es', 12.5, 'h')).toBe('12,5 h');
  });
});
