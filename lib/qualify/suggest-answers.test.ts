import { describe, expect, it } from 'vitest';
import { ANUM, BANT, MEDDIC } from './frameworks';
import { NOTE_MAX, suggestAnswers } from './suggest-answers';

const byQuestion = (sentences: string[], framework = BANT) =>
  Object.fromEntries(suggestAnswers(sentences, framework).map((s) => [s.questionId, s]));

describe('suggestAnswers', () => {
  it('reads a quote request with a deadline, in Spanish', () => {
    const s = byQuestion([
      'Hola Marta, te escribo de parte de Jon.',
      'Necesitamos un presupuesto para tres naves antes del viernes.',
      'Tenemos 20.000 € aprobados para este proyecto.',
      'Lo aprueba el consejo el mes que viene.',
    ]);
    expect(s.need).toMatchObject({ value: 'yes', sentence: expect.stringContaining('tres naves') });
    expect(s.timeline).toMatchObject({ value: 'this-quarter' });
    expect(s.budget).toMatchObject({
      value: 'allocated',
      sentence: expect.stringContaining('20.000 €'),
    });
    expect(s['budget-amount']).toMatchObject({ value: 20000 });
    expect(s.authority).toMatchObject({ value: 'access' });
  });

  it('reads the same situation in English', () => {
    const s = byQuestion([
      'Could you send us a quote for the three warehouses?',
      'We need it live by end of Q1.',
      'We have a budget of €15,000 for this.',
      'I decide on tooling for the team.',
    ]);
    expect(s.need?.value).toBe('yes');
    expect(s.timeline?.value).toBe('six-months');
    expect(s.budget?.value).toBe('path');
    expect(s['budget-amount']?.value).toBe(15000);
    expect(s.authority?.value).toBe('contact-decides');
  });

  it('suggests nothing from small talk, an amount that is not a budget, or for answered questions', () => {
    expect(
      suggestAnswers(['Thanks for the call yesterday.', 'The invoice of 300 € arrived.'], BANT),
    ).toEqual([]);
    const answered = new Set(['need']);
    expect(
      suggestAnswers(['Please send a proposal.'], BANT, answered).map((s) => s.questionId),
    ).toEqual([]);
  });

  it('keeps at most 200 characters of the sentence', () => {
    const long = `Necesitamos una propuesta ${'muy detallada '.repeat(30)}para el almacén.`;
    const [s] = suggestAnswers([long], BANT);
    expect(s?.sentence.length).toBeLessThanOrEqual(NOTE_MAX);
  });

  it('suggests only values the framework’s questions accept', () => {
    // MEDDIC has no budget question; ANUM's questions carry the shared options.
    expect(byQuestion(['Tenemos 20.000 € aprobados.'], MEDDIC)).toEqual({});
    expect(Object.keys(byQuestion(['Tenemos 20.000 € aprobados.'], ANUM))).toHaveLength(1);
  });
});
