import type { ChoiceOption } from '../../lib/qualify/framework-schema';
import type { DisqualificationReason } from '../../lib/model/vocab';
import { useLocale } from '../locale';
import { SelectField } from './choice-fields';
import { newChoiceOption } from './draft-ops';
import { NumberField, TextField } from './fields';

interface Props {
  options: ChoiceOption[];
  /** Validation path of the list, e.g. `customFramework.questions.2.options`. */
  path: string;
  reasons: readonly { value: DisqualificationReason; label: string }[];
  onChange(options: ChoiceOption[]): void;
}

/** The answers of a choice question: label in both languages, points, disqualifying or not. */
export function ChoiceOptionsEditor({ options, path, reasons, onChange }: Props) {
  const { t } = useLocale();
  const update = (index: number, next: ChoiceOption) =>
    onChange(options.map((o, i) => (i === index ? next : o)));
  return (
    <fieldset className="opt-group opt-choice-options">
      <legend>{t('options.question.options')}</legend>
      <ol>
        {options.map((o, i) => {
          const p = `${path}.${i}`;
          const n = i + 1;
          return (
            <li
              key={o.id}
              className="opt-choice-option"
              aria-label={t('options.option.item', { n })}
            >
              <TextField
                className="opt-en"
                label={t('options.option.labelEn', { n })}
                path={`${p}.label.en`}
                value={o.label.en}
                onChange={(en) => update(i, { ...o, label: { ...o.label, en } })}
              />
              <TextField
                className="opt-es"
                label={t('options.option.labelEs', { n })}
                path={`${p}.label.es`}
                value={o.label.es}
                onChange={(es) => update(i, { ...o, label: { ...o.label, es } })}
              />
              <NumberField
                label={t('options.option.points')}
                path={`${p}.points`}
                value={o.points}
                min={0}
                max={1}
                step={0.1}
                className="opt-compact opt-points"
                onChange={(v) => update(i, { ...o, points: v ?? NaN })}
              />
              <SelectField
                className="opt-reason"
                label={t('options.option.disqualifies')}
                path={`${p}.disqualifies`}
                value={o.disqualifies ?? 'never'}
                options={[
                  { value: 'never' as const, label: t('options.question.never') },
                  ...reasons,
                ]}
                onChange={(v) => {
                  const { disqualifies: _drop, ...rest } = o;
                  update(i, v === 'never' ? rest : { ...o, disqualifies: v });
                }}
              />
              <button
                type="button"
                className="quiet opt-remove"
                aria-label={t('options.option.remove', { n })}
                disabled={options.length <= 2}
                onClick={() => onChange(options.filter((_, j) => j !== i))}
              >
                {t('options.remove')}
              </button>
            </li>
          );
        })}
      </ol>
      <button
        type="button"
        onClick={() => onChange([...options, newChoiceOption(options.map((o) => o.id))])}
      >
        {t('options.option.add')}
      </button>
    </fieldset>
  );
}
