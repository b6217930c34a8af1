import { useState } from 'react';
import { IcpSchema, type Icp, type Thresholds } from '../../lib/icp/icp-schema';
import { translateIssues } from '../../lib/icp/zod-issues';
import { useLocale } from '../locale';
import { NumberField, TextField } from './fields';

interface Props {
  icp: Icp;
  onChange(update: (icp: Icp) => Icp): void;
}

const THRESHOLDS = ['qualifiedFit', 'qualifiedQualification', 'nurtureFit'] as const;

/** The booking link, the verdict thresholds and how long answers and verdicts last. */
export function RulesCard({ icp, onChange }: Props) {
  const { t } = useLocale();
  const [bookingError, setBookingError] = useState<string | undefined>(undefined);

  // Checked when the rep leaves the box (not on every key), with the same rule as saving.
  const checkBooking = () => {
    const value = icp.bookingUrl.trim();
    if (value !== icp.bookingUrl) onChange((d) => ({ ...d, bookingUrl: value }));
    const result = IcpSchema.shape.bookingUrl.safeParse(value);
    const issue = result.success ? undefined : translateIssues(result.error.issues, 1)[0];
    setBookingError(issue && t(issue.message.key, issue.message.params));
  };
  const setThreshold = (key: keyof Thresholds, value: number | null) =>
    onChange((d) => ({ ...d, thresholds: { ...d.thresholds, [key]: value ?? NaN } }));

  return (
    <section className="card options-card" aria-labelledby="rules-heading">
      <h2 id="rules-heading">{t('options.rules.title')}</h2>
      <TextField
        label={t('options.rules.booking')}
        path="bookingUrl"
        type="url"
        placeholder="https://"
        value={icp.bookingUrl}
        hint={t('options.rules.bookingHint')}
        error={bookingError}
        onBlur={checkBooking}
        onChange={(bookingUrl) => {
          if (bookingError) setBookingError(undefined);
          onChange((d) => ({ ...d, bookingUrl }));
        }}
      />
      <fieldset className="opt-group">
        <legend>{t('options.rules.thresholds')}</legend>
        <p className="hint">{t('options.rules.thresholdsIntro')}</p>
        <div className="opt-grid-3">
          {THRESHOLDS.map((key) => (
            <NumberField
              key={key}
              label={t(`options.rules.${key}`)}
              path={`thresholds.${key}`}
              value={icp.thresholds[key]}
              min={0}
              max={100}
              onChange={(v) => setThreshold(key, v)}
            />
          ))}
        </div>
      </fieldset>
      <div className="opt-grid-2">
        <NumberField
          label={t('options.rules.answerMaxAgeDays')}
          path="answerMaxAgeDays"
          value={icp.answerMaxAgeDays}
          min={1}
          max={3650}
          hint={t('options.rules.answerMaxAgeDaysHint')}
          onChange={(v) => onChange((d) => ({ ...d, answerMaxAgeDays: v ?? NaN }))}
        />
        <NumberField
          label={t('options.rules.revisitDays')}
          path="revisitDays"
          value={icp.revisitDays}
          min={1}
          max={3650}
          hint={t('options.rules.revisitDaysHint')}
          onChange={(v) => onChange((d) => ({ ...d, revisitDays: v ?? NaN }))}
        />
      </div>
    </section>
  );
}
