import type {
  Department,
  DisqualificationReason,
  Outcome,
  ProspectStatus,
  Seniority,
  Verdict,
} from '../model/vocab';
import type { QuestionGroup } from '../qualify/framework-schema';
import type { MessageKey } from './index';

/**
 * The catalogue key naming each vocabulary value. The return types are checked against
 * the catalogue: a value added to a vocabulary without its entry is a type error here.
 */
export const verdictKey = (v: Verdict): MessageKey => `verdict.${v}` as const;
export const reasonKey = (r: DisqualificationReason): MessageKey => `reason.${r}` as const;
export const outcomeKey = (o: Outcome): MessageKey => `outcome.${o}` as const;

/** A status past 'new' is the verdict it was set from: one name for one idea. */
export const statusKey = (s: ProspectStatus): MessageKey =>
  s === 'new' ? 'status.new' : verdictKey(s);

/** The interview's section heading for a question group. */
export const groupKey = (g: QuestionGroup): MessageKey => `q.group.${g}` as const;

export const seniorityKey = (s: Seniority): MessageKey => `seniority.${s}` as const;
export const departmentKey = (d: Department): MessageKey => `department.${d}` as const;
