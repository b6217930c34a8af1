import { describe, expect, it } from 'vitest';
import { factsFromPlain } from './facts';
import {
  fresh,
  GOOD_COMPANY,
  GOOD_PERSON,
  ICP,
  icpWith,
  line,
  run,
} from '../../tests/support/score-examples';

describe('score: qualification, decay and verdict', () => {
  const facts = factsFromPlain(GOOD_PERSON, GOOD_COMPANY);

  it('is null with no answers and excludes unknown answers', () => {
    expect(run(facts).qualification).toBeNull();
    const s = run(facts, { need: fresh('unknown'), budget: fresh('unknown') });
    expect(s.qualification).toBeNull();
    expect(line(s, 'need')).toMatchObject({ status: 'unknown', points: 0, max: 3 });
  });

  it('computes the weighted share of the answered questions', () => {
    const s = run(facts, {
      need: fresh('yes'),
      budget: fresh('path'),
      timeline: fresh('six-months'),
    });
    // (3·1 + 3·0.6 + 2·0.7) / (3 + 3 + 2) = 6.2 / 8
    expect(s.qualification).toBe(78);
    expect(line(s, 'budget')).toMatchObject({
      status: 'partial',
      points: 1.8,
      decay: 1,
      evidence: [
        { kind: 'answer', field: 'budget', value: 'No budget yet, but a clear way to get it' },
      ],
    });
    expect(s).toMatchObject({ verdict: 'qualified', grade: 'A1', stale: false });
  });

  it('disqualifies on a disqualifying answer, with its reason', () => {
    const s = run(facts, { need: fresh('yes'), timeline: fresh('no-timeline') });
    expect(s).toMatchObject({ verdict: 'disqualified', reason: 'no-timeline' });
    expect(line(s, 'timeline')).toMatchObject({ status: 'unmet', mustHave: true });
    expect(run(facts, { authority: fresh('no-access') }).reason).toBe('no-authority');
    expect(run(facts, { need: fresh('no') }).reason).toBe('no-need');
    expect(run(facts, { budget: fresh('none') }).reason).toBe('no-budget');
  });

  it('caps the digit at 3 when disqualified, however strong the other answers', () => {
    const s = run(facts, {
      need: fresh('no'),
      budget: fresh('allocated'),
      authority: fresh('contact-decides'),
      timeline: fresh('this-quarter'),
    });
    expect(s.qualification).toBeGreaterThanOrEqual(70);
    expect(s).toMatchObject({ verdict: 'disqualified', reason: 'no-need', grade: 'A3' });
  });

  it('halves old answers per period and marks the score stale', () => {
    const s = run(facts, {
      need: fresh('yes', 30),
      budget: fresh('allocated', 100),
      timeline: fresh('this-quarter', 200),
    });
    expect(line(s, 'need').decay).toBe(1);
    expect(line(s, 'budget')).toMatchObject({ decay: 0.5, points: 1.5 });
    expect(line(s, 'timeline')).toMatchObject({ decay: 0.25, points: 0.5 });
    expect(s.stale).toBe(true);
    // (3 + 1.5 + 0.5) / 8
    expect(s.qualification).toBe(63);
    const custom = run(
      facts,
      { need: fresh('yes', 100) },
      icpWith(ICP.criteria, { answerMaxAgeDays: 120 }),
    );
    expect(custom.stale).toBe(false);
  });

  it('ignores answers that do not fit their question', () => {
    const s = run(facts, { budget: fresh('removed-option'), need: fresh('yes') });
    expect(line(s, 'budget')).toMatchObject({
      status: 'unknown',
      evidence: [{ kind: 'missing', value: 'removed-option' }],
    });
    expect(s.qualification).toBe(100);
  });

  it('never grades a prospect still to nurture as a 1', () => {
    // One "yes" on a company Criba barely knows: the answers earn 100, the verdict is nurture.
    const s = run(factsFromPlain(null, { industry: 'Software', country: 'ES' }), {
      need: fresh('yes'),
    });
    expect(s).toMatchObject({ verdict: 'nurture', qualification: 100, grade: 'A2' });
  });

  it('grades fit × qualification', () => {
    expect(run(facts, { need: fresh('yes') }).grade).toBe('A1');
    expect(run(facts).grade).toBe('A3');
    const b = run(
      factsFromPlain(
        { seniority: 'manager', department: 'sales' },
        { ...GOOD_COMPANY, industry: 'Hardware' },
      ),
      {
        need: fresh('yes'),
        budget: fresh('path'),
        authority: fresh('unclear'),
      },
    );
    // fit 9/14 → 64 (B); qualification (3 + 1.8 + 0.6) / 8 → 68 (2)
    expect(b.grade).toBe('B2');
    expect(b.verdict).toBe('qualified');
  });

  it('stays nurture under the thresholds and with too little known', () => {
    const s = run(facts, {
      need: fresh('yes'),
      budget: fresh('path'),
      authority: fresh('unclear'),
      timeline: fresh('this-year'),
    });
    // (3 + 1.8 + 0.6 + 0.8) / 10 = 62 → qualified at 60
    expect(s.verdict).toBe('qualified');
    const strict = run(
      facts,
      { need: fresh('yes'), authority: fresh('unclear') },
      icpWith(ICP.criteria, {
        thresholds: { qualifiedFit: 60, qualifiedQualification: 90, nurtureFit: 30 },
      }),
    );
    expect(strict.verdict).toBe('nurture');
    // Only the person is known: 3 of 14 (the title not saying "B2B" is no evidence).
    const thin = run(factsFromPlain(GOOD_PERSON, null), { need: fresh('yes') });
    expect(thin).toMatchObject({ fit: 100, confidence: 21, verdict: 'nurture' });
  });

  it('writes labels in the score’s language', () => {
    const s = run(facts, { need: fresh('yes') }, ICP, 'es');
    expect(line(s, 'size').label).toBe('Tamaño: 11–500 empleados');
    expect(line(s, 'geo').label).toBe('Territorio: España, Latinoamérica');
    expect(line(s, 'b2b').label).toBe('Vende B2B');
    expect(line(s, 'need')).toMatchObject({
      label: '¿Tienen un problema que resolvemos?',
      evidence: [{ value: 'Sí' }],
    });
  });
});
