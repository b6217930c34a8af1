import type { Answer } from '../model/records';
import { linesById, type Score, type ScoreLine } from '../model/score';
import type { DisqualificationReason, Locale, Verdict } from '../model/vocab';
import type { Criterion, Icp } from '../icp/icp-schema';
import type { Framework } from '../qualify/framework-schema';
import { addAnswerLines } from './answer-lines';
import { contactFlags, FLAG_LABELS } from './contact-flags';
import { evaluateCriterion, isShared, type CriterionResult } from './criteria';
import { criterionLabel } from './criterion-labels';
import type { Facts } from './facts';
import { gradeOf } from './grade';

export interface ScoreInput {
  icp: Icp;
  icpVersion: number;
  framework: Framework;
  facts: Facts;
  /** Answers by question id (a Prospect's `answers`). */
  answers: Readonly<Record<string, Answer>>;
  /** The clock is an input so that a score is a pure function of what it is given. */
  now: Date;
  locale: Locale;
}

/**
 * Share of the ICP's weight that must be known before the fit alone decides: a low fit
 * disqualifies, a high one qualifies, only from here on. Below it, one criterion among
 * many unknowns is too little to drop anybody or to send them a booking link; they stay
 * in nurture while the rep finds the missing facts. Must-have failures, contact flags and
 * disqualifying answers need no quorum.
 */
export const MIN_CONFIDENCE_TO_DECIDE = 50;

/**
 * `now` as stored in `computedAt`, remembered: a re-score gives every prospect the same
 * `now`, and formatting a date is slower than scoring a criterion.
 */
let lastComputed = { time: Number.NaN, iso: '' };
function computedIso(now: Date): string {
  const time = now.getTime();
  if (time !== lastComputed.time) lastComputed = { time, iso: now.toISOString() };
  return lastComputed.iso;
}

/** A whole percentage; the 1e-9 keeps 6.2 of 8 at 78, not 77 through float error. */
const pct = (part: number, whole: number) => Math.round((part / whole) * 100 + 1e-9);

type LinesByLocale = Record<Locale, Partial<Record<Locale, ScoreLine>>>;
const sharedLines = new WeakMap<CriterionResult, WeakMap<Criterion, LinesByLocale>>();
/**
 * The line of a criterion none of whose facts is known (or not applicable yet): the same for
 * every such prospect, so one frozen line per criterion, result and language serves them all.
 */
function sharedLine(c: Criterion, locale: Locale, icpLocale: Locale, r: CriterionResult) {
  let byCriterion = sharedLines.get(r);
  if (!byCriterion) sharedLines.set(r, (byCriterion = new WeakMap()));
  let byLocale = byCriterion.get(c);
  if (!byLocale) byCriterion.set(c, (byLocale = { en: {}, es: {} }));
  let line = byLocale[locale][icpLocale];
  if (!line) {
    line = Object.freeze<ScoreLine>({
      kind: 'criterion',
      id: c.id,
      label: criterionLabel(c, locale, icpLocale),
      status: r.status,
      points: 0,
      max: c.weight,
      mustHave: c.mustHave,
      evidence: r.evidence,
    });
    byLocale[locale][icpLocale] = line;
  }
  return line;
}

/**
 * Scores a prospect against an ICP and a framework (DESIGN §5). Pure and deterministic.
 * Beside the lines the rep reads, `criteria` and `answers` give each line by id: what
 * the recommendation reads.
 *
 * Disqualification reasons, first that applies: the contact (student or personal, then
 * unreachable); a known fact failing a must-have criterion, in ICP order; a disqualifying
 * answer, in framework order (even a stale one: it is the last thing the prospect said;
 * `stale` asks the rep to re-qualify); a known fit below `nurtureFit` with at least
 * MIN_CONFIDENCE_TO_DECIDE confidence, with the heaviest unmet criterion's reason.
 * Qualified: no reason, fit and qualification at or above their thresholds, and at least
 * MIN_CONFIDENCE_TO_DECIDE confidence. Everything else is nurture.
 */
export function score(input: ScoreInput): Score {
  const { icp, framework, facts, answers, now, locale } = input;
  const lines: ScoreLine[] = [];
  const reasons: DisqualificationReason[] = [];

  for (const flag of contactFlags(facts)) {
    lines.push({
      kind: 'criterion',
      id: flag.id,
      label: FLAG_LABELS[locale][flag.id],
      status: 'unmet',
      points: 0,
      max: 0,
      mustHave: true,
      evidence: flag.evidence,
    });
    reasons.push(flag.reason);
  }

  let totalWeight = 0;
  let knownWeight = 0;
  let metWeight = 0;
  // The heaviest unmet criterion's weight and reason (the first of equal weight).
  let heaviestWeight = -1;
  let heaviestReason: DisqualificationReason | null = null;
  for (const c of icp.criteria) {
    const r: CriterionResult = evaluateCriterion(c, facts);
    if (r.status !== 'na') totalWeight += c.weight;
    if (r.status === 'met' || r.status === 'unmet') knownWeight += c.weight;
    if (r.status === 'met') metWeight += c.weight;
    if (r.status === 'unmet' && r.failReason) {
      // Straight after the contact's: must-have failures come next, in ICP order.
      if (c.mustHave) reasons.push(r.failReason);
      if (heaviestReason === null || c.weight > heaviestWeight) {
        heaviestWeight = c.weight;
        heaviestReason = r.failReason;
      }
    }
    lines.push(
      isShared(r)
        ? sharedLine(c, locale, icp.locale, r)
        : {
            kind: 'criterion',
            id: c.id,
            label: criterionLabel(c, locale, icp.locale),
            status: r.status,
            points: r.status === 'met' ? c.weight : 0,
            max: c.weight,
            mustHave: c.mustHave,
            evidence: r.evidence.length > 20 ? r.evidence.slice(0, 20) : r.evidence,
          },
    );
  }

  const tally = addAnswerLines(
    lines,
    reasons,
    framework,
    answers,
    now,
    icp.answerMaxAgeDays,
    locale,
  );
  const { max: answeredMax, points: answeredPoints, stale } = tally;

  const fit = knownWeight > 0 ? pct(metWeight, knownWeight) : null;
  const confidence = totalWeight > 0 ? pct(knownWeight, totalWeight) : 0;
  const qualification = answeredMax > 0 ? Math.min(100, pct(answeredPoints, answeredMax)) : null;

  const t = icp.thresholds;
  if (
    fit !== null &&
    fit < t.nurtureFit &&
    confidence >= MIN_CONFIDENCE_TO_DECIDE &&
    heaviestReason !== null
  )
    reasons.push(heaviestReason);

  const reason = reasons[0] ?? null;
  let verdict: Verdict = 'nurture';
  if (reason) verdict = 'disqualified';
  else if (
    fit !== null &&
    qualification !== null &&
    confidence >= MIN_CONFIDENCE_TO_DECIDE &&
    fit >= t.qualifiedFit &&
    qualification >= t.qualifiedQualification
  )
    verdict = 'qualified';

  const shown = lines.length > 200 ? lines.slice(0, 200) : lines;
  const { criteria, answers: answered } = linesById(shown);
  return {
    fit,
    confidence,
    qualification,
    grade: gradeOf(fit, qualification, verdict),
    verdict,
    reason,
    stale,
    lines: shown,
    criteria,
    answers: answered,
    icpVersion: input.icpVersion,
    frameworkId: framework.id,
    locale,
    computedAt: computedIso(now),
  };
}
