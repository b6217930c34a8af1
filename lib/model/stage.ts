import type { ProspectStatus } from './vocab';

/**
 * The open stages of the pipeline, in order. A deal that was lost after a proposal no
 * longer shows "proposal" in its status: the prospect keeps the furthest open stage it
 * reached (`reached`), so the insights' funnel counts it where it got to.
 */
export const OPEN_STAGES = ['new', 'contacted', 'meeting', 'proposal'] as const;
export type OpenStage = (typeof OPEN_STAGES)[number];

const isOpenStage = (s: string): s is OpenStage => (OPEN_STAGES as readonly string[]).includes(s);

/** The furthest of the stages given (closed statuses are not open stages and are skipped). */
export function furthestStage(
  ...stages: readonly (ProspectStatus | OpenStage | null | undefined)[]
): OpenStage {
  let best: OpenStage = 'new';
  for (const s of stages) {
    if (s && isOpenStage(s) && OPEN_STAGES.indexOf(s) > OPEN_STAGES.indexOf(best)) best = s;
  }
  return best;
}
