import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef } from 'react';
import { db } from '../../components/db';
import { useLocale } from '../../components/locale';
import { deleteProspects, erasePerson, setStatus, type ProspectRow } from '../../lib/db/repository';
import { formatDate } from '../../lib/i18n';
import { statusKey, verdictKey } from '../../lib/i18n/vocab-keys';
import { PROSPECT_STATUSES, type ProspectStatus } from '../../lib/model/vocab';
import { inertText } from '../../lib/text/inert-text';
import { safeHttpUrl } from '../../lib/text/safe-http-url';

const ROW_HEIGHT = 40;

/** A virtualised table: thousands of prospects scroll without rendering thousands of rows. */
export function ProspectTable({ rows }: { rows: ProspectRow[] }) {
  const { t, locale } = useLocale();
  const scroller = useRef<HTMLDivElement>(null);
  const virtual = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
  });

  return (
    <div className="table" role="table" aria-rowcount={rows.length + 1}>
      <div className="table-row table-head" role="row">
        <span role="columnheader">{t('prospects.col.name')}</span>
        <span role="columnheader">{t('prospects.col.company')}</span>
        <span role="columnheader" className="col-title">
          {t('prospects.col.title')}
        </span>
        <span role="columnheader">{t('prospects.col.grade')}</span>
        <span role="columnheader" className="col-verdict">
          {t('prospects.col.verdict')}
        </span>
        <span role="columnheader">{t('prospects.col.status')}</span>
        <span role="columnheader">{t('prospects.col.outcome')}</span>
        <span role="columnheader" className="col-updated">
          {t('prospects.col.updated')}
        </span>
        <span role="columnheader" className="visually-hidden">
          {t('prospects.col.actions')}
        </span>
      </div>
      <div className="table-body" ref={scroller}>
        <div style={{ height: virtual.getTotalSize(), position: 'relative' }}>
          {virtual.getVirtualItems().map((item) => {
            const r = rows[item.index]!;
            const profile = safeHttpUrl(r.linkedinUrl);
            const name = <bdi>{inertText(r.name || '—')}</bdi>;
            return (
              <div
                key={r.id}
                className="table-row"
                role="row"
                data-prospect-id={r.id}
                style={{
                  position: 'absolute',
                  top: 0,
                  left: 0,
                  right: 0,
                  height: ROW_HEIGHT,
                  transform: `translateY(${item.start}px)`,
                }}
              >
                <span role="cell" title={inertText(r.name ?? '')}>
                  {profile ? (
                    <a href={profile} target="_blank" rel="noreferrer noopener">
                      {name}
                    </a>
                  ) : (
                    name
                  )}
                </span>
                <span role="cell" title={inertText(r.company ?? '')}>
                  <bdi>{inertText(r.company || r.domain || '—')}</bdi>
                </span>
                <span role="cell" className="col-title" title={inertText(r.title ?? '')}>
                  <bdi>{inertText(r.title || '')}</bdi>
                </span>
                <span role="cell" className="grade">
                  {r.grade ?? '—'}
                </span>
                <span role="cell" className={`col-verdict verdict--${r.verdict ?? 'none'}`}>
                  {r.verdict ? t(verdictKey(r.verdict)) : '—'}
                </span>
                <span role="cell">
                  <select
                    aria-label={`${t('prospects.col.status')}: ${r.name ?? r.company ?? ''}`}
                    value={r.status}
                    onChange={(e) =>
                      void setStatus(db, [r.id], e.target.value as ProspectStatus, new Date())
                    }
                  >
                    {PROSPECT_STATUSES.map((o) => (
                      <option key={o} value={o}>
                        {t(statusKey(o))}
                      </option>
                    ))}
                  </select>
                </span>
                <span role="cell">{r.outcome?.value ?? ''}</span>
                <span role="cell" className="col-updated">
                  {formatDate(locale, r.updatedAt)}
                </span>
                <RowActions row={r} />
              </div>
            );
          })}
        </div>
      </div>
    </div>
  );
}

/** Delete the prospect; for a person, erase them everywhere (with a suppression entry). */
function RowActions({ row }: { row: ProspectRow }) {
  const { t } = useLocale();
  const who = row.name ?? row.company ?? '';
  const isPerson = row.id.startsWith('li:') || row.id.startsWith('email:');
  return (
    <span role="cell" className="row-actions">
      <button
        type="button"
        className="icon"
        aria-label={`${t('common.delete')}: ${who}`}
        title={t('common.delete')}
        onClick={() => {
          if (confirm(t('prospects.delete.confirm'))) void deleteProspects(db, [row.id]);
        }}
      >
        ✕
      </button>
      {isPerson && (
        <button
          type="button"
          className="icon"
          aria-label={`${t('prospects.erase')}: ${who}`}
          title={t('prospects.erase')}
          onClick={() => {
            if (confirm(t('prospects.erase.confirm'))) void erasePerson(db, row.id, new Date());
          }}
        >
          ⊘
        </button>
      )}
    </span>
  );
}
