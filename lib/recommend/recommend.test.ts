import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Answer } from '../model/records';
import { defaultIcp } from '../icp/default-icp';
import { IcpSchema, type Icp } from '../icp/icp-schema';
import { BANT } from '../qualify/frameworks';
import { factsFromPlain } from '../scoring/facts';
import {
  answersArb,
  factsArb,
  frameworkArb,
  icpArb,
  NOW,
} from '../../tests/support/prospect-arbitraries';
import { score } from '../scoring/score';
import { recommend, scoreAndRecommend } from './recommend';
import { RecommendationSchema } from './recommendation-schema';

const answer = (value: Answer['value'], ageDays = 2): Answer => ({
  value,
  answeredAt: new Date(NOW.getTime() - ageDays * 86_400_000).toISOString(),
});

const withBooking = (icp: Icp) =>
  IcpSchema.parse({ ...icp, bookingUrl: 'https://cal.example.com/ana' });

describe('recommend', () => {
  const facts = factsFromPlain(
    {
      name: 'Irene Salas',
      title: 'Directora Comercial',
      seniority: 'director',
      department: 'sales',
    },
    {
      name: 'Rioja Cloud',
      industry: 'Desarrollo de software',
      employeesMin: 51,
      employeesMax: 200,
      country: 'ES',
      hiringRoles: ['SDR'],
    },
  );
  const good = {
    need: answer('yes'),
    budget: answer('allocated'),
    authority: answer('contact-decides'),
  };

  it('gives the booking link only to qualified prospects with a link set', () => {
    const icp = withBooking(defaultIcp('es'));
    const q = scoreAndRecommend({
      icp,
      icpVersion: 1,
      framework: BANT,
      facts,
      answers: good,
      now: NOW,
      locale: 'es',
    });
    expect(q.score.verdict).toBe('qualified');
    expect(q.recommendation).toMatchObject({
      kind: 'angle',
      bookingUrl: 'https://cal.example.com/ana',
    });
    const n = scoreAndRecommend({
      icp,
      icpVersion: 1,
      framework: BANT,
      facts,
      answers: {},
      now: NOW,
      locale: 'es',
    });
    expect(n.score.verdict).toBe('nurture');
    expect(n.recommendation).toMatchObject({ kind: 'angle', bookingUrl: null });
    const noLink = scoreAndRecommend({
      icp: defaultIcp('es'),
      icpVersion: 1,
      framework: BANT,
      facts,
      answers: good,
      now: NOW,
      locale: 'es',
    });
    expect(noLink.recommendation).toMatchObject({
      bookingUrl: null,
      nextStep: 'Propón una llamada de 20 minutos con dos horarios a elegir.',
    });
  });

  it('maps the hooks to the problem that declares them, and cites its proof point', () => {
    // Both follow-up and ramp-up declare hiring-role and the keyword "sdr": the tie goes
    // to the problem the team listed first.
    const icp = defaultIcp('en');
    const r = scoreAndRecommend({
      icp,
      icpVersion: 1,
      framework: BANT,
      facts,
      answers: {},
      now: NOW,
      locale: 'en',
    });
    expect(r.recommendation).toMatchObject({
      kind: 'angle',
      hooks: ['hiring-role', 'industry-proof'],
      problemId: 'slow-follow-up',
    });
    if (r.recommendation.kind !== 'angle') return;
    expect(r.recommendation.opener).toContain('I saw that Rioja Cloud is hiring for the SDR role.');
    const proof = icp.problems[0]?.proofPoint;
    expect(r.recommendation.opener).toContain(typeof proof === 'object' ? proof.en : proof);
    expect(r.recommendation.evidence).toContainEqual({
      kind: 'signal',
      field: 'company.hiringRoles',
      value: 'SDR',
    });
  });

  it('closes out a disqualified prospect with its reason and a revisit date', () => {
    const icp = IcpSchema.parse({ ...defaultIcp('en'), revisitDays: 30 });
    const s = score({
      icp,
      icpVersion: 1,
      framework: BANT,
      facts,
      answers: { budget: answer('none') },
      now: NOW,
      locale: 'en',
    });
    const r = recommend({
      score: s,
      facts,
      answers: {},
      pain: '',
      icp,
      framework: BANT,
      locale: 'en',
      now: NOW,
    });
    expect(r).toMatchObject({
      kind: 'close-out',
      reason: 'no-budget',
      reasonLabel: 'No budget',
      revisitAt: '2026-12-20',
    });
    if (r.kind === 'close-out') {
      expect(r.note).toContain('Hi Irene,');
      expect(r.note).toContain('December 2026');
      expect(r.evidence).toContainEqual({
        kind: 'answer',
        field: 'budget',
        value: 'No budget and no path to one',
      });
    }
  });

  it('names the missing technology in a missing-technology close-out', () => {
    const icp = IcpSchema.parse({
      ...defaultIcp('es'),
      criteria: [
        {
          id: 'shop',
          kind: 'tech',
          weight: 2,
          mustHave: true,
          params: { values: ['Shopify', 'WooCommerce'], mode: 'any' },
        },
      ],
    });
    const f = factsFromPlain({ name: 'Óscar Peña' }, { name: 'Moda Norte', tech: ['Magento'] });
    const r = scoreAndRecommend({
      icp,
      icpVersion: 1,
      framework: BANT,
      facts: f,
      answers: {},
      now: NOW,
      locale: 'es',
    });
    expect(r.recommendation).toMatchObject({ kind: 'close-out', reason: 'missing-technology' });
    if (r.recommendation.kind === 'close-out')
      expect(r.recommendation.note).toContain(
        'se apoya en Shopify o WooCommerce, que Moda Norte no usa hoy',
      );
  });

  it('always passes its schema and is deterministic (property)', () => {
    const arb = fc
      .tuple(
        icpArb,
        factsArb,
        frameworkArb,
        fc.constantFrom('en' as const, 'es' as const),
        fc.string({ maxLength: 200 }),
      )
      .chain(([icp, f, framework, locale, pain]) =>
        answersArb(framework).map((answers) => ({
          icp: withBooking(icp),
          facts: f,
          framework,
          locale,
          pain,
          answers,
        })),
      );
    fc.assert(
      fc.property(arb, (input) => {
        const a = scoreAndRecommend({ ...input, icpVersion: 1, now: NOW });
        expect(RecommendationSchema.safeParse(a.recommendation).success).toBe(true);
        const text = JSON.stringify(a.recommendation);
        expect(text).not.toMatch(/undefined|NaN|\[object/);
        if (a.score.verdict === 'disqualified') expect(a.recommendation.kind).toBe('close-out');
        const b = scoreAndRecommend({ ...structuredClone(input), icpVersion: 1, now: NOW });
        expect(b).toEqual(a);
      }),
      { numRuns: 1000 },
    );
  });
});
