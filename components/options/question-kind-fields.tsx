import { reasonKey } from '../../lib/i18n/vocab-keys';
import type { Question, QuestionGroup } from '../../lib/qualify/framework-schema';
import { DISQUALIFICATION_REASONS, type DisqualificationReason } from '../../lib/model/vocab';
import { useLocale } from '../locale';
import { ChoiceOptionsEditor } from './choice-options-editor';
import { SelectField } from './choice-fields';
import { NumberField, TextField } from './fields';

interface Props {
  question: Question;
  /** Validation path of the question, e.g. `customFramework.questions.3`. */
  path: string;
  onChange(next: Question): void;
}

/** The reason a disqualifying answer gives by default, from what the question is about. */
const REASON_BY_GROUP: Partial<Record<QuestionGroup, DisqualificationReason>> = {
  need: 'no-need',
  budget: 'no-budget',
  authority: 'no-authority',
  decision: 'no-authority',
  timeline: 'no-timeline',
};
export const defaultReason = (group: QuestionGroup): DisqualificationReason =>
  REASON_BY_GROUP[group] ?? 'other';

function useReasonOptions() {
  const { t } = useLocale();
  return DISQUALIFICATION_REASONS.map((r) => ({
    value: r,
    label: t(reasonKey(r)),
  }));
}

/** What only one kind of question has: options, a unit and target, a disqualifying answer. */
export function QuestionKindFields({ question: q, path, onChange }: Props) {
  const { t } = useLocale();
  const reasons = useReasonOptions();
  const never = { value: 'never' as const, label: t('options.question.never') };
  const reasonField = (
    reason: DisqualificationReason,
    set: (r: DisqualificationReason) => void,
  ) => (
    <SelectField
      label={t('options.question.reason')}
      path={`${path}.disqualifyWhen.reason`}
      value={reason}
      options={reasons}
      onChange={set}
    />
  );

  switch (q.kind) {
    case 'yesno': {
      const when = q.disqualifyWhen;
      return (
        <div className="opt-grid-2">
          <SelectField
            label={t('options.question.disqualifyYesNo')}
            path={`${path}.disqualifyWhen.value`}
            value={when?.value ?? 'never'}
            options={[
              never,
              { value: 'yes', label: t('common.yes') },
              { value: 'no', label: t('common.no') },
            ]}
            onChange={(v) => {
              const { disqualifyWhen: _drop, ...rest } = q;
              onChange(
                v === 'never'
                  ? rest
                  : {
                      ...q,
                      disqualifyWhen: { value: v, reason: when?.reason ?? defaultReason(q.group) },
                    },
              );
            }}
          />
          {when &&
            reasonField(when.reason, (reason) =>
              onChange({ ...q, disqualifyWhen: { ...when, reason } }),
            )}
        </div>
      );
    }
    case 'scale': {
      const when = q.disqualifyWhen;
      return (
        <div className="opt-grid-2">
          <SelectField
            label={t('options.question.disqualifyScale')}
            path={`${path}.disqualifyWhen.atMost`}
            value={when ? String(when.atMost) : 'never'}
            options={[never, ...[1, 2, 3, 4].map((n) => ({ value: String(n), label: String(n) }))]}
            onChange={(v) => {
              const { disqualifyWhen: _drop, ...rest } = q;
              onChange(
                v === 'never'
                  ? rest
                  : {
                      ...q,
                      disqualifyWhen: {
                        atMost: Number(v),
                        reason: when?.reason ?? defaultReason(q.group),
                      },
                    },
              );
            }}
          />
          {when &&
            reasonField(when.reason, (reason) =>
              onChange({ ...q, disqualifyWhen: { ...when, reason } }),
            )}
        </div>
      );
    }
    case 'number': {
      const when = q.disqualifyWhen;
      return (
        <div className="opt-grid-2">
          <TextField
            label={t('options.question.unit')}
            path={`${path}.unit`}
            value={q.unit}
            onChange={(unit) => onChange({ ...q, unit })}
          />
          <NumberField
            label={t('options.question.target')}
            path={`${path}.target`}
            value={q.target}
            min={0}
            hint={t('options.question.targetHint')}
            onChange={(v) => onChange({ ...q, target: v ?? NaN })}
          />
          <NumberField
            label={t('options.question.disqualifyBelow')}
            path={`${path}.disqualifyWhen.below`}
            value={when ? when.below : null}
            nullable
            hint={t('options.question.disqualifyBelowHint')}
            onChange={(below) => {
              const { disqualifyWhen: _drop, ...rest } = q;
              onChange(
                below === null
                  ? rest
                  : {
                      ...q,
                      disqualifyWhen: { below, reason: when?.reason ?? defaultReason(q.group) },
                    },
              );
            }}
          />
          {when &&
            reasonField(when.reason, (reason) =>
              onChange({ ...q, disqualifyWhen: { ...when, reason } }),
            )}
        </div>
      );
    }
    case 'choice':
      return (
        <ChoiceOptionsEditor
          options={q.options}
          path={`${path}.options`}
          reasons={reasons}
          onChange={(options) => onChange({ ...q, options })}
        />
      );
  }
}
