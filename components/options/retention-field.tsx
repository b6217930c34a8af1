import { useEffect, useState } from 'react';
import { RETENTION_MONTHS_RANGE, RetentionMonthsSchema } from '../../lib/db/retention';
import { useLocale } from '../locale';
import { retentionMonths } from '../retention-purge';
import { retentionSetting } from '../settings';
import { NumberField } from './fields';

const { min, max } = RETENTION_MONTHS_RANGE;

/**
 * How long untouched prospects are kept. Stored as soon as it is valid, like the
 * language: a setting of this browser, not part of the ICP the Save button versions.
 */
export function RetentionField() {
  const { t } = useLocale();
  /** Undefined while loading; NaN while the box holds no number. */
  const [months, setMonths] = useState<number | undefined>(undefined);
  useEffect(() => {
    const load = () => retentionMonths().then(setMonths, () => undefined);
    void load();
    return retentionSetting.watch(() => void load());
  }, []);
  const invalid = months !== undefined && !RetentionMonthsSchema.safeParse(months).success;
  return (
    <NumberField
      label={t('options.retention.months')}
      path="retentionMonths"
      value={months ?? NaN}
      min={min}
      max={max}
      hint={t('options.retention.hint')}
      error={invalid ? t('options.retention.invalid', { min, max }) : undefined}
      onChange={(v) => {
        setMonths(v ?? NaN);
        if (RetentionMonthsSchema.safeParse(v).success) void retentionSetting.setValue(v);
      }}
    />
  );
}
