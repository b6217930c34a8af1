import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ScoreSchema, type Score } from '../model/score';
import type { Icp } from '../icp/icp-schema';
import type { Framework } from '../qualify/framework-schema';
import type { Answer } from '../model/records';
import type { Facts } from './facts';
import {
  applyPatch,
  failPatch,
  meetPatch,
  withoutFieldsOf,
} from '../../tests/support/criterion-patches';
import {
  answersArb,
  factsArb,
  frameworkArb,
  icpArb,
  NOW,
} from '../../tests/support/prospect-arbitraries';
import { evaluateAnswer } from '../qualify/answers';
import { score } from './score';

const RUNS = { numRuns: 1000 };

const caseArb = fc
  .tuple(icpArb, factsArb, frameworkArb, fc.nat(), fc.constantFrom('en' as const, 'es' as const))
  .chain(([icp, facts, framework, pick, locale]) =>
    answersArb(framework).map((answers) => ({ icp, facts, framework, answers, pick, locale })),
  );

function run(
  icp: Icp,
  facts: Facts,
  framework: Framework,
  answers: Record<string, Answer>,
  locale: 'en' | 'es' = 'en',
): Score {
  return score({ icp, icpVersion: 1, framework, facts, answers, now: NOW, locale });
}

/** Every answer of the framework that disqualifies, as [question id, value]. */
function disqualifyingAnswers(framework: Framework): [string, Answer['value']][] {
  return framework.questions.flatMap((q) => {
    const values: Answer['value'][] =
      q.kind === 'choice'
        ? q.options.map((o) => o.id)
        : q.kind === 'yesno'
          ? ['yes', 'no']
          : q.kind === 'scale'
            ? [1, 2, 3, 4, 5]
            : [];
    return values
      .filter((v) => {
        const ev = evaluateAnswer(q, v);
        return ev.state !== 'unknown' && ev.disqualifies !== null;
      })
      .map((v): [string, Answer['value']] => [q.id, v]);
  });
}

const status = (s: Score, id: string) => s.lines.find((l) => l.id === id)?.status;

/** Every criterion other than `id` has the same status in both scores. */
function othersUnchanged(a: Score, b: Score, id: string): boolean {
  return a.lines.every(
    (l) => l.kind !== 'criterion' || l.id === id || status(b, l.id) === l.status,
  );
}

describe('score properties', () => {
  it('always passes ScoreSchema and lists every criterion and question', () => {
    fc.assert(
      fc.property(caseArb, ({ icp, facts, framework, answers, locale }) => {
        const s = run(icp, facts, framework, answers, locale);
        expect(ScoreSchema.safeParse(s).success).toBe(true);
        const ids = new Set(s.lines.map((l) => l.id));
        for (const c of icp.criteria) expect(ids.has(c.id)).toBe(true);
        for (const q of framework.questions) expect(ids.has(q.id)).toBe(true);
        expect(s.verdict === 'disqualified').toBe(s.reason !== null);
      }),
      RUNS,
    );
  });

  it('gives a deep-equal result for the same input', () => {
    fc.assert(
      fc.property(caseArb, ({ icp, facts, framework, answers, locale }) => {
        const a = run(icp, facts, framework, answers, locale);
        const b = run(
          structuredClone(icp),
          structuredClone(facts),
          framework,
          structuredClone(answers),
          locale,
        );
        expect(b).toEqual(a);
      }),
      RUNS,
    );
  });

  it('meeting one more criterion never lowers the fit', () => {
    let checked = 0;
    fc.assert(
      fc.property(caseArb, ({ icp, facts, framework, answers, pick }) => {
        const c = icp.criteria[pick % icp.criteria.length];
        const fail = c && failPatch(c);
        const meet = c && meetPatch(c);
        fc.pre(Boolean(c && fail && meet));
        if (!c || !fail || !meet) return;
        const base = withoutFieldsOf(facts, c);
        const before = run(icp, applyPatch(base, fail), framework, answers);
        const after = run(icp, applyPatch(base, meet), framework, answers);
        fc.pre(status(before, c.id) === 'unmet' && status(after, c.id) === 'met');
        fc.pre(othersUnchanged(before, after, c.id));
        checked++;
        if (c.weight > 0) expect(after.fit).not.toBeNull();
        expect(after.fit ?? 0).toBeGreaterThanOrEqual(before.fit ?? 0);
      }),
      RUNS,
    );
    expect(checked).toBeGreaterThan(500);
  });

  it('an unknown criterion never changes the fit; learning it is met never lowers it', () => {
    let checked = 0;
    fc.assert(
      fc.property(caseArb, ({ icp, facts, framework, answers, pick }) => {
        const c = icp.criteria[pick % icp.criteria.length];
        if (!c) return;
        const unknownFacts = withoutFieldsOf(facts, c);
        const withC = run(icp, unknownFacts, framework, answers);
        expect(status(withC, c.id)).toBe('unknown');
        const withoutC = run(
          { ...icp, criteria: icp.criteria.filter((x) => x !== c) },
          unknownFacts,
          framework,
          answers,
        );
        expect(withC.fit).toBe(withoutC.fit);
        expect(withC.confidence).toBeLessThanOrEqual(withoutC.confidence);

        const meet = meetPatch(c);
        fc.pre(meet !== null);
        if (!meet) return;
        const known = run(icp, applyPatch(unknownFacts, meet), framework, answers);
        fc.pre(status(known, c.id) === 'met' && othersUnchanged(withC, known, c.id));
        checked++;
        expect(known.fit ?? 0).toBeGreaterThanOrEqual(withC.fit ?? 0);
        expect(known.confidence).toBeGreaterThanOrEqual(withC.confidence);
      }),
      RUNS,
    );
    expect(checked).toBeGreaterThan(500);
  });

  it('a known fact failing a must-have always disqualifies', () => {
    let checked = 0;
    fc.assert(
      fc.property(caseArb, ({ icp, facts, framework, answers, pick, locale }) => {
        const i = pick % icp.criteria.length;
        const original = icp.criteria[i];
        const fail = original && failPatch(original);
        fc.pre(Boolean(original && fail));
        if (!original || !fail) return;
        const c = { ...original, mustHave: true };
        const strict = { ...icp, criteria: icp.criteria.map((x, j) => (j === i ? c : x)) };
        const s = run(
          strict,
          applyPatch(withoutFieldsOf(facts, c), fail),
          framework,
          answers,
          locale,
        );
        fc.pre(status(s, c.id) === 'unmet');
        checked++;
        expect(s.verdict).toBe('disqualified');
        expect(s.reason).not.toBeNull();
        expect(s.lines.find((l) => l.id === c.id)).toMatchObject({ mustHave: true, points: 0 });
      }),
      RUNS,
    );
    expect(checked).toBeGreaterThan(500);
  });

  it('a disqualifying answer always gives digit 3', () => {
    let checked = 0;
    fc.assert(
      fc.property(caseArb, ({ icp, facts, framework, answers, pick, locale }) => {
        const options = disqualifyingAnswers(framework);
        const chosen = options[pick % Math.max(1, options.length)];
        fc.pre(chosen !== undefined);
        if (!chosen) return;
        const [id, value] = chosen;
        const withNo = { ...answers, [id]: { value, answeredAt: NOW.toISOString() } };
        const s = run(icp, facts, framework, withNo, locale);
        checked++;
        expect(s.verdict).toBe('disqualified');
        if (s.grade !== null) expect(s.grade).toMatch(/^[A-D]3$/);
      }),
      RUNS,
    );
    expect(checked).toBeGreaterThan(500);
  });

  it('removing facts never turns an unknown criterion, nor a met one, into unmet', () => {
    /*
     * Met → unmet is excluded where a deleted fact outranked a contrary one on purpose: the
     * company's country before the person's location, the hiring flag before the roles.
     */
    const rankedSources = new Set(['country', 'hiring']);
    const dropArb = fc.array(fc.boolean(), { minLength: 40, maxLength: 40 });
    let checked = 0;
    fc.assert(
      fc.property(caseArb, dropArb, ({ icp, facts, framework, answers }, drop) => {
        let i = 0;
        const keep = (entity: Facts['person']) =>
          Object.fromEntries(Object.entries(entity).filter(() => !drop[i++ % drop.length]));
        const fewer: Facts = { person: keep(facts.person), company: keep(facts.company) };
        const before = run(icp, facts, framework, answers);
        const after = run(icp, fewer, framework, answers);
        for (const c of icp.criteria) {
          const was = status(before, c.id);
          const now = status(after, c.id);
          if (was === 'unknown' || was === 'na') expect(now).not.toBe('unmet');
          if (was === 'met' && !rankedSources.has(c.kind)) expect(now).not.toBe('unmet');
          if (was !== now) checked++;
        }
      }),
      RUNS,
    );
    expect(checked).toBeGreaterThan(500);
  });
});
