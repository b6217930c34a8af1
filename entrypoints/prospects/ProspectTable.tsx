import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef } from 'react';
import { db } from '../../components/db';
import { useLocale } from '../../components/locale';
import { setOutcome, type ProspectRow } from '../../lib/db/repository';
import { formatDate, type MessageKey } from '../../lib/i18n';
import { OUTCOMES, type Outcome } from '../../lib/model/vocab';

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
      </div>
      <div className="table-body" ref={scroller}>
        <div style={{ height: virtual.getTotalSize(), position: 'relative' }}>
          {virtual.getVirtualItems().map((item) => {
            const r = rows[item.index]!;
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
                <span role="cell" title={r.name ?? ''}>
                  {r.linkedinUrl ? (
                    <a href={r.linkedinUrl} target="_blank" rel="noreferrer noopener">
                      {r.name || '—'}
                    </a>
                  ) : (
                    r.name || '—'
                  )}
                </span>
                <span role="cell" title={r.company ?? ''}>
                  {r.company || r.domain || '—'}
                </span>
                <span role="cell" className="col-title" title={r.title ?? ''}>
                  {r.title || ''}
                </span>
                <span role="cell" className="grade">
                  {r.grade ?? '—'}
                </span>
                <span role="cell" className={`col-verdict verdict--${r.verdict ?? 'none'}`}>
                  {r.verdict ? t(`verdict.${r.verdict}` as MessageKey) : '—'}
                </span>
                <span role="cell">{t(`status.${r.status}` as MessageKey)}</span>
                <span role="cell">
                  <select
                    aria-label={`${t('prospects.col.outcome')}: ${r.name ?? r.company ?? ''}`}
                    value={r.outcome}
                    onChange={(e) =>
                      void setOutcome(db, r.id, e.target.value as Outcome, new Date())
                    }
                  >
                    {OUTCOMES.map((o) => (
                      <option key={o} value={o}>
                        {t(`outcome.${o}` as MessageKey)}
                      </option>
                    ))}
                  </select>
                </span>
                <span role="cell" className="col-updated">
                  {formatDate(locale, r.updatedAt)}
                </span>
              </div>
            );
          })}
        </div>
      </div>
    </div>
  );
}
