import type { Locale } from '../model/vocab';
import type { Icp } from '../icp/icp-schema';
import { textIn } from '../icp/localized-text';
import { t as translate } from '../i18n';
import { reasonKey } from '../i18n/vocab-keys';
import type {
  Advice,
  AngleAdvice,
  CloseOutAdvice,
  HookData,
  InboundRequest,
  NextStep,
} from '../model/advice';
import { CLOSE_OUT_EN } from './close-out-en';
import { CLOSE_OUT_ES } from './close-out-es';
import type { Angle, CloseOut, Recommendation } from './recommendation-schema';
import { ANGLE_EN } from './templates-en';
import { ANGLE_ES } from './templates-es';
import type { AngleTemplates, CloseOutTemplates, TextContext } from './templates';
import { formatMonthYear, joinList } from './text-helpers';

const NO_CHOICE: Angle['problemChoice'] = Object.freeze([]) as unknown as Angle['problemChoice'];
const ANGLES: Record<Locale, AngleTemplates> = { en: ANGLE_EN, es: ANGLE_ES };
const CLOSE_OUTS: Record<Locale, CloseOutTemplates> = { en: CLOSE_OUT_EN, es: CLOSE_OUT_ES };

const monthOfDay = new Map<string, Date>();
/** The revisit day as a date, remembered: a whole re-score shares one. */
function dayDate(day: string): Date {
  let d = monthOfDay.get(day);
  if (!d) {
    if (monthOfDay.size >= 64) monthOfDay.clear();
    monthOfDay.set(day, (d = new Date(`${day}T12:00:00Z`)));
  }
  return d;
}

function renderCloseOut(a: CloseOutAdvice, locale: Locale): CloseOut {
  const t = CLOSE_OUTS[locale];
  const tech = a.tech.length ? joinList(a.tech, locale, 'or') : null;
  const body = t.body(a.reason, a.ctx, { tech });
  return {
    kind: 'close-out',
    reason: a.reason,
    reasonLabel: translate(locale, reasonKey(a.reason)),
    note: `${t.greeting(a.ctx)}\n\n${body} ${t.revisit(formatMonthYear(locale, dayDate(a.revisitAt)))}\n\n${t.signOff}`,
    revisitAt: a.revisitAt,
    evidence: a.evidence,
  };
}

/** Says a sentence; once it names the company, later sentences speak to "you". */
function namesOnce(start: TextContext) {
  let ctx = start;
  return {
    ctx: () => ctx,
    said(sentence: string) {
      if (ctx.company && sentence.includes(ctx.company))
        ctx = { company: null, firstName: ctx.firstName };
      return sentence;
    },
  };
}

/**
 * The opener of a pitch: the hooks' sentences, the proof point, the closing question. The
 * problem is named once: by the note's hook, else by a tool gap when it is the gap's
 * problem (`gapProblem`), else by the closing question.
 */
function pitch(
  hooks: readonly HookData[],
  t: AngleTemplates,
  text: string | null,
  proof: string | null,
  gapProblem: boolean,
  start: TextContext,
): string {
  const { ctx, said } = namesOnce(start);
  let named = false;
  let opener = hooks.length ? '' : said(t.fallbackObserve(ctx()));
  for (const h of hooks) {
    const speaks = h.kind === 'recorded-pain' || (h.kind === 'tech-gap' && gapProblem && !named);
    opener += (opener ? ' ' : '') + said(t.observe(h, ctx(), speaks ? text : null));
    if (speaks && text) named = true;
  }
  if (proof) opener += ` ${proof}`;
  return `${opener} ${t.ask(text, named ? 'named' : proof ? 'proof' : 'none', ctx())}`;
}

/** The reply to a quote or proposal request: it answers the request before anything else. */
function requestReply(
  r: InboundRequest,
  t: AngleTemplates,
  text: string | null,
  proof: string | null,
  ctx: TextContext,
): string {
  let reply = t.request.thanks(r);
  if (text) reply += ` ${t.request.covers(r, text, ctx)}`;
  if (text && proof) reply += ` ${proof}`;
  return `${reply} ${t.request.ask(r)}`;
}

function renderAngle(a: AngleAdvice, locale: Locale, icp: Icp): Angle {
  const t = ANGLES[locale];
  const problem = a.problemId ? icp.problems.find((p) => p.id === a.problemId) : undefined;
  const text = problem ? textIn(problem.text, locale, icp.locale) : null;
  const proof = problem ? textIn(problem.proofPoint, locale, icp.locale) : null;
  // The note's hook speaks of its problem: without the problem's words in this language
  // there is nothing to say about it.
  const hooks: HookData[] =
    text || !a.hooks.some((h) => h.kind === 'recorded-pain')
      ? a.hooks
      : a.hooks.filter((h) => h.kind !== 'recorded-pain');
  const opener = a.request
    ? requestReply(a.request, t, text, proof, a.ctx)
    : pitch(hooks, t, text, proof, problem?.hooks.includes('tech-gap') ?? false, a.ctx);
  const [top] = hooks;
  return {
    kind: 'angle',
    headline: a.request
      ? t.request.headline(a.request)
      : top
        ? t.headline(top)
        : t.fallbackHeadline,
    opener,
    nextStep: nextStepText(a, t, locale, Boolean(proof)),
    bookingUrl: a.bookingUrl,
    hooks: hooks.map((h) => h.kind),
    problemId: a.problemId,
    problemChoice: !(a.problem.open || a.problem.source === 'choice')
      ? NO_CHOICE
      : a.problem.candidates.flatMap((id) => {
          const p = icp.problems.find((x) => x.id === id);
          const label = p && textIn(p.text, locale, icp.locale);
          return label ? [{ id, text: label }] : [];
        }),
    matchedWords: a.problem.words,
    evidence: a.evidence,
  };
}

const askTexts = new WeakMap<NextStep, Partial<Record<Locale, string>>>();
function nextStepText(a: AngleAdvice, t: AngleTemplates, locale: Locale, hasProof: boolean) {
  const step = a.nextStep;
  switch (step.kind) {
    case 'stale':
      return t.nextStep.stale(step.days);
    case 'book':
      return t.nextStep.book();
    case 'call':
      return t.nextStep.call();
    case 'ask-first': {
      // Shared by every prospect with the same open questions (see planAdvice).
      let texts = askTexts.get(step);
      if (!texts) askTexts.set(step, (texts = {}));
      return (texts[locale] ??= t.nextStep.askFirst(step.questions.map((q) => q[locale])));
    }
    case 'follow-up':
      return t.nextStep.followUp(hasProof);
    case 'send-request':
      return a.request ? t.nextStep.sendRequest(a.request) : t.nextStep.followUp(hasProof);
  }
}

/**
 * A stored recommendation's text in `locale`: the panel's language, or an export's. The
 * ICP gives the problems' and proof points' words (a problem written in one language only
 * is left out of the other's text rather than mixing languages).
 */
export function renderRecommendation(advice: Advice, locale: Locale, icp: Icp): Recommendation {
  return advice.kind === 'angle'
    ? renderAngle(advice, locale, icp)
    : renderCloseOut(advice, locale);
}
