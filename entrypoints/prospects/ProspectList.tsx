import { useEffect, useRef } from 'react';
import { useLocale } from '../../components/locale';
import type { RowQuery, SortColumn } from '../../lib/db/list-query';
import type { ListRow } from '../../lib/db/list-row';
import { formatDate, type MessageKey } from '../../lib/i18n';
import { surfaceKey } from '../../lib/i18n/vocab-keys';
import { inertText } from '../../lib/text/inert-text';
import { countryName } from '../../lib/display/country-name';
import { nextText, outcomeText, statusText, verdictText } from './row-text';
import { useRowWindow } from './row-window';
import { useNarrow } from './use-narrow';

/** Columns in order, each with its heading and the sort it offers. */
export const COLUMNS: readonly { id: SortColumn; label: MessageKey }[] = [
  { id: 'name', label: 'prospects.col.name' },
  { id: 'company', label: 'prospects.col.company' },
  { id: 'title', label: 'prospects.col.title' },
  { id: 'grade', label: 'list.col.verdict' },
  { id: 'status', label: 'prospects.col.status' },
  { id: 'next', label: 'list.col.next' },
  { id: 'outcome', label: 'prospects.col.outcome' },
  { id: 'source', label: 'list.col.source' },
  { id: 'country', label: 'list.col.country' },
  { id: 'updated', label: 'prospects.col.updated' },
];

/** Row heights: one line of columns, or a three-line card when narrow. */
const HEIGHT = { wide: 44, narrow: 92 } as const;

interface Props {
  query: RowQuery;
  count: number;
  rowAt(i: number): ListRow | undefined;
  showing(first: number): void;
  onSort(column: SortColumn): void;
  selected: ReadonlySet<string>;
  onToggle(id: string): void;
  onOpen(id: string): void;
}

/**
 * The virtualised list: only the rows on screen are drawn (row-window.ts), and only the
 * page around them is read. Headings sort (aria-sort says how); a row opens its detail.
 */
export function ProspectList({ query, count, rowAt, showing, onSort, ...rest }: Props) {
  const { t } = useLocale();
  const narrow = useNarrow();
  const scroller = useRef<HTMLDivElement>(null);
  const height = narrow ? HEIGHT.narrow : HEIGHT.wide;
  const { start: first, end } = useRowWindow(scroller, count, height);
  useEffect(() => {
    showing(first);
  }, [first, showing]);
  // A new order or filter starts at the top. The list opens there: scrolling on the first
  // render would only cost a layout before the rows are painted.
  const shownQuery = useRef(query);
  useEffect(() => {
    if (shownQuery.current === query) return;
    shownQuery.current = query;
    scroller.current?.scrollTo({ top: 0 });
  }, [query]);

  return (
    <div className="list" role="table" aria-rowcount={count + 1}>
      <div className="list-row list-head" role="row">
        <span role="columnheader" className="col-select">
          <span className="visually-hidden">{t('list.col.select')}</span>
        </span>
        {COLUMNS.map((c) => (
          <span
            key={c.id}
            role="columnheader"
            className={`col-${c.id}`}
            aria-sort={
              query.sort !== c.id ? 'none' : query.dir === 'asc' ? 'ascending' : 'descending'
            }
          >
            <button type="button" className="sort" onClick={() => onSort(c.id)}>
              {t(c.label)}
              <span aria-hidden="true">
                {query.sort === c.id ? (query.dir === 'asc' ? ' ▲' : ' ▼') : ''}
              </span>
            </button>
          </span>
        ))}
      </div>
      <div className="list-body" ref={scroller}>
        <div style={{ height: count * height, position: 'relative' }}>
          {Array.from({ length: end - first }, (_, k) => (
            <Line
              key={first + k}
              index={first + k}
              row={rowAt(first + k)}
              top={(first + k) * height}
              height={height}
              {...rest}
            />
          ))}
        </div>
      </div>
    </div>
  );
}

interface LineProps extends Pick<Props, 'selected' | 'onToggle' | 'onOpen'> {
  index: number;
  row: ListRow | undefined;
  top: number;
  height: number;
}

function Line({ index, row: r, top, height, selected, onToggle, onOpen }: LineProps) {
  const { t, locale } = useLocale();
  const style = { position: 'absolute', top: 0, left: 0, right: 0, height } as const;
  const placed = { ...style, transform: `translateY(${top}px)` };
  if (!r) {
    return (
      <div className="list-row list-pending" role="row" aria-rowindex={index + 2} style={placed}>
        <span role="cell">{t('list.loading')}</span>
      </div>
    );
  }
  const cell = (column: string, text: string) => (
    <span role="cell" className={`col-${column}`} title={inertText(text)}>
      <bdi>{inertText(text)}</bdi>
    </span>
  );
  return (
    <div
      className="list-row"
      role="row"
      aria-rowindex={index + 2}
      aria-selected={selected.has(r.id)}
      data-prospect-id={r.id}
      style={placed}
    >
      <span role="cell" className="col-select">
        <input
          type="checkbox"
          checked={selected.has(r.id)}
          onChange={() => onToggle(r.id)}
          aria-label={`${t('list.col.select')}: ${inertText(r.name)}`}
        />
      </span>
      <span role="cell" className="col-name">
        <button
          type="button"
          className="link"
          onClick={() => onOpen(r.id)}
          aria-label={t('list.open', { name: inertText(r.name) || '—' })}
        >
          <bdi>{inertText(r.name) || '—'}</bdi>
        </button>
      </span>
      {cell('company', r.company)}
      {cell('title', r.title)}
      <span role="cell" className={`col-grade verdict--${r.verdict}`} title={verdictText(t, r)}>
        <span className="grade">{r.grade || '—'}</span> {verdictText(t, r)}
      </span>
      {cell('status', statusText(t, r))}
      {cell('next', nextText(t, locale, r))}
      {cell('outcome', outcomeText(t, locale, r))}
      {cell('source', t(surfaceKey(r.source)))}
      {cell('country', countryName(r.country, locale))}
      {cell('updated', formatDate(locale, r.updatedAt))}
    </div>
  );
}
