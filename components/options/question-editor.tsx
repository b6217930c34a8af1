import type { MessageKey } from '../../lib/i18n';
import { QUESTION_GROUPS, type Question } from '../../lib/qualify/framework-schema';
import { groupKey } from '../../lib/i18n/vocab-keys';
import { useLocale } from '../locale';
import { SelectField } from './choice-fields';
import { QUESTION_KINDS, withKind } from './draft-ops';
import { TextField } from './fields';
import { QuestionKindFields } from './question-kind-fields';
import { WeightField } from './weight-field';

interface Props {
  index: number;
  question: Question;
  /** Validation path of the question list. */
  listPath: string;
  onChange(next: Question): void;
  onRemove(): void;
  canRemove: boolean;
}

/** One of the team's own questions, written in both languages. */
export function QuestionEditor(props: Props) {
  const { index, question: q, listPath, onChange, onRemove, canRemove } = props;
  const { t } = useLocale();
  const path = `${listPath}.${index}`;
  const n = index + 1;
  const title = t('options.question.item', { n });
  return (
    <article className="opt-question" data-path={path} aria-label={title}>
      <div className="opt-entry-head">
        <h3>{title}</h3>
        <WeightField
          path={`${path}.weight`}
          value={q.weight}
          onChange={(weight) => onChange({ ...q, weight })}
        />
        <button
          type="button"
          className="quiet opt-remove"
          aria-label={t('options.question.remove', { n })}
          disabled={!canRemove}
          onClick={onRemove}
        >
          {t('options.remove')}
        </button>
      </div>
      <div className="opt-grid-2">
        <TextField
          label={t('options.question.textEn')}
          path={`${path}.text.en`}
          value={q.text.en}
          onChange={(en) => onChange({ ...q, text: { ...q.text, en } })}
        />
        <TextField
          label={t('options.question.textEs')}
          path={`${path}.text.es`}
          value={q.text.es}
          onChange={(es) => onChange({ ...q, text: { ...q.text, es } })}
        />
        <SelectField
          label={t('options.question.kind')}
          path={`${path}.kind`}
          value={q.kind}
          options={QUESTION_KINDS.map((k) => ({
            value: k,
            label: t(`options.questionKind.${k}` as MessageKey),
          }))}
          onChange={(kind) => onChange(withKind(q, kind))}
        />
        <SelectField
          label={t('options.question.group')}
          path={`${path}.group`}
          value={q.group}
          options={QUESTION_GROUPS.map((g) => ({ value: g, label: t(groupKey(g)) }))}
          onChange={(group) => onChange({ ...q, group })}
        />
      </div>
      <QuestionKindFields question={q} path={path} onChange={onChange} />
    </article>
  );
}
