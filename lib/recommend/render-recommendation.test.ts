import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AdviceSchema } from '../model/advice';
import { defaultIcp } from '../icp/default-icp';
import { BANT } from '../qualify/frameworks';
import { factsFromPlain } from '../scoring/facts';
import {
  answersArb,
  factsArb,
  frameworkArb,
  icpArb,
  NOW,
} from '../../tests/support/prospect-arbitraries';
import { recommendationText, scoreAndRecommend } from './recommend';
import { renderRecommendation } from './render-recommendation';
import { storedAngleText } from './stored-angle';

const facts = factsFromPlain(
  { name: 'Irene Salas', title: 'Directora Comercial', seniority: 'director', department: 'sales' },
  {
    name: 'Rioja Cloud',
    industry: 'Desarrollo de Software',
    employeesMin: 51,
    employeesMax: 200,
    country: 'ES',
  },
);

function advise(locale: 'en' | 'es', pain: string) {
  return scoreAndRecommend({
    icp: defaultIcp('es'),
    icpVersion: 1,
    framework: BANT,
    facts,
    answers: {},
    now: NOW,
    locale,
    pain,
  });
}

describe('renderRecommendation', () => {
  it('writes a stored recommendation in the reader’s language, whatever it was planned in', () => {
    const planned = advise('es', 'Customer data is scattered across spreadsheets and Excel');
    expect(AdviceSchema.parse(JSON.parse(JSON.stringify(planned.advice)))).toEqual(planned.advice);
    const en = renderRecommendation(planned.advice, 'en', defaultIcp('es'));
    expect(en).toEqual(
      advise('en', 'Customer data is scattered across spreadsheets and Excel').recommendation,
    );
    expect(recommendationText(en)).toContain('customer data scattered across spreadsheets');
    expect(recommendationText(planned.recommendation)).toContain(
      'los datos de clientes repartidos entre hojas de cálculo',
    );
  });

  it('names the problem the note paraphrases, in either language, and never pastes the note', () => {
    for (const note of [
      'Customer data is scattered across spreadsheets and Excel',
      'los datos de clientes están dispersos en hojas de cálculo',
    ]) {
      const r = advise('es', note).recommendation;
      expect(r).toMatchObject({ kind: 'angle', problemId: 'scattered-data' });
      expect(recommendationText(r)).not.toContain(note);
      if (r.kind === 'angle') expect(r.matchedWords.length).toBeGreaterThan(1);
    }
  });

  it('shows an old record’s text as stored, a new one in the reader’s language', () => {
    const icp = defaultIcp('es');
    expect(storedAngleText({ advice: null, angle: 'Texto guardado' }, 'en', icp)).toBe(
      'Texto guardado',
    );
    const { advice } = advise('es', '');
    expect(storedAngleText({ advice, angle: 'x' }, 'en', icp)).toBe(
      recommendationText(renderRecommendation(advice, 'en', icp)),
    );
  });

  it('never cites a fact that is not in its input (property)', () => {
    // Every multi-word value the prospect arbitrary can hold: whichever the text carries
    // must be one of this prospect's own.
    const POOL = [
      'Irene Salas',
      'Tomás Vidal',
      'Ana Ruiz',
      'Directora Comercial',
      'Head of Sales',
      'Rioja Cloud',
      'Tornos Vega',
      'Brightpath Ltd',
      'Key Account Manager',
      'Backend Developer',
      'Madrid, España',
      'Desarrollo de software',
      'Computer Software',
    ];
    const arb = fc
      .tuple(icpArb, factsArb, frameworkArb, fc.constantFrom('en' as const, 'es' as const))
      .chain(([icp, a, framework, locale]) =>
        answersArb(framework).map((answers) => ({ icp, a, framework, locale, answers })),
      );
    const values = (f: typeof facts) =>
      [f.person, f.company].flatMap((entity) =>
        Object.values(entity).flatMap((fact) =>
          !fact ? [] : Array.isArray(fact.value) ? fact.value : [String(fact.value)],
        ),
      );
    fc.assert(
      fc.property(arb, ({ icp, a, framework, locale, answers }) => {
        const r = scoreAndRecommend({
          icp,
          icpVersion: 1,
          framework,
          facts: a,
          answers,
          now: NOW,
          locale,
        });
        const text = recommendationText(r.recommendation).toLowerCase();
        const own = values(a).map((v) => v.toLowerCase());
        for (const v of POOL.map((x) => x.toLowerCase()))
          if (!own.some((o) => o.includes(v))) expect(text).not.toContain(v);
        for (const e of r.recommendation.evidence)
          if (e.kind === 'signal')
            expect(
              own.some(
                (o) => o.includes(e.value.toLowerCase()) || e.value.toLowerCase().includes(o),
              ),
            ).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});
