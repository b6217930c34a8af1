import { describe, expect, it } from 'vitest';
import type { Answer } from '../model/records';
import { frameworkById } from '../qualify/frameworks';
import { factsFromPlain, factText, type Facts } from '../scoring/facts';
import { scoreAndRecommend } from './recommend';
import { RecommendationSchema, type Recommendation } from './recommendation-schema';
import { SCENARIOS, scenarioIcp, type Scenario } from '../../tests/support/scenario-prospects';
import { fold } from '../icp/fold';
import { formatCount, inSentence } from './text-helpers';
import { DEPARTMENTS, SENIORITIES } from '../model/vocab';
import { textIn } from '../icp/localized-text';
import { findHooks } from './find-hooks';

const NOW = new Date('2026-11-20T10:00:00Z');

function answersOf(s: Scenario): Record<string, Answer> {
  const out: Record<string, Answer> = {};
  for (const [id, a] of Object.entries(s.answers ?? {})) {
    const { value, ageDays } = typeof a === 'object' ? a : { value: a, ageDays: 3 };
    out[id] = { value, answeredAt: new Date(NOW.getTime() - ageDays * 86_400_000).toISOString() };
  }
  return out;
}

function runScenario(s: Scenario, override?: Partial<Scenario>) {
  const sc = { ...s, ...override };
  const icp = scenarioIcp(sc.locale, sc.icp);
  const facts = factsFromPlain(sc.person, sc.company);
  const result = scoreAndRecommend({
    icp,
    icpVersion: 1,
    framework: frameworkById(sc.frameworkId ?? icp.frameworkId),
    facts,
    answers: answersOf(sc),
    now: NOW,
    locale: sc.locale,
    pain: sc.pain ?? '',
    problemId: sc.problemId ?? null,
    emailSentences: sc.sentences,
  });
  const found = findHooks({
    facts,
    answers: answersOf(sc),
    pain: '',
    icp,
    framework: frameworkById(sc.frameworkId ?? icp.frameworkId),
    locale: sc.locale,
    now: NOW,
    score: result.score,
  });
  return { ...result, facts, icp, found };
}

/** Runs of `n` folded words of a text. */
function runs(text: string, n: number): string[] {
  const words = fold(text).split(' ').filter(Boolean);
  const out: string[] = [];
  for (let i = 0; i + n <= words.length; i++) out.push(words.slice(i, i + n).join(' '));
  return out;
}

/**
 * The text without what Spanish writes with capitals: quoted news and the prospect's
 * proper names (people, companies, products, places). Titles, industries and the roles a
 * company hires for are common nouns: they stay in, to be written in lower case.
 */
function withoutProperNames(text: string, facts: Facts): string {
  const names: string[] = [];
  for (const f of [
    facts.person.name,
    facts.person.company,
    facts.person.location,
    facts.company.name,
    facts.company.tech,
    facts.company.country,
  ]) {
    if (!f) continue;
    if (Array.isArray(f.value)) names.push(...f.value.map(String));
    else names.push(String(f.value));
  }
  let plain = text.replace(/«[^»]*»/g, ' ');
  for (const v of names.sort((a, b) => b.length - a.length)) plain = plain.split(v).join(' ');
  return plain;
}

function textOf(r: Recommendation): string {
  return r.kind === 'angle'
    ? `${r.headline}\n${r.opener}\n${r.nextStep}`
    : `${r.reasonLabel}\n${r.note}`;
}

/** The concrete values a prospect's text may cite: its facts (as written or formatted), pain and first name. */
function citable(facts: Facts, pain: string): string[] {
  const out = new Set<string>();
  for (const entity of [facts.person, facts.company]) {
    for (const fact of Object.values(entity)) {
      if (!fact) continue;
      if (Array.isArray(fact.value)) fact.value.forEach((v) => out.add(v));
      else if (typeof fact.value === 'number') {
        out.add(String(fact.value));
        out.add(formatCount('en', fact.value));
        out.add(formatCount('es', fact.value));
      } else if (typeof fact.value === 'string') out.add(fact.value);
    }
  }
  const name = facts.person.name && factText(facts.person.name).split(' ')[0];
  if (name) out.add(name);
  if (pain) out.add(pain);
  // Spanish writes titles and industries in lower case mid-sentence.
  for (const v of [...out]) out.add(inSentence(v, 'es'));
  return [...out].filter((v) => v.length >= 3);
}

/** Words that only one of the two languages uses (padded with spaces, lower case). */
const ONLY_EN = [
  ' the ',
  ' and ',
  ' with ',
  ' you ',
  ' your ',
  ' we ',
  ' our ',
  ' would ',
  ' thank ',
  ' hi ',
];
const ONLY_ES = [
  ' el ',
  ' los ',
  ' las ',
  ' con ',
  ' para ',
  ' que ',
  ' vuestra ',
  ' tu ',
  ' gracias ',
  ' hola ',
  ' de ',
  ' una ',
];

const results = SCENARIOS.map((s) => ({ s, ...runScenario(s) }));

/** Every value any scenario's facts hold, minus the team's own ICP words. */
const POOL = (() => {
  const all = new Set<string>();
  for (const { s, facts } of results) citable(facts, s.pain ?? '').forEach((v) => all.add(v));
  const icpWords = JSON.stringify([scenarioIcp('en'), scenarioIcp('es')]);
  // Vocabulary tokens ("manager", "sales") are not facts a text could leak: labels name them.
  const vocab: readonly string[] = [...SENIORITIES, ...DEPARTMENTS];
  // Single words ("Retail", "Clara") recur inside other prospects' own values and in the
  // templates: a leak is a multi-word value of another prospect.
  return [...all].filter(
    (v) => !icpWords.includes(v) && !vocab.includes(v) && v.includes(' ') && v.length >= 4,
  );
})();

describe('recommendation scenarios', () => {
  it('cover at least 80 prospects, at least 35 in each language', () => {
    expect(SCENARIOS.length).toBeGreaterThanOrEqual(80);
    expect(SCENARIOS.filter((s) => s.locale === 'es').length).toBeGreaterThanOrEqual(35);
    expect(SCENARIOS.filter((s) => s.locale === 'en').length).toBeGreaterThanOrEqual(35);
    expect(new Set(SCENARIOS.map((s) => s.name)).size).toBe(SCENARIOS.length);
  });

  it('each says its verdict, its problem and, when closed out, its reason', () => {
    for (const s of SCENARIOS) {
      expect(s.expect.verdict, s.name).toBeDefined();
      expect(s.expect.problem, s.name).toBeDefined();
      if (s.expect.kind === 'close-out') expect(s.expect.reason, s.name).toBeDefined();
    }
  });

  for (const { s, score, recommendation: r, facts, icp, found } of results) {
    describe(s.name, () => {
      const text = textOf(r);
      const own = citable(facts, s.pain ?? '');

      it('is valid and of the expected kind', () => {
        expect(RecommendationSchema.safeParse(r).success).toBe(true);
        expect(r.kind).toBe(s.expect.kind);
        if (r.kind === 'close-out') expect(r.reason).toBe(s.expect.reason);
        if (r.kind === 'angle' && s.expect.hook) expect(r.hooks[0]).toBe(s.expect.hook);
      });

      it('meets its expectations: verdict, reason, problem and the facts it cites', () => {
        const { verdict, problem, cites } = s.expect;
        if (verdict) expect(score.verdict).toBe(verdict);
        if (r.kind === 'angle' && problem === 'choice') {
          expect(r.problemChoice.length).toBeGreaterThan(1);
          expect(r.hooks).not.toContain('recorded-pain');
        } else if (problem !== undefined) {
          expect(r.kind === 'angle' ? r.problemId : null).toBe(problem);
        }
        for (const fact of cites ?? []) expect(text).toContain(fact);
      });

      it('says what the situation calls for and nothing it rules out', () => {
        for (const phrase of s.expect.says ?? []) expect(text).toContain(phrase);
        for (const phrase of s.expect.never ?? []) expect(text).not.toContain(phrase);
      });

      it('repeats no phrase: no four words in a row come twice in the opener and next step', () => {
        const seen = new Set<string>();
        const parts = r.kind === 'angle' ? [r.opener, r.nextStep] : [r.note];
        for (const run of parts.flatMap((p) => runs(p, 4))) {
          expect(seen.has(run), run).toBe(false);
          seen.add(run);
        }
      });

      it('cites at least one concrete fact of this prospect', () => {
        expect(own.some((v) => text.includes(v))).toBe(true);
        expect(r.evidence.length).toBeGreaterThan(0);
      });

      it('never cites a fact it does not have, nor a placeholder', () => {
        for (const v of POOL) if (!own.some((o) => o.includes(v))) expect(text).not.toContain(v);
        expect(text).not.toMatch(/undefined|null|NaN|\{|\}|\[object/);
      });

      it('stays in one language', () => {
        let plain = ` ${text} `;
        for (const v of own) plain = plain.split(v).join(' ');
        plain = ` ${plain
          .toLowerCase()
          .replace(/[.,:;!?¿¡«»“”()—–-]/g, ' ')
          .replace(/\s+/g, ' ')} `;
        for (const w of s.locale === 'es' ? ONLY_EN : ONLY_ES) expect(plain).not.toContain(w);
      });

      if (r.kind === 'angle') {
        it('speaks to the prospect in the second person and never pastes the rep’s note', () => {
          // The ICP's own sentences speak of leads and customers ("before they go cold").
          let opener = r.opener.replace(/«[^»]*»|“[^”]*”/g, ' ');
          for (const p of icp.problems)
            for (const text of [p.text, p.proofPoint])
              opener = opener.split(textIn(text, s.locale, icp.locale) ?? '\u0000').join(' ');
          if (s.locale === 'en') {
            expect(opener).toMatch(/\b(?:you|your|yours)\b/i);
            expect(opener).not.toMatch(/\b(?:they|their|them|he|she|his|her)\b/i);
          } else {
            expect(opener).toMatch(
              /\b(?:te|tu|tus|os|vuestr[oa]s?|tendrás|vives|ves|llevas|comparas|revisas|oyes|eres)\b|[áé]is\b/i,
            );
            expect(opener).not.toMatch(/\b(?:ellos|ellas|su jefe|su equipo|sus comerciales)\b/i);
          }
          const note = new Set(runs(s.pain ?? '', 5));
          for (const run of runs(r.opener, 5)) expect(note.has(run), run).toBe(false);
        });

        it('cites two facts of the prospect when it has them, one of each kind', () => {
          if (s.sentences?.length && r.nextStep.match(/^(?:Reply today|Responde hoy)/)) return;
          expect(r.hooks.length).toBe(Math.min(2, found.length));
        });

        it('offers the proof point of the problem it names', () => {
          const problem = icp.problems.find((p) => p.id === r.problemId);
          const proof = problem && textIn(problem.proofPoint, s.locale, icp.locale);
          if (proof) expect(r.opener).toContain(proof);
        });

        if (s.locale === 'es')
          it('writes common nouns in lower case mid-sentence (Spanish)', () => {
            const plain = withoutProperNames(r.opener, facts);
            const mid = plain.match(/(?<![.?!¿¡:]\s|^)(?<=\s)\p{Lu}\p{Ll}+/gu) ?? [];
            expect(mid).toEqual([]);
          });

        it('opens with two to four sentences and books only qualified prospects', () => {
          const unquoted = r.opener.replace(/«[^»]*»|“[^”]*”/g, 'Q');
          const sentences = unquoted.split(/(?<=[.?!])\s+/).filter(Boolean);
          expect(sentences.length).toBeGreaterThanOrEqual(2);
          expect(sentences.length).toBeLessThanOrEqual(4);
          expect(r.bookingUrl).toBe(score.verdict === 'qualified' ? icp.bookingUrl : null);
        });
      } else {
        it('closes out politely with a revisit date', () => {
          const revisit = new Date(NOW.getTime() + icp.revisitDays * 86_400_000);
          expect(r.revisitAt).toBe(revisit.toISOString().slice(0, 10));
          expect(score.verdict).toBe('disqualified');
          expect(r.note).toMatch(s.locale === 'es' ? /^Hola/ : /^Hi/);
        });
      }
    });
  }

  it('says something different for every prospect', () => {
    const texts = results.map((x) => textOf(x.recommendation));
    expect(new Set(texts).size).toBe(texts.length);
  });

  it('changes with the evidence: another open role, another pain, another tool', () => {
    const [first, second] = SCENARIOS;
    if (!first || !second) throw new Error('scenarios missing');
    const base = textOf(runScenario(first).recommendation);
    const role = runScenario(first, {
      pain: '',
      answers: {},
      company: { ...first.company, hiringRoles: ['Inside Sales Representative'] },
    });
    expect(textOf(role.recommendation)).toContain('Inside Sales Representative');
    // The rep's note steers the problem, in the ICP's words; it is never pasted.
    const note = 'Nadie sabe qué ofertas siguen vivas';
    const pain = runScenario(first, { pain: note });
    expect(textOf(pain.recommendation)).not.toContain(note);
    expect(pain.recommendation).toMatchObject({ problemId: 'pipeline-visibility' });
    expect(textOf(pain.recommendation)).toContain('la previsión de qué oportunidades');
    expect(textOf(pain.recommendation)).not.toBe(base);
    const tool = runScenario(second, { company: { ...second.company, tech: ['Salesforce'] } });
    expect(textOf(tool.recommendation)).toContain('Salesforce');
    expect(textOf(tool.recommendation)).not.toContain('HubSpot');
  });

  it('uses the stale and ask-first next steps when they apply', () => {
    const stale = results.find((x) => x.s.name === 'en stale answers');
    expect(stale?.score.stale).toBe(true);
    expect(stale?.recommendation.kind === 'angle' && stale.recommendation.nextStep).toMatch(
      /^Re-qualify first: some answers are more than 90 days old\./,
    );
    const open = results.find((x) => x.s.name === 'es urgency stated');
    expect(open?.recommendation.kind === 'angle' && open.recommendation.nextStep).toMatch(
      /^Antes de proponer una reunión, pregunta: ¿Hay presupuesto asignado\?/,
    );
  });
});
