import { Suspense, lazy, useCallback, useDeferredValue, useState } from 'react';
import { DataMenu } from '../../components/data/DataMenu';
import { db } from '../../components/db';
import { LanguageSwitch, useLocale } from '../../components/locale';
import { viewIds, type RowQuery, type SortColumn } from '../../lib/db/list-query';
import { ActiveFilters } from './ActiveFilters';
import type { FirstView } from './first-view';
import { ListFilters } from './ListFilters';
import { ProspectList } from './ProspectList';
import { RescoreBanner } from './RescoreBanner';
import { useRowList } from './use-row-list';
import { useSkipped } from './use-skipped';

// Bulk actions bring the pipeline and erase code: loaded once something is selected.
const BulkBar = lazy(() => import('./BulkBar').then((m) => ({ default: m.BulkBar })));
// The detail view brings the engine (score lines, angles): loaded when a row is opened.
const ProspectDetail = lazy(() =>
  import('./ProspectDetail').then((m) => ({ default: m.ProspectDetail })),
);

/** Every saved prospect, a page at a time: sort, filter, search, act on many, open one; export, import, backup. */
export function ProspectsPage({ first }: { first: FirstView }) {
  const { t } = useLocale();
  // A link from the insights page brings its filters in the address (first-view.ts).
  const [query, setQuery] = useState<RowQuery>(first.query);
  // Typing stays responsive: the list follows the search a frame later.
  const deferred = useDeferredValue(query);
  const { view, shown, rowAt, showing } = useRowList(deferred, first);
  const total = view?.total;
  const skipped = useSkipped(view, total);
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [open, setOpen] = useState<string | null>(null);

  const sortBy = (column: SortColumn) =>
    setQuery((q) => ({
      ...q,
      sort: column,
      dir: q.sort === column && q.dir === 'asc' ? 'desc' : 'asc',
    }));
  const toggle = useCallback(
    (id: string) =>
      setSelected((s) => {
        const next = new Set(s);
        if (!next.delete(id)) next.add(id);
        return next;
      }),
    [],
  );
  const shownIds = async () => (view ? viewIds(db, deferred, view) : []);

  return (
    <div className="page">
      <header className="page-header">
        <h1>{t('prospects.title')}</h1>
        {total !== undefined && (
          <span className="hint" role="status" data-testid="prospect-count">
            {shown === null
              ? t('prospects.counting', { total })
              : t('prospects.count', { shown, total })}
          </span>
        )}
        <div className="page-header-end">
          <a href="insights.html">{t('insights.open')}</a>
          <LanguageSwitch />
        </div>
      </header>
      <ListFilters query={query} onChange={setQuery} />
      <ActiveFilters query={query} onChange={setQuery} />
      <div className="toolbar">
        <DataMenu shown={{ count: shown, ids: shownIds }} selectedIds={[...selected]} />
      </div>
      {selected.size > 0 && (
        <Suspense fallback={null}>
          <BulkBar
            selected={[...selected]}
            shown={shown ?? 0}
            onSelectAll={() => void shownIds().then((ids) => setSelected(new Set(ids)))}
            onClear={() => setSelected(new Set())}
          />
        </Suspense>
      )}
      <RescoreBanner />
      {skipped !== undefined && skipped > 0 && (
        <p className="error" role="alert">
          {t('prospects.skipped', { count: skipped })}
        </p>
      )}
      {view === undefined ? null : view.total === 0 ? (
        <p className="empty card">{t('prospects.empty')}</p>
      ) : shown === 0 ? (
        <p className="empty card">{t('prospects.noMatch')}</p>
      ) : (
        <ProspectList
          query={deferred}
          count={shown ?? view.first.length}
          rowAt={rowAt}
          showing={showing}
          onSort={sortBy}
          selected={selected}
          onToggle={toggle}
          onOpen={setOpen}
        />
      )}
      {open && (
        <Suspense fallback={null}>
          <ProspectDetail id={open} onClose={() => setOpen(null)} />
        </Suspense>
      )}
    </div>
  );
}
