import { useState } from 'react';
import { db } from '../../components/db';
import { useLocale } from '../../components/locale';
import { setOutcome, setStatus } from '../../lib/db/pipeline';
import { deleteProspects } from '../../lib/db/repository';
import { statusKey } from '../../lib/i18n/vocab-keys';
import { PROSPECT_STATUSES, type ProspectStatus } from '../../lib/model/vocab';
import { OutcomeForm } from './OutcomeForm';

interface Props {
  selected: readonly string[];
  /** How many the filters show: "select all" takes them all. */
  shown: number;
  onSelectAll(): void;
  onClear(): void;
}

/** What the rep does to many prospects at once: a stage, an outcome, a delete. */
export function BulkBar({ selected, shown, onSelectAll, onClear }: Props) {
  const { t } = useLocale();
  const [outcome, setOutcomeOpen] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const count = selected.length;
  if (count === 0) return null;

  const moveTo = async (status: ProspectStatus) => {
    const n = await setStatus(db, selected, status, new Date());
    setMessage(t('list.bulk.done', { count: n }));
  };
  const remove = async () => {
    if (!confirm(t('list.bulk.delete.confirm', { count }))) return;
    const n = await deleteProspects(db, selected);
    setMessage(t('list.bulk.deleted', { count: n }));
    onClear();
  };

  return (
    <div className="card bulk" role="region" aria-label={t('list.bulk.selected', { count })}>
      <strong>{t('list.bulk.selected', { count })}</strong>
      {count < shown && (
        <button type="button" onClick={onSelectAll}>
          {t('list.bulk.selectAll', { count: shown })}
        </button>
      )}
      <button type="button" onClick={onClear}>
        {t('list.bulk.clear')}
      </button>
      <label>
        {t('list.bulk.status')}{' '}
        <select
          aria-label={t('list.bulk.status')}
          value=""
          onChange={(e) => e.target.value && void moveTo(e.target.value as ProspectStatus)}
        >
          <option value="">—</option>
          {PROSPECT_STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(statusKey(s))}
            </option>
          ))}
        </select>
      </label>
      <button type="button" onClick={() => setOutcomeOpen(true)}>
        {t('list.bulk.outcome')}
      </button>
      <button type="button" className="danger" onClick={() => void remove()}>
        {t('common.delete')}
      </button>
      {message && <span role="status">{message}</span>}
      {outcome && (
        <OutcomeForm
          onCancel={() => setOutcomeOpen(false)}
          onSave={async (input) => {
            const n = await setOutcome(db, selected, input, new Date());
            setOutcomeOpen(false);
            setMessage(t('list.bulk.done', { count: n }));
          }}
        />
      )}
    </div>
  );
}
