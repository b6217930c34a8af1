import { describe, expect, it } from 'vitest';
import type { FieldMap } from '../model/records';
import { BANT } from '../qualify/frameworks';
import { factsFromFields } from '../scoring/facts';
import { fresh, ICP, NOW } from '../../tests/support/score-examples';
import { recommendationText, scoreAndRecommend } from './recommend';
import { rescoreStored } from './rescore-stored';

const source = {
  surface: 'website' as const,
  url: 'https://rioja-cloud-demo.es/',
  method: 'json-ld' as const,
  capturedAt: '2026-11-02T09:30:00.000Z',
};
const field = (value: FieldMap[string]['value']) => ({ value, source, confidence: 0.9 });
const account = {
  fields: {
    name: field('Rioja Cloud Demo'),
    industry: field('Desarrollo de software'),
    employeesMin: field(51),
    employeesMax: field(200),
    country: field('España'),
  },
};
const contact = { fields: { name: field('Irene Salas'), title: field('Directora Comercial') } };
const settings = { icp: ICP, icpVersion: 4, framework: BANT, now: NOW, locale: 'es' as const };

describe('rescoreStored', () => {
  it('gives what the panel computes from the same stored records', () => {
    const prospect = { answers: { need: fresh('yes') }, pain: 'Perdemos leads' };
    const out = rescoreStored(settings, prospect, contact, account);
    const panel = scoreAndRecommend({
      ...settings,
      facts: factsFromFields(contact.fields, account.fields),
      answers: prospect.answers,
      pain: prospect.pain,
    });
    expect(out.score).toEqual(panel.score);
    expect(out.nextStep).toBe(
      panel.recommendation.kind === 'angle' ? panel.recommendation.nextStep : null,
    );
    expect(out.angle).toBe(recommendationText(panel.recommendation));
    expect(out.angle).toContain('Rioja Cloud Demo');
  });

  it('never changes the stored records it reads', () => {
    const before = structuredClone({ account, contact });
    rescoreStored(settings, { answers: {}, pain: '' }, contact, account);
    expect({ account, contact }).toEqual(before);
  });

  it('shares the lines every prospect has in common, frozen so that no one can change them', () => {
    const a = rescoreStored(settings, { answers: {}, pain: '' }, null, account).score;
    const b = rescoreStored(settings, { answers: {}, pain: '' }, contact, null).score;
    const unanswered = (s: typeof a) => s.lines.find((l) => l.id === 'budget');
    expect(unanswered(a)).toBe(unanswered(b));
    expect(Object.isFrozen(unanswered(a))).toBe(true);
    expect(() => {
      (unanswered(a) as { points: number }).points = 3;
    }).toThrow(TypeError);
    // A line built from this prospect's own facts is its own.
    const industry = (s: typeof a) => s.lines.find((l) => l.id === 'industry');
    expect(Object.isFrozen(industry(a))).toBe(false);
    expect(industry(a)?.evidence[0]).toMatchObject({
      field: 'company.industry',
      value: 'Desarrollo de software',
      method: 'json-ld',
      url: 'https://rioja-cloud-demo.es/',
    });
  });
});
