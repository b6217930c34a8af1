import { describe, expect, it } from 'vitest';
import { defaultRowQuery } from '../db/list-query';
import { prospectsLink, queryFromSearch } from './query-url';

describe('insights: links to the prospects they count', () => {
  it('round-trips every filter, values with commas and equals signs included', () => {
    const filters = {
      grade: ['A1', 'B2'],
      status: ['won' as const],
      met: ['hiring'],
      notMet: ['size'],
      answer: ['budget=path', 'need-cost=4'],
      funnel: [2],
      decidedIn: ['quarter' as const, 'longer' as const],
      discounted: true,
      ids: ['li:ana,perez', 'domain:x.example'],
      from: '2026-01-01T00:00:00.000Z',
      to: '2026-03-31T23:59:59.999Z',
      dateOn: 'created' as const,
    };
    const link = prospectsLink(filters);
    expect(link.startsWith('prospects.html?grade=A1&grade=B2&status=won')).toBe(true);
    expect(queryFromSearch(link.slice(link.indexOf('?')))).toEqual({
      ...defaultRowQuery(),
      ...filters,
    });
  });

  it('no filter is the bare page; a malformed address shows everything', () => {
    expect(prospectsLink({})).toBe('prospects.html');
    expect(queryFromSearch('?grade=Z9&status=won')).toEqual(defaultRowQuery());
    expect(queryFromSearch('?status=won&discounted=yes')).toEqual(defaultRowQuery());
    expect(queryFromSearch('?decidedIn=week')).toEqual(defaultRowQuery());
    expect(queryFromSearch('')).toEqual(defaultRowQuery());
  });
});
