import type { Answer } from '../model/records';
import type { Evidence, ScoreLine, Score } from '../model/score';
import type { DisqualificationReason, Locale } from '../model/vocab';
import type { Icp, Problem } from '../icp/icp-schema';
import type { Framework } from '../qualify/framework-schema';
import { techNamed } from '../scoring/criteria';
import { CONTACT_FLAG_IDS } from '../scoring/contact-flags';
import { signalEvidence } from '../scoring/evidence';
import { factString, type Facts } from '../scoring/facts';
import type { AdviceContext, AngleAdvice, CloseOutAdvice, HookData } from '../model/advice';
import { criterionStatus, findHooks } from './find-hooks';
import { readRequest } from './inbound-request';
import type { Hook } from './hook';
import { matchProblem, type ProblemMatch } from './match-problem';
import { nextStep } from './next-step';
import { pickProblem } from './pick-problem';
import { firstName } from './text-helpers';

export interface RecommendInput {
  score: Score;
  facts: Facts;
  answers: Readonly<Record<string, Answer>>;
  /** The pain the rep recorded, in their words ('' when none). */
  pain: string;
  /** The problem the rep chose when their note matched none or several (null: none chosen). */
  problemId?: string | null;
  /** What the prospect wrote (the external sender's sentences in a Gmail thread), in memory only. */
  emailSentences?: readonly string[];
  icp: Icp;
  framework: Framework;
  locale: Locale;
  now: Date;
}

const DAY_MS = 86_400_000;
const NO_MATCH: ProblemMatch = { status: 'none' };

function context(facts: Facts): AdviceContext {
  return {
    company: factString(facts.company.name) ?? factString(facts.person.company),
    firstName: firstName(factString(facts.person.name)),
  };
}

/** Evidence for the name the text addresses, when the text uses it. */
function contextEvidence(facts: Facts, ctx: AdviceContext): Evidence[] {
  const out: Evidence[] = [];
  if (ctx.company) {
    const own = facts.company.name;
    const f = own ?? facts.person.company;
    if (f) out.push(signalEvidence(own ? 'company' : 'person', own ? 'name' : 'company', f));
  }
  if (ctx.firstName && facts.person.name)
    out.push(signalEvidence('person', 'name', facts.person.name));
  return out;
}

/** The technologies a tech-based disqualification is about, named as the page or ICP does. */
function techDetail(reason: DisqualificationReason, input: RecommendInput): string[] {
  if (reason !== 'competitor-or-partner' && reason !== 'missing-technology') return [];
  for (const c of input.icp.criteria) {
    if (c.kind !== 'tech' || criterionStatus(input, c) !== 'unmet') continue;
    if (reason === 'competitor-or-partner' && c.params.mode === 'none') {
      const hit = techNamed(c, input.facts);
      if (hit) return [hit];
    }
    if (reason === 'missing-technology' && c.params.mode === 'any')
      return c.params.values.slice(0, 2);
  }
  return [];
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

/** The revisit day of a close-out written at `now`: the same for a whole re-score. */
let lastRevisit = { from: Number.NaN, days: 0, day: '' };
function revisitDay(now: Date, days: number): string {
  const from = now.getTime();
  if (lastRevisit.from !== from || lastRevisit.days !== days)
    lastRevisit = { from, days, day: new Date(from + days * DAY_MS).toISOString().slice(0, 10) };
  return lastRevisit.day;
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

function closeOutAdvice(input: RecommendInput, reason: DisqualificationReason): CloseOutAdvice {
  const ctx = context(input.facts);
  const groups = failedMustHaves(input);
  groups.push(contextEvidence(input.facts, ctx));
  return {
    kind: 'close-out',
    ctx,
    reason,
    tech: techDetail(reason, input),
    revisitAt: revisitDay(input.now, input.icp.revisitDays),
    evidence: collectEvidence(groups),
  };
}

/** Hook kinds that cite the same facts: an opener uses one of each family. */
const FAMILIES: readonly (readonly string[])[] = [
  ['hiring-role', 'hiring-active', 'headcount-growth'],
  ['tech-fit', 'tech-gap', 'competitor-switch'],
  // Two interview answers in a row read as a recap: one answer, then what the page shows.
  ['urgency-stated', 'budget-stated'],
];
const sameFamily = (a: Hook, b: Hook) =>
  FAMILIES.some((f) => f.includes(a.kind) && f.includes(b.kind));

/** The hooks the opener cites: the strongest, and the next one that says something else. */
function usedHooks(hooks: readonly Hook[]): Hook[] {
  const [top] = hooks;
  if (!top) return [];
  const second = hooks.find((h) => h !== top && !sameFamily(h, top));
  return second ? [top, second] : [top];
}

const NONE: string[] = Object.freeze([]) as unknown as string[];
const FROM_EVIDENCE: AngleAdvice['problem'] = Object.freeze({
  source: 'evidence',
  open: false,
  candidates: NONE,
  words: NONE,
});
const FROM_NOTHING: AngleAdvice['problem'] = Object.freeze({
  source: 'none',
  open: false,
  candidates: NONE,
  words: NONE,
});

interface ProblemChoice {
  problem: Problem | null;
  source: AngleAdvice['problem'];
}

/**
 * The problem the angle offers: the rep's choice, else the one their note names, else the
 * one the prospect's email names, else the one the hooks and facts point to. A note that
 * names none or several leaves the choice open (the panel asks the rep).
 */
function chooseProblem(
  input: RecommendInput,
  hooks: readonly Hook[],
  pain: ProblemMatch,
): ProblemChoice {
  const { icp } = input;
  const byId = (id: string | null | undefined) =>
    id ? (icp.problems.find((p) => p.id === id) ?? null) : null;
  const painWords = pain.status === 'none' ? NONE : pain.words.slice(0, 20);
  const chosen = byId(input.problemId);
  // The rep's pick stays changeable: the same problems are offered again.
  if (chosen)
    return {
      problem: chosen,
      source: {
        source: 'choice',
        open: false,
        candidates: pain.status === 'tie' ? pain.candidates : icp.problems.map((p) => p.id),
        words: painWords,
      },
    };
  if (pain.status === 'matched')
    return {
      problem: byId(pain.problemId),
      source: { source: 'pain', open: false, candidates: [], words: painWords },
    };
  const open = input.pain.trim() !== '';
  const candidates =
    pain.status === 'tie' ? pain.candidates : open ? icp.problems.map((p) => p.id) : NONE;
  if (!open && input.emailSentences?.length) {
    const mail = matchProblem(icp, input.emailSentences.join(' \n '));
    if (mail.status === 'matched')
      return {
        problem: byId(mail.problemId),
        source: { source: 'email', open: false, candidates: [], words: mail.words.slice(0, 20) },
      };
  }
  const { facts } = input;
  const words = [
    factString(facts.person.title) ?? '',
    factString(facts.company.industry) ?? '',
    factString(facts.company.description) ?? '',
  ];
  const among = pain.status === 'tie' ? pain.candidates : null;
  const picked = pickProblem(icp, hooks.slice(0, 3), words, input.locale, among);
  if (!open) return { problem: picked, source: picked ? FROM_EVIDENCE : FROM_NOTHING };
  return {
    problem: picked,
    source: { source: picked ? 'evidence' : 'none', open, candidates, words: painWords },
  };
}

function angleAdvice(input: RecommendInput): AngleAdvice {
  const { facts, icp } = input;
  const ctx = context(facts);
  // A prospect who asked for a quote gets an answer to it, not a pitch for a meeting.
  const request = readRequest(input.emailSentences);
  const pain = input.pain.trim() ? matchProblem(icp, input.pain) : NO_MATCH;
  const painMatched = pain.status === 'matched' || Boolean(input.problemId && input.pain.trim());
  const hooks = findHooks(painMatched ? { ...input, painMatched } : input);
  const { problem, source } = chooseProblem(input, hooks, pain);
  const used = request ? [] : usedHooks(hooks);
  const heard =
    source.source === 'pain' ||
    source.source === 'email' ||
    (source.source === 'choice' && input.pain.trim() !== '');
  const evidence = collectEvidence([...used.map((h) => h.evidence()), contextEvidence(facts, ctx)]);
  return {
    kind: 'angle',
    ctx,
    hooks: used.map((h): HookData => h.data),
    problemId: problem?.id ?? null,
    problem: source,
    request,
    nextStep: nextStep(input, request !== null, heard),
    bookingUrl: input.score.verdict === 'qualified' && icp.bookingUrl ? icp.bookingUrl : null,
    evidence,
  };
}

/**
 * The recommendation for a scored prospect as structure (DESIGN §6): a proposal angle
 * built from the strongest hooks and the problem that fits, or — when disqualified — a
 * close-out with a revisit date. Pure and deterministic; renderRecommendation writes it.
 */
export function planAdvice(input: RecommendInput): AngleAdvice | CloseOutAdvice {
  if (input.score.verdict === 'disqualified')
    return closeOutAdvice(input, input.score.reason ?? 'other');
  return angleAdvice(input);
}
