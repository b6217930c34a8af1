import type { RowOutcome } from '../db/list-row';
import type {
  Department,
  DisqualificationReason,
  LostReason,
  ProspectStatus,
  Seniority,
  Surface,
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
export const surfaceKey = (s: Surface): MessageKey => `surface.${s}` as const;
export const statusKey = (s: ProspectStatus): MessageKey => `status.${s}` as const;
export const lostReasonKey = (r: LostReason): MessageKey => `lost.${r}` as const;

/** An outcome as the list filters it: open, or a closed status, or a lost deal's reason. */
export const outcomeKey = (o: RowOutcome): MessageKey => {
  if (o === 'none') return 'outcome.open';
  return o.startsWith('lost:')
    ? lostReasonKey(o.slice(5) as LostReason)
    : statusKey(o as ProspectStatus);
};

/** The interview's section heading for a question group. */
export const groupKey = (g: QuestionGroup): MessageKey => `q.group.${g}` as const;

export const seniorityKey = (s: Seniority): MessageKey => `seniority.${s}` as const;
export const departmentKey = (d: Department): MessageKey => `department.${d}` as const;
