import { useState, type FormEvent } from 'react';
import { useLocale } from '../../components/locale';
import { OutcomeInputSchema, type OutcomeInput } from '../../lib/db/pipeline';
import { lostReasonKey, statusKey } from '../../lib/i18n/vocab-keys';
import { LOST_NOTE_MAX, emptyOutcome, type Outcome } from '../../lib/model/outcome';
import { CLOSED_STATUSES, LOST_REASONS, type ClosedStatus } from '../../lib/model/vocab';

interface Props {
  /** What is recorded already (the detail view), or nothing (a bulk outcome). */
  initial?: { result: ClosedStatus; outcome: Outcome } | null;
  onSave(input: OutcomeInput): Promise<void> | void;
  onCancel(): void;
}

/** Criba's reps sell in Spain and Latin America first; the field takes any ISO code. */
const DEFAULT_CURRENCY = 'EUR';

const numberOrNull = (s: string) => (s.trim() === '' ? null : Number(s.replace(',', '.')));

/** How a deal ended: result, day, value and currency, lost reason, discount — zod-checked. */
export function OutcomeForm({ initial, onSave, onCancel }: Props) {
  const { t } = useLocale();
  const today = new Date().toISOString().slice(0, 10);
  const start = initial?.outcome ?? emptyOutcome(today);
  const [result, setResult] = useState<ClosedStatus>(initial?.result ?? 'won');
  const [at, setAt] = useState(start.at);
  const [value, setValue] = useState(start.value === null ? '' : String(start.value));
  const [currency, setCurrency] = useState(start.currency ?? DEFAULT_CURRENCY);
  const [lostReason, setLostReason] = useState(start.lostReason ?? '');
  const [lostNote, setLostNote] = useState(start.lostNote);
  const [discountNeeded, setDiscountNeeded] = useState(start.discountNeeded);
  const [percent, setPercent] = useState(
    start.discountPercent === null ? '' : String(start.discountPercent),
  );
  const [error, setError] = useState<string | null>(null);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const amount = numberOrNull(value);
    const parsed = OutcomeInputSchema.safeParse({
      result,
      outcome: {
        at,
        value: amount,
        currency: amount === null ? null : currency.trim().toUpperCase() || null,
        lostReason: result === 'lost' && lostReason ? lostReason : null,
        lostNote: result === 'lost' ? lostNote.trim() : '',
        discountNeeded,
        discountPercent: discountNeeded ? numberOrNull(percent) : null,
      },
    });
    if (!parsed.success) {
      const detail = parsed.error.issues.map((i) => i.path.at(-1)).join(', ');
      return setError(t('list.outcome.invalid', { detail }));
    }
    setError(null);
    await onSave(parsed.data);
  };

  return (
    <form className="outcome-form" onSubmit={(e) => void submit(e)}>
      <label>
        {t('list.outcome.result')}
        <select value={result} onChange={(e) => setResult(e.target.value as ClosedStatus)}>
          {CLOSED_STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(statusKey(s))}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('list.outcome.date')}
        <input type="date" required value={at} onChange={(e) => setAt(e.target.value)} />
      </label>
      <label>
        {t('list.outcome.value')}
        <input inputMode="decimal" value={value} onChange={(e) => setValue(e.target.value)} />
      </label>
      <label>
        {t('list.outcome.currency')}
        <input
          value={currency}
          maxLength={3}
          size={4}
          onChange={(e) => setCurrency(e.target.value.toUpperCase())}
        />
      </label>
      {result === 'lost' && (
        <>
          <label>
            {t('list.outcome.lostReason')}
            <select value={lostReason} onChange={(e) => setLostReason(e.target.value)}>
              <option value="">—</option>
              {LOST_REASONS.map((r) => (
                <option key={r} value={r}>
                  {t(lostReasonKey(r))}
                </option>
              ))}
            </select>
          </label>
          <label className="wide">
            {t('list.outcome.lostNote')}
            <textarea
              value={lostNote}
              maxLength={LOST_NOTE_MAX}
              rows={2}
              onChange={(e) => setLostNote(e.target.value)}
            />
          </label>
        </>
      )}
      <label className="check">
        <input
          type="checkbox"
          checked={discountNeeded}
          onChange={(e) => setDiscountNeeded(e.target.checked)}
        />
        {t('list.outcome.discountNeeded')}
      </label>
      {discountNeeded && (
        <label>
          {t('list.outcome.discountPercent')}
          <input inputMode="decimal" value={percent} onChange={(e) => setPercent(e.target.value)} />
        </label>
      )}
      {error && (
        <p className="error wide" role="alert">
          {error}
        </p>
      )}
      <div className="wide actions">
        <button type="button" onClick={onCancel}>
          {t('common.cancel')}
        </button>
        <button type="submit" className="primary">
          {t('common.save')}
        </button>
      </div>
    </form>
  );
}
