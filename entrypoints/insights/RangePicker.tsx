import { useState } from 'react';
import { useLocale } from '../../components/locale';
import { ALL_TIME, lastDays, type DateRange } from '../../lib/insights/range';

const PRESETS = ['all', '30', '90', '365', 'custom'] as const;
type Preset = (typeof PRESETS)[number];

/** All time, the last 30 / 90 / 365 days, or two days of the rep's choosing. */
export function RangePicker({ now, onChange }: { now: Date; onChange(r: DateRange): void }) {
  const { t } = useLocale();
  const [preset, setPreset] = useState<Preset>('all');
  const [custom, setCustom] = useState<DateRange>(ALL_TIME);
  const choose = (p: Preset) => {
    setPreset(p);
    onChange(p === 'all' ? ALL_TIME : p === 'custom' ? custom : lastDays(Number(p), now));
  };
  const edit = (patch: Partial<DateRange>) => {
    const next = { ...custom, ...patch };
    setCustom(next);
    onChange(next);
  };
  return (
    <div className="filters range">
      <label className="filter">
        <span>{t('insights.range.label')}</span>
        <select
          value={preset}
          onChange={(e) => choose(e.target.value as Preset)}
          data-testid="range"
        >
          {PRESETS.map((p) => (
            <option key={p} value={p}>
              {t(`insights.range.${p}`)}
            </option>
          ))}
        </select>
      </label>
      {preset === 'custom' && (
        <>
          <label className="filter">
            <span>{t('insights.range.from')}</span>
            <input
              type="date"
              value={custom.from ?? ''}
              onChange={(e) => edit({ from: e.target.value || null })}
            />
          </label>
          <label className="filter">
            <span>{t('insights.range.to')}</span>
            <input
              type="date"
              value={custom.to ?? ''}
              onChange={(e) => edit({ to: e.target.value || null })}
            />
          </label>
        </>
      )}
      <p className="hint">{t('insights.range.hint')}</p>
    </div>
  );
}
