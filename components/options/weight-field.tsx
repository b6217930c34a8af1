import { useId } from 'react';
import { useLocale } from '../locale';
import { NumberField } from './fields';

interface Props {
  path: string;
  /** NaN while the box holds no number. */
  value: number;
  onChange(value: number): void;
}

/** A 0–10 weight as a slider (quick) and a number box (exact), kept in step. */
export function WeightField({ path, value, onChange }: Props) {
  const { t } = useLocale();
  const sliderId = useId();
  return (
    <div className="opt-weight">
      <label htmlFor={sliderId} className="opt-visually-hidden">
        {t('options.weight.slider')}
      </label>
      <input
        id={sliderId}
        type="range"
        min={0}
        max={10}
        step={0.5}
        value={Number.isNaN(value) ? 0 : Math.min(10, Math.max(0, value))}
        onChange={(e) => onChange(Number(e.target.value))}
      />
      <NumberField
        label={t('options.weight')}
        path={path}
        value={value}
        min={0}
        max={10}
        step={0.5}
        className="opt-compact"
        onChange={(v) => onChange(v ?? NaN)}
      />
    </div>
  );
}
