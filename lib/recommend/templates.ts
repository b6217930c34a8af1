import type { DisqualificationReason, Locale } from '../model/vocab';
import type { AdviceContext, HookData, InboundRequest } from '../model/advice';

/** What every sentence may use besides its hook: only facts the prospect has. */
export type TextContext = AdviceContext;

/** What the closing question can lean on: the problem named earlier, a proof point, or neither. */
export type AskAfter = 'named' | 'proof' | 'none';

/** One language's sentences for a proposal angle. Each locale file implements all of it. */
export interface AngleTemplates {
  locale: Locale;
  /**
   * One sentence citing the hook's fact, to the prospect in the second person. `ctx.company`
   * is null once the company has been named, so the opener names it once.
   * `problem` is the offered problem's text when the hook may speak of it: the recorded-pain
   * hook always does; the tech-gap hook does when the problem is one a tool gap points to
   * (null otherwise, or once the opener has named it).
   */
  observe(hook: HookData, ctx: TextContext, problem: string | null): string;
  /** A few words naming the angle, e.g. "Hiring: Key Account Manager" (no sentence). */
  headline(hook: HookData): string;
  /** When no hook exists: what little is known (the company, the person). */
  fallbackObserve(ctx: TextContext): string;
  fallbackHeadline: string;
  /** The closing question: about `problem` unless the opener named it already. */
  ask(problem: string | null, after: AskAfter, ctx: TextContext): string;
  /** The reply to a prospect who asked for a quote or a proposal. */
  request: RequestTemplates;
  nextStep: {
    /** Answer the prospect's request: send what they asked for by their date. */
    sendRequest(r: InboundRequest): string;
    stale(days: number): string;
    book(): string;
    call(): string;
    askFirst(questions: readonly string[]): string;
    followUp(hasProof: boolean): string;
  };
}

/**
 * A reply that answers the request first: thanks for it and its date, what it will cover
 * (the matched problem), then the one question needed to price it.
 */
export interface RequestTemplates {
  headline(r: InboundRequest): string;
  /** Thanks for the request, with the date the prospect will have it (or that it is under way). */
  thanks(r: InboundRequest): string;
  /** What the quote will show: how we would help with the problem (`ctx.company` named if not yet). */
  covers(r: InboundRequest, problem: string, ctx: TextContext): string;
  /** The one question needed to price it, or a closing line when the request says enough. */
  ask(r: InboundRequest): string;
}

export interface CloseOutDetail {
  /** The technology at stake (competitor-or-partner, missing-technology). */
  tech: string | null;
}

/** One language's close-out: a short note the rep can send (the reason's name is the catalogue's). */
export interface CloseOutTemplates {
  greeting(ctx: TextContext): string;
  body(reason: DisqualificationReason, ctx: TextContext, detail: CloseOutDetail): string;
  revisit(monthYear: string): string;
  signOff: string;
}
