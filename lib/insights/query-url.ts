import { RowQuerySchema, defaultRowQuery, type RowQuery } from '../db/list-query';

/**
 * The prospects page's filters in its address: every number on the insights page is a
 * link to the prospects it counts. Each filter value is one repeated parameter
 * (`status=won&status=lost`), so values never need a separator of their own.
 */
const LIST_KEYS = [
  'verdict',
  'grade',
  'status',
  'outcome',
  'source',
  'met',
  'notMet',
  'answer',
  'decidedIn',
  'ids',
] as const;

/** The page's file (a template string: the catalogue check reads 'area.key' literals). */
const PAGE = `prospects.html`;

export type LinkFilters = Partial<Omit<RowQuery, 'sort' | 'dir' | 'search'>>;

/** `prospects.html?…` showing the prospects these filters match. */
export function prospectsLink(filters: LinkFilters): string {
  const params = new URLSearchParams();
  for (const key of LIST_KEYS) for (const v of filters[key] ?? []) params.append(key, v);
  for (const step of filters.funnel ?? []) params.append('funnel', String(step));
  if (filters.discounted) params.set('discounted', '1');
  if (filters.from) params.set('from', filters.from);
  if (filters.to) params.set('to', filters.to);
  if (filters.dateOn && (filters.from || filters.to)) params.set('on', filters.dateOn);
  const query = params.toString();
  return query ? `${PAGE}?${query}` : PAGE;
}

/** The query an address asks for; anything malformed is dropped, never half-applied. */
export function queryFromSearch(search: string): RowQuery {
  const params = new URLSearchParams(search);
  const raw: Record<string, unknown> = {};
  for (const key of LIST_KEYS) if (params.has(key)) raw[key] = params.getAll(key);
  if (params.has('funnel')) raw.funnel = params.getAll('funnel').map(Number);
  const discounted = params.get('discounted');
  // Only '1' says yes: any other text fails the schema, as any malformed filter does.
  if (discounted !== null) raw.discounted = discounted === '1' ? true : discounted;
  if (params.has('from')) raw.from = params.get('from');
  if (params.has('to')) raw.to = params.get('to');
  if (params.has('on')) raw.dateOn = params.get('on');
  const parsed = RowQuerySchema.safeParse(raw);
  return parsed.success ? parsed.data : defaultRowQuery();
}
