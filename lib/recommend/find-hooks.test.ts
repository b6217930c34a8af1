import { describe, expect, it } from 'vitest';
import type { Answer } from '../model/records';
import { defaultIcp } from '../icp/default-icp';
import { IcpSchema } from '../icp/icp-schema';
import { HOOK_KINDS } from '../icp/hook-kinds';
import { BANT } from '../qualify/frameworks';
import { factsFromPlain, type Facts } from '../scoring/facts';
import { NOW } from '../../tests/support/prospect-arbitraries';
import { findHooks } from './find-hooks';
import { firstName, formatBand, joinList } from './text-helpers';

const answer = (value: Answer['value'], ageDays = 2): Answer => ({
  value,
  answeredAt: new Date(NOW.getTime() - ageDays * 86_400_000).toISOString(),
});

function hooksFor(
  facts: Facts,
  answers: Record<string, Answer> = {},
  pain = '',
  icp = defaultIcp('en'),
) {
  // A note is a hook only once it has matched a problem (the engine's match decides).
  return findHooks({
    facts,
    answers,
    pain,
    painMatched: pain !== '',
    icp,
    framework: BANT,
    locale: 'en',
    now: NOW,
  });
}

describe('findHooks', () => {
  it('finds every kind of hook the evidence supports', () => {
    const icp = IcpSchema.parse({
      ...defaultIcp('en'),
      criteria: [
        ...defaultIcp('en').criteria,
        { id: 'crm', kind: 'tech', weight: 1, params: { values: ['HubSpot'], mode: 'any' } },
        { id: 'rival', kind: 'tech', weight: 1, params: { values: ['Pipedrive'], mode: 'none' } },
      ],
    });
    const facts = factsFromPlain(
      { title: 'Head of Sales', department: 'sales' },
      {
        name: 'Tornos Vega',
        industry: 'Computer Software',
        employeesMin: 51,
        employeesMax: 200,
        founded: 2023,
        tech: ['HubSpot', 'Pipedrive'],
        hiring: true,
        hiringRoles: ['SDR', 'Account Executive', 'Sales Engineer'],
        headcountGrowth: 40,
        events: ['Opens new office in Valencia', 'Raises a seed round'],
      },
    );
    const kinds = hooksFor(
      facts,
      { timeline: answer('this-quarter'), budget: answer('allocated') },
      'Leads wait two days for an answer',
      icp,
    ).map((h) => h.kind);
    expect(new Set(kinds)).toEqual(
      new Set([
        'recorded-pain',
        'hiring-role',
        'urgency-stated',
        'new-location',
        'recent-change',
        'headcount-growth',
        'tech-fit',
        'competitor-switch',
        'budget-stated',
        'industry-proof',
        'role-department',
        'size-stage',
      ]),
    );
    expect(kinds[0]).toBe('recorded-pain');
    const gap = hooksFor(factsFromPlain(null, { tech: ['Shopify'] }), {}, '', icp);
    expect(gap.map((h) => h.kind)).toContain('tech-gap');
    const active = hooksFor(factsFromPlain(null, { hiring: true }));
    expect(active.map((h) => h.kind)).toEqual(['hiring-active']);
  });

  it('lets old answers fall behind fresh facts, and ignores weak or knockout answers', () => {
    const facts = factsFromPlain(null, { hiringRoles: ['SDR'] });
    expect(hooksFor(facts, { timeline: answer('this-quarter') })[0]?.kind).toBe('hiring-role');
    const fresh = hooksFor(factsFromPlain(null, { industry: 'Retail' }), {
      timeline: answer('this-quarter'),
    });
    expect(fresh[0]?.kind).toBe('urgency-stated');
    const old = hooksFor(factsFromPlain(null, { industry: 'Retail' }), {
      timeline: answer('this-quarter', 300),
    });
    expect(old[0]?.kind).toBe('industry-proof');
    const weak = hooksFor(factsFromPlain(null, null), {
      timeline: answer('this-year'),
      budget: answer('none'),
    });
    expect(weak).toEqual([]);
  });

  it('is the full vocabulary of at least twelve kinds', () => {
    expect(HOOK_KINDS.length).toBeGreaterThanOrEqual(12);
  });
});

describe('joinList', () => {
  it('joins in each language, with Spanish y/e and o/u', () => {
    expect(joinList(['A', 'B', 'C'], 'en')).toBe('A, B and C');
    expect(joinList(['Ventas', 'Innovación'], 'es')).toBe('Ventas e Innovación');
    expect(joinList(['Ventas', 'Hielo'], 'es')).toBe('Ventas y Hielo');
    expect(joinList(['Shopify', 'Odoo'], 'es', 'or')).toBe('Shopify u Odoo');
    expect(joinList(['solo'], 'es')).toBe('solo');
  });
});

describe('firstName and formatBand', () => {
  it('takes a plausible first name only', () => {
    expect(firstName('Irene Salas')).toBe('Irene');
    expect(firstName('José María Pérez')).toBe('José');
    expect(firstName("Siobhán O'Neil")).toBe('Siobhán');
    expect(firstName('Dr. Ana Ruiz')).toBeNull();
    expect(firstName('J. Smith')).toBeNull();
    expect(firstName('ana@example.com')).toBeNull();
    expect(firstName(null)).toBeNull();
  });

  it('writes employee bands as people read them', () => {
    expect(formatBand('en', 51, 200)).toBe('51–200');
    expect(formatBand('en', 10001, null)).toBe('10,001+');
    expect(formatBand('es', 10001, null)).toBe('10.001+');
    expect(formatBand('es', 7, 7)).toBe('7');
  });
});
