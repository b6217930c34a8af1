import type { Criterion } from '../../lib/icp/icp-schema';
import type { MessageKey } from '../../lib/i18n';
import type { Locale } from '../../lib/model/vocab';
import { useLocale } from '../locale';
import { CriterionParams } from './criterion-params';
import { useInvalid } from './fields';
import { WeightField } from './weight-field';

interface Props {
  index: number;
  criterion: Criterion;
  icpLocale: Locale;
  onChange(next: Criterion): void;
  onRemove(): void;
}

/** One ICP criterion: its kind, weight, must-have flag and what it looks for. */
export function CriterionRow({ index, criterion: c, icpLocale, onChange, onRemove }: Props) {
  const { t } = useLocale();
  const path = `criteria.${index}`;
  const kind = t(`options.kind.${c.kind}` as MessageKey);
  const title = t('options.criterion.title', { n: index + 1, kind });
  const mustHaveInvalid = useInvalid(`${path}.mustHave`);
  return (
    <article className="opt-criterion" data-criterion={c.id} data-path={path} aria-label={title}>
      <div className="opt-entry-head">
        <h3>{title}</h3>
        <WeightField
          path={`${path}.weight`}
          value={c.weight}
          onChange={(weight) => onChange({ ...c, weight })}
        />
        <label className="opt-check opt-must-have">
          <input
            type="checkbox"
            data-path={`${path}.mustHave`}
            aria-invalid={mustHaveInvalid || undefined}
            checked={c.mustHave}
            onChange={(e) => onChange({ ...c, mustHave: e.target.checked })}
          />
          {t('options.criterion.mustHave')}
        </label>
        <button
          type="button"
          className="quiet opt-remove"
          aria-label={t('options.criterion.remove', { title })}
          onClick={onRemove}
        >
          {t('options.remove')}
        </button>
      </div>
      <div className="opt-criterion-params">
        <CriterionParams criterion={c} path={path} icpLocale={icpLocale} onChange={onChange} />
      </div>
    </article>
  );
}
