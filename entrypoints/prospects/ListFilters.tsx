import { useLiveQuery } from 'dexie-react-hooks';
import type { ReactNode } from 'react';
import { db } from '../../components/db';
import { useActiveIcp } from '../../components/icp-store';
import { useLocale } from '../../components/locale';
import { defaultRowQuery, storedCountries, type RowQuery } from '../../lib/db/list-query';
import { ROW_OUTCOMES } from '../../lib/db/list-row';
import type { MessageKey } from '../../lib/i18n';
import { outcomeKey, statusKey, surfaceKey, verdictKey } from '../../lib/i18n/vocab-keys';
import { PROSPECT_STATUSES, SURFACES, VERDICTS } from '../../lib/model/vocab';
import { criterionLabel } from '../../lib/scoring/criterion-labels';
import { COLUMNS } from './ProspectList';
import { countryName } from '../../lib/display/country-name';
import { useNarrow } from './use-narrow';

const GRADES = ['A1', 'A2', 'A3', 'B1', 'B2', 'B3', 'C1', 'C2', 'C3', 'D1', 'D2', 'D3'];

type ListKey = 'verdict' | 'grade' | 'status' | 'outcome' | 'country' | 'source' | 'met';

/** A local calendar day as the instant it starts (or ends): what the date filters store. */
const dayStart = (day: string) => (day ? new Date(`${day}T00:00:00`).toISOString() : null);
const dayEnd = (day: string) => (day ? new Date(`${day}T23:59:59.999`).toISOString() : null);
const dayOf = (iso: string | null) => {
  if (!iso) return '';
  const d = new Date(iso);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
};

/** Search, the filters (one choice per kind) and, for narrow screens, the sort. */
export function ListFilters({ query, onChange }: { query: RowQuery; onChange(q: RowQuery): void }) {
  const { t, locale } = useLocale();
  const narrow = useNarrow();
  const active = useActiveIcp();
  const countries = useLiveQuery(() => storedCountries(db), []) ?? [];
  const set = (patch: Partial<RowQuery>) => onChange({ ...query, ...patch });

  const choose = (key: ListKey, label: MessageKey, options: [string, string][]) => (
    <label className="filter">
      <span>{t(label)}</span>
      <select
        aria-label={t(label)}
        data-filter={key}
        value={query[key][0] ?? ''}
        onChange={(e) => set({ [key]: e.target.value ? [e.target.value] : [] })}
      >
        <option value="">{t('list.filter.any')}</option>
        {options.map(([value, text]) => (
          <option key={value} value={value}>
            {text}
          </option>
        ))}
      </select>
    </label>
  );

  return (
    <div className="filters">
      <input
        type="search"
        aria-label={t('prospects.search')}
        placeholder={t('prospects.search')}
        value={query.search}
        maxLength={200}
        onChange={(e) => set({ search: e.target.value })}
      />
      <label className="filter narrow-only">
        <span>{t('list.sortBy')}</span>
        <select
          aria-label={t('list.sortBy')}
          value={`${query.sort}:${query.dir}`}
          onChange={(e) => {
            const [sort, dir] = e.target.value.split(':') as [RowQuery['sort'], RowQuery['dir']];
            set({ sort, dir });
          }}
        >
          {COLUMNS.flatMap((c) =>
            (['asc', 'desc'] as const).map((dir) => (
              <option key={`${c.id}:${dir}`} value={`${c.id}:${dir}`}>
                {t(c.label)} {dir === 'asc' ? '▲' : '▼'}
              </option>
            )),
          )}
        </select>
      </label>
      <Collapsible narrow={narrow} label={t('list.filters')}>
        {choose('verdict', 'list.filter.verdict', [
          ...VERDICTS.map((v): [string, string] => [v, t(verdictKey(v))]),
          ['none', t('list.filter.unscored')],
        ])}
        {choose(
          'grade',
          'list.filter.grade',
          GRADES.map((g) => [g, g]),
        )}
        {choose(
          'status',
          'list.filter.status',
          PROSPECT_STATUSES.map((s) => [s, t(statusKey(s))]),
        )}
        {choose(
          'outcome',
          'list.filter.outcome',
          ROW_OUTCOMES.map((o) => [o, t(outcomeKey(o))]),
        )}
        {choose(
          'country',
          'list.filter.country',
          countries.map((c) => [c, countryName(c, locale)]),
        )}
        {choose(
          'source',
          'list.filter.source',
          SURFACES.map((s) => [s, t(surfaceKey(s))]),
        )}
        {active &&
          choose(
            'met',
            'list.filter.met',
            active.icp.criteria.map((c) => [c.id, criterionLabel(c, locale, active.icp.locale)]),
          )}
        <label className="filter">
          <span>{t('list.filter.from')}</span>
          <input
            type="date"
            value={dayOf(query.from)}
            onChange={(e) => set({ from: dayStart(e.target.value) })}
          />
        </label>
        <label className="filter">
          <span>{t('list.filter.to')}</span>
          <input
            type="date"
            value={dayOf(query.to)}
            onChange={(e) => set({ to: dayEnd(e.target.value) })}
          />
        </label>
        <button
          type="button"
          onClick={() => onChange({ ...defaultRowQuery(), sort: query.sort, dir: query.dir })}
        >
          {t('list.filter.clear')}
        </button>
      </Collapsible>
    </div>
  );
}

/** On a narrow screen the filters fold away behind one line, so the list stays in view. */
function Collapsible({
  narrow,
  label,
  children,
}: {
  narrow: boolean;
  label: string;
  children: ReactNode;
}) {
  if (!narrow) return <>{children}</>;
  return (
    <details>
      <summary>{label}</summary>
      <div>{children}</div>
    </details>
  );
}
