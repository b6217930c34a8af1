import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useState } from 'react';
import { DataMenu } from '../../components/data/DataMenu';
import { db } from '../../components/db';
import { LanguageSwitch, useLocale } from '../../components/locale';
import { listProspectRows, type ProspectRow } from '../../lib/db/repository';
import { statusKey } from '../../lib/i18n/vocab-keys';
import { PROSPECT_STATUSES, type ProspectStatus } from '../../lib/model/vocab';
import { ProspectTable } from './ProspectTable';
import { RescoreBanner } from './RescoreBanner';

/** Every saved prospect, live: filter, record outcomes; export, import, backup. */
export function ProspectsPage() {
  const { t } = useLocale();
  const data = useLiveQuery(() => listProspectRows(db), []);
  const [query, setQuery] = useState('');
  const [status, setStatus] = useState<ProspectStatus | 'all'>('all');

  const rows = useMemo(() => data?.rows ?? [], [data]);
  const shown = useMemo(() => filterRows(rows, query, status), [rows, query, status]);
  const shownIds = useMemo(() => shown.map((r) => r.id), [shown]);

  return (
    <div className="page">
      <header className="page-header">
        <h1>{t('prospects.title')}</h1>
        <span className="hint" role="status">
          {t('prospects.count', { shown: shown.length, total: rows.length })}
        </span>
        <div style={{ marginLeft: 'auto' }}>
          <LanguageSwitch />
        </div>
      </header>
      <div className="toolbar">
        <input
          type="search"
          aria-label={t('prospects.search')}
          placeholder={t('prospects.search')}
          value={query}
          onChange={(e) => setQuery(e.target.value)}
        />
        <label>
          {t('prospects.filter.status')}{' '}
          <select
            value={status}
            onChange={(e) => setStatus(e.target.value as ProspectStatus | 'all')}
          >
            <option value="all">{t('prospects.filter.all')}</option>
            {PROSPECT_STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(statusKey(s))}
              </option>
            ))}
          </select>
        </label>
        <DataMenu shownIds={shownIds} />
      </div>
      <RescoreBanner rows={rows} />
      {data && data.skipped > 0 && (
        <p className="error" role="alert">
          {t('prospects.skipped', { count: data.skipped })}
        </p>
      )}
      {data === undefined ? null : rows.length === 0 ? (
        <p className="empty card">{t('prospects.empty')}</p>
      ) : shown.length === 0 ? (
        <p className="empty card">{t('prospects.noMatch')}</p>
      ) : (
        <ProspectTable rows={shown} />
      )}
    </div>
  );
}

function fold(s: string): string {
  return s
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase();
}

export function filterRows(rows: ProspectRow[], query: string, status: ProspectStatus | 'all') {
  const q = fold(query.trim());
  return rows.filter(
    (r) =>
      (status === 'all' || r.status === status) &&
      (!q ||
        fold([r.name, r.company, r.title, r.email, r.domain].filter(Boolean).join(' ')).includes(
          q,
        )),
  );
}
