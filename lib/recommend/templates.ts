import type { DisqualificationReason, Locale } from '../model/vocab';
import type { AdviceContext, HookData } from '../model/advice';

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
   * `problem` is the offered problem's text (the recorded-pain hook speaks of it).
   */
  observe(hook: HookData, ctx: TextContext, problem: string | null): string;
  /** A few words naming the angle, e.g. "Hiring: Key Account Manager" (no sentence). */
  headline(hook: HookData): string;
  /** When no hook exists: what little is known (the company, the person). */
  fallbackObserve(ctx: TextContext): string;
  fallbackHeadline: string;
  /** The closing question: about `problem` unless the opener named it already. */
  ask(problem: string | null, after: AskAfter, ctx: TextContext): string;
  nextStep: {
    stale(days: number): string;
    book(): string;
    call(): string;
    askFirst(questions: readonly string[]): string;
    followUp(hasProof: boolean): string;
  };
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
