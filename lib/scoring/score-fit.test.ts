import { describe, expect, it } from 'vitest';
import type { IcpInput } from '../icp/icp-schema';
import { ScoreSchema } from '../model/score';
import { factsFromPlain } from './facts';
import {
  GOOD_COMPANY,
  GOOD_PERSON,
  icpWith,
  line,
  NOW,
  run,
} from '../../tests/support/score-examples';

describe('score: fit and confidence', () => {
  it('gives 100 fit and confidence when every criterion is met, and lists each one', () => {
    const s = run(factsFromPlain(GOOD_PERSON, GOOD_COMPANY));
    expect(s.fit).toBe(100);
    expect(s.confidence).toBe(100);
    expect(s.lines.filter((l) => l.kind === 'criterion').map((l) => l.status)).toEqual(
      Array(9).fill('met'),
    );
    expect(line(s, 'industry')).toMatchObject({
      points: 3,
      max: 3,
      label: 'Industry: software, servicios',
      evidence: [{ kind: 'signal', field: 'company.industry', value: 'Desarrollo de software' }],
    });
    expect(line(s, 'geo').mustHave).toBe(true);
    expect(s).toMatchObject({ icpVersion: 3, frameworkId: 'bant', locale: 'en' });
    expect(s.computedAt).toBe(NOW.toISOString());
  });

  it('has no fit and no grade when nothing is known, and never lowers fit for unknowns', () => {
    const s = run(factsFromPlain(null, null));
    expect(s).toMatchObject({ fit: null, confidence: 0, grade: null, verdict: 'nurture' });
    expect(line(s, 'size')).toMatchObject({
      status: 'unknown',
      points: 0,
      evidence: [
        { kind: 'missing', field: 'company.employeesMin' },
        { kind: 'missing', field: 'company.employeesMax' },
      ],
    });
    // An industry without "B2B" leaves the keyword unknown; with no person, seniority and
    // department are not applicable yet: 3 known of the 11 a company can show.
    const partial = run(factsFromPlain(null, { industry: 'Computer Software' }));
    expect(partial.fit).toBe(100);
    expect(partial.confidence).toBe(27);
    expect(line(partial, 'b2b').status).toBe('unknown');
    expect(line(partial, 'senior')).toMatchObject({ status: 'na', points: 0, max: 2 });
    expect(line(partial, 'dept').status).toBe('na');
    expect(ScoreSchema.safeParse(partial).success).toBe(true);
  });

  it('weighs the share met among known criteria', () => {
    const s = run(
      factsFromPlain(
        { seniority: 'manager', department: 'sales' },
        { industry: 'Hardware', employeesMin: 51, employeesMax: 200, country: 'ES' },
      ),
    );
    // known: industry 3 (unmet), size 3, geo 2, senior 2 (unmet), dept 1 → 6 of 11 met,
    // 11 of 14 known (crm, hiring and the keyword, absent from the industry, are unknown).
    expect(s.fit).toBe(55);
    expect(s.confidence).toBe(79);
  });

  it('matches industries without caring about case or accents', () => {
    for (const industry of [
      'Computer Software',
      'DESARROLLO DE SOFTWARE',
      'Servicios financieros',
    ]) {
      expect(line(run(factsFromPlain(null, { industry })), 'industry').status).toBe('met');
    }
    expect(line(run(factsFromPlain(null, { industry: 'Hardware' })), 'industry').status).toBe(
      'unmet',
    );
  });

  it('reads size bands by overlap, open bands included', () => {
    const size = (min: number | null, max: number | null) =>
      line(run(factsFromPlain(null, { employeesMin: min, employeesMax: max })), 'size').status;
    expect(size(2, 10)).toBe('unmet');
    expect(size(1, 11)).toBe('met');
    expect(size(501, 1000)).toBe('unmet');
    expect(size(201, 500)).toBe('met');
    expect(size(10001, null)).toBe('unmet');
    expect(size(null, 50)).toBe('met');
  });

  it('reads the territory from the country, else from the locations', () => {
    const geo = (company: Record<string, unknown> | null, person?: Record<string, unknown>) =>
      line(run(factsFromPlain(person ?? null, company)), 'geo');
    expect(geo({ country: 'ES' }).status).toBe('met');
    expect(geo({ location: 'Valencia, Comunidad Valenciana, España' }).status).toBe('met');
    expect(geo({ location: 'Buenos Aires, Argentina' }).status).toBe('met');
    expect(geo(null, { location: 'Greater Madrid Metropolitan Area' })).toMatchObject({
      status: 'met',
      evidence: [{ field: 'person.location' }],
    });
    expect(geo({ country: 'Springfield' })).toMatchObject({
      status: 'unknown',
      evidence: [{ kind: 'signal', value: 'Springfield' }],
    });
  });
});

describe('score: must-haves and reasons', () => {
  const mustHave = (
    criteria: IcpInput['criteria'],
    company: Record<string, unknown>,
    person?: Record<string, unknown>,
  ) => run(factsFromPlain(person ?? null, company), {}, icpWith(criteria));

  it.each([
    [
      { id: 'i', kind: 'industry', weight: 1, mustHave: true, params: { values: ['software'] } },
      { industry: 'Banking' },
      'outside-industry',
    ],
    [
      { id: 's', kind: 'size', weight: 1, mustHave: true, params: { min: 50, max: 500 } },
      { employeesMin: 2, employeesMax: 10 },
      'too-small',
    ],
    [
      { id: 's', kind: 'size', weight: 1, mustHave: true, params: { min: 50, max: 500 } },
      { employeesMin: 1001, employeesMax: 5000 },
      'too-large',
    ],
    [
      { id: 'c', kind: 'country', weight: 1, mustHave: true, params: { values: ['EU'] } },
      { country: 'United States' },
      'outside-territory',
    ],
    [
      {
        id: 't',
        kind: 'tech',
        weight: 1,
        mustHave: true,
        params: { values: ['Pipedrive'], mode: 'none' },
      },
      { tech: ['Pipedrive', 'Stripe'] },
      'competitor-or-partner',
    ],
    [
      {
        id: 't',
        kind: 'tech',
        weight: 1,
        mustHave: true,
        params: { values: ['Shopify'], mode: 'any' },
      },
      { tech: ['WooCommerce'] },
      'missing-technology',
    ],
    [
      { id: 'h', kind: 'hiring', weight: 1, mustHave: true, params: { value: true } },
      { hiring: false },
      'other',
    ],
  ] as const)('a known fact failing %o disqualifies', (criterion, company, reason) => {
    const s = mustHave([criterion as IcpInput['criteria'][number]], company);
    expect(s.verdict).toBe('disqualified');
    expect(s.reason).toBe(reason);
  });

  it('maps seniority and department failures to wrong-role', () => {
    const s = mustHave(
      [{ id: 'r', kind: 'seniority', weight: 1, mustHave: true, params: { values: ['director'] } }],
      {},
      { seniority: 'intern' },
    );
    expect(s.reason).toBe('wrong-role');
    const d = mustHave(
      [{ id: 'd', kind: 'department', weight: 1, mustHave: true, params: { values: ['sales'] } }],
      {},
      { department: 'legal' },
    );
    expect(d.reason).toBe('wrong-role');
  });

  it('leaves a keyword absent from every text read unknown, not unmet', () => {
    const keyword: IcpInput['criteria'][number] = {
      id: 'k',
      kind: 'keyword',
      weight: 1,
      mustHave: true,
      params: { values: ['export'], label: 'Exports' },
    };
    const s = mustHave([keyword], { description: 'Local bakery' });
    expect(line(s, 'k')).toMatchObject({
      status: 'unknown',
      evidence: [{ kind: 'signal', field: 'company.description', value: 'Local bakery' }],
    });
    expect(s).toMatchObject({ verdict: 'nurture', reason: null, confidence: 0 });
  });

  it('does not disqualify on an unknown must-have', () => {
    const s = run(factsFromPlain(GOOD_PERSON, { ...GOOD_COMPANY, country: null }));
    expect(line(s, 'geo').status).toBe('unknown');
    expect(s.verdict).not.toBe('disqualified');
  });

  it('flags students and personal contacts, but not student-facing staff', () => {
    const student = run(
      factsFromPlain({ name: 'Alba Ros', title: 'Estudiante de ADE' }, GOOD_COMPANY),
    );
    expect(student).toMatchObject({ verdict: 'disqualified', reason: 'student-or-personal' });
    expect(line(student, 'contact:student').evidence[0]).toMatchObject({
      value: 'Estudiante de ADE',
    });
    const staff = run(
      factsFromPlain({ title: 'Student Recruitment Manager', seniority: 'manager' }, GOOD_COMPANY),
    );
    expect(staff.reason).not.toBe('student-or-personal');
    const personal = run(factsFromPlain({ name: 'Alba Ros', email: 'alba.ros@gmail.com' }, null));
    expect(personal).toMatchObject({ verdict: 'disqualified', reason: 'student-or-personal' });
    const corporate = run(
      factsFromPlain({ email: 'alba@riojacloud.es' }, { domain: 'riojacloud.es' }),
    );
    expect(corporate.reason).toBeNull();
  });

  it('maps an explicit unreachable mark to unreachable', () => {
    const s = run(factsFromPlain({ ...GOOD_PERSON, unreachable: true }, GOOD_COMPANY));
    expect(s).toMatchObject({ verdict: 'disqualified', reason: 'unreachable' });
    const r = run(factsFromPlain({ ...GOOD_PERSON, reachable: false }, GOOD_COMPANY));
    expect(r.reason).toBe('unreachable');
  });

  it('disqualifies a low fit only once half the weight is known', () => {
    const weak = { industry: 'Banking', employeesMin: 1001, employeesMax: 5000, country: 'ES' };
    const s = run(factsFromPlain({ seniority: 'entry', department: 'hr' }, weak));
    // known weight 3+3+2+2+1 = 11 of 14 → 79 %; met only geo (2) → fit 18.
    expect(s.fit).toBe(18);
    expect(s.confidence).toBe(79);
    expect(s).toMatchObject({ verdict: 'disqualified', reason: 'outside-industry' });
    const thin = run(factsFromPlain(null, { industry: 'Banking' }));
    expect(thin).toMatchObject({ fit: 0, verdict: 'nurture', reason: null });
  });
});
