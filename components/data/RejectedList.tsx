import type { RejectedRow } from '../../lib/import/plan-import';
import { useLocale } from '../locale';

const SHOWN = 50;

/** Rejected rows by row number, with their reason in the rep's language. */
export function RejectedList({ rows }: { rows: readonly RejectedRow[] }) {
  const { t } = useLocale();
  if (rows.length === 0) return null;
  const sorted = [...rows].sort((a, b) => a.line - b.line);
  return (
    <section aria-label={t('data.import.rejected')}>
      <h3>{t('data.import.rejected')}</h3>
      <ul className="data-rejected">
        {sorted.slice(0, SHOWN).map((r) => (
          <li key={r.line}>
            <strong>{t('data.import.row', { row: r.line })}</strong>:{' '}
            {t(r.reason.key, r.reason.params)}
          </li>
        ))}
      </ul>
      {sorted.length > SHOWN && (
        <p className="hint">{t('data.import.moreRejected', { count: sorted.length - SHOWN })}</p>
      )}
    </section>
  );
}
