import type { DisqualificationReason } from '../model/vocab';
import type { HookData } from './hook';

/** What every sentence may use besides its hook: only facts the prospect has. */
export interface TextContext {
  company: string | null;
  firstName: string | null;
}

/** One language's sentences for a proposal angle. Each locale file implements all of it. */
export interface AngleTemplates {
  /** The opening observation: one sentence citing the hook's fact. */
  observe(hook: HookData, ctx: TextContext): string;
  /** A few words naming the angle, e.g. "Hiring: Key Account Manager". */
  headline(hook: HookData, ctx: TextContext): string;
  /** When no hook exists: what little is known (the company, the person). */
  fallbackObserve(ctx: TextContext): string;
  fallbackHeadline(ctx: TextContext): string;
  /** The closing question, about the problem the angle offers and the company, when known. */
  ask(problem: string | null, ctx: TextContext): string;
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
