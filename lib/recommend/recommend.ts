import type { Answer } from '../model/records';
import type { Evidence, ScoreLine, Score } from '../model/score';
import type { DisqualificationReason, Locale } from '../model/vocab';
import type { Icp } from '../icp/icp-schema';
import { t as translate } from '../i18n';
import { reasonKey } from '../i18n/vocab-keys';
import type { Framework, Question } from '../qualify/framework-schema';
import { techNamed } from '../scoring/criteria';
import { CONTACT_FLAG_IDS } from '../scoring/contact-flags';
import { signalEvidence } from '../scoring/evidence';
import { factString, type Facts } from '../scoring/facts';
import { score as computeScore, type ScoreInput } from '../scoring/score';
import { CLOSE_OUT_EN } from './close-out-en';
import { CLOSE_OUT_ES } from './close-out-es';
import { criterionStatus, findHooks } from './find-hooks';
import { pickProblem } from './pick-problem';
import type { Angle, CloseOut, Recommendation } from './recommendation-schema';
import { ANGLE_EN } from './templates-en';
import { ANGLE_ES } from './templates-es';
import type { AngleTemplates, CloseOutTemplates, TextContext } from './templates';
import { firstName, formatMonthYear, joinList } from './text-helpers';

export interface RecommendInput {
  score: Score;
  facts: Facts;
  answers: Readonly<Record<string, Answer>>;
  /** The pain the rep recorded, in their words ('' when none). */
  pain: string;
  icp: Icp;
  framework: Framework;
  locale: Locale;
  now: Date;
}

const ANGLES: Record<Locale, AngleTemplates> = { en: ANGLE_EN, es: ANGLE_ES };
const CLOSE_OUTS: Record<Locale, CloseOutTemplates> = { en: CLOSE_OUT_EN, es: CLOSE_OUT_ES };
const DAY_MS = 86_400_000;

function context(facts: Facts): TextContext {
  return {
    company: factString(facts.company.name) ?? factString(facts.person.company),
    firstName: firstName(factString(facts.person.name)),
  };
}

/** Evidence for the name the text addresses, when the text uses it. */
function contextEvidence(facts: Facts, ctx: TextContext): Evidence[] {
  const out: Evidence[] = [];
  if (ctx.company) {
    const f = facts.company.name ?? facts.person.company;
    if (f)
      out.push(
        signalEvidence(
          facts.company.name ? 'company' : 'person',
          facts.company.name ? 'name' : 'company',
          f,
        ),
      );
  }
  if (ctx.firstName && facts.person.name)
    out.push(signalEvidence('person', 'name', facts.person.name));
  return out;
}

/** The technology a tech-based disqualification is about, named as the page or ICP does. */
function techDetail(reason: DisqualificationReason, input: RecommendInput): string | null {
  if (reason !== 'competitor-or-partner' && reason !== 'missing-technology') return null;
  const { icp, facts, locale } = input;
  for (const c of icp.criteria) {
    if (c.kind !== 'tech' || criterionStatus(input, c) !== 'unmet') continue;
    if (reason === 'competitor-or-partner' && c.params.mode === 'none') {
      const hit = techNamed(c, facts);
      if (hit) return hit;
    }
    if (reason === 'missing-technology' && c.params.mode === 'any')
      return joinList(c.params.values.slice(0, 2), locale, 'or');
  }
  return null;
}

/** At most 40 evidence lines, in order: the lines' own, then the name the text uses. */
function collectEvidence(groups: readonly (readonly Evidence[])[]): Evidence[] {
  const out: Evidence[] = [];
  // Index loops: some groups are frozen shared arrays, which for…of iterates slowly.
  for (let g = 0; g < groups.length; g++) {
    const group = groups[g] as readonly Evidence[];
    for (let i = 0; i < group.length; i++) {
      if (out.length === 40) return out;
      out.push(group[i] as Evidence);
    }
  }
  return out;
}

/** The revisit date of a close-out written at `now`: the same for a whole re-score. */
let lastRevisit = { from: Number.NaN, days: 0, date: new Date(0), day: '' };
function revisitOf(now: Date, days: number): { date: Date; day: string } {
  const from = now.getTime();
  if (lastRevisit.from !== from || lastRevisit.days !== days) {
    const date = new Date(from + days * DAY_MS);
    lastRevisit = { from, days, date, day: date.toISOString().slice(0, 10) };
  }
  return lastRevisit;
}

/** The evidence of every failed must-have: the contact's flags, the ICP's, the answers'. */
function failedMustHaves({ score, icp, framework }: RecommendInput): Evidence[][] {
  const groups: Evidence[][] = [];
  const add = (o: ScoreLine | undefined) => {
    if (o && o.status === 'unmet' && o.mustHave) groups.push(o.evidence);
  };
  for (const id of CONTACT_FLAG_IDS) add(score.criteria[id]);
  for (const c of icp.criteria) add(score.criteria[c.id]);
  for (const q of framework.questions) add(score.answers[q.id]);
  return groups;
}

function closeOut(input: RecommendInput, reason: DisqualificationReason): CloseOut {
  const { facts, icp, locale, now } = input;
  const t = CLOSE_OUTS[locale];
  const ctx = context(facts);
  const revisit = revisitOf(now, icp.revisitDays);
  const body = t.body(reason, ctx, { tech: techDetail(reason, input) });
  const groups = failedMustHaves(input);
  groups.push(contextEvidence(facts, ctx));
  return {
    kind: 'close-out',
    reason,
    reasonLabel: translate(locale, reasonKey(reason)),
    note: `${t.greeting(ctx)}\n\n${body} ${t.revisit(formatMonthYear(locale, revisit.date))}\n\n${t.signOff}`,
    revisitAt: revisit.day,
    evidence: collectEvidence(groups),
  };
}

function nextStep(input: RecommendInput, t: AngleTemplates, hasProof: boolean): string {
  const { score, icp, framework, locale } = input;
  if (score.stale) return t.nextStep.stale(icp.answerMaxAgeDays);
  if (score.verdict === 'qualified') return icp.bookingUrl ? t.nextStep.book() : t.nextStep.call();
  // The two heaviest questions still unanswered (the earlier one first on equal weight).
  let first: Question | null = null;
  let second: Question | null = null;
  for (const q of framework.questions) {
    if (q.weight <= 0 || score.answers[q.id]?.status !== 'unknown') continue;
    if (!first || q.weight > first.weight) {
      second = first;
      first = q;
    } else if (!second || q.weight > second.weight) second = q;
  }
  if (!first) return t.nextStep.followUp(hasProof);
  return t.nextStep.askFirst(
    second ? [first.text[locale], second.text[locale]] : [first.text[locale]],
  );
}

function angle(input: RecommendInput): Angle {
  const { facts, icp, locale } = input;
  const t = ANGLES[locale];
  const ctx = context(facts);
  const hooks = findHooks(input);
  const [top, second] = hooks;
  const words = [
    input.pain,
    factString(facts.person.title) ?? '',
    factString(facts.company.industry) ?? '',
    factString(facts.company.description) ?? '',
  ];
  const picked = pickProblem(icp, hooks.slice(0, 3), words, locale);
  const used = top ? [top] : [];
  const sentences = [top ? t.observe(top.data, ctx) : t.fallbackObserve(ctx)];
  if (picked?.proof) sentences.push(picked.proof);
  else if (second) {
    sentences.push(t.observe(second.data, ctx));
    used.push(second);
  }
  sentences.push(t.ask(picked?.text ?? null, ctx));
  const evidence = collectEvidence([...used.map((h) => h.evidence()), contextEvidence(facts, ctx)]);
  const bookingUrl = input.score.verdict === 'qualified' && icp.bookingUrl ? icp.bookingUrl : null;
  return {
    kind: 'angle',
    headline: top ? t.headline(top.data, ctx) : t.fallbackHeadline(ctx),
    opener: sentences.join(' '),
    nextStep: nextStep(input, t, Boolean(picked?.proof)),
    bookingUrl,
    hooks: used.map((h) => h.kind),
    problemId: picked?.problem.id ?? null,
    evidence,
  };
}

/**
 * The recommendation for a scored prospect (DESIGN §6): a proposal angle built from the
 * strongest hooks in the evidence and the best-matching problem, or — when disqualified —
 * a close-out note with a revisit date. Pure and deterministic; templates only.
 */
export function recommend(input: RecommendInput): Recommendation {
  if (input.score.verdict === 'disqualified') return closeOut(input, input.score.reason ?? 'other');
  return angle(input);
}

/** The text saved with the prospect and exported as its angle. */
export function recommendationText(r: Recommendation): string {
  return r.kind === 'angle' ? `${r.headline} — ${r.opener}` : r.note;
}

/** What the prospect keeps to follow up: an angle's next step, or a close-out's revisit day. */
export function followUp(r: Recommendation): { nextStep: string | null; revisitAt: string | null } {
  return r.kind === 'angle'
    ? { nextStep: r.nextStep, revisitAt: null }
    : { nextStep: null, revisitAt: r.revisitAt };
}

/** Scores and recommends in one call, as the side panel does on every change. */
export function scoreAndRecommend(input: ScoreInput & { pain?: string }): {
  score: Score;
  recommendation: Recommendation;
} {
  const s = computeScore(input);
  const recommendation = recommend({
    score: s,
    facts: input.facts,
    answers: input.answers,
    pain: input.pain ?? '',
    icp: input.icp,
    framework: input.framework,
    locale: input.locale,
    now: input.now,
  });
  return { score: s, recommendation };
}
