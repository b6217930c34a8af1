import { describe, expect, it } from 'vitest';
import type { FieldMap } from '../model/records';
import type { Signal } from '../model/signal';
import { factsFromFields, factsFromPlain, factsFromSignals, factText } from './facts';

const AT = '2026-11-20T10:00:00.000Z';
const URL_A = 'https://www.linkedin.com/company/rioja-cloud-demo/about/';

function signal(
  field: string,
  value: Signal['value'],
  method: Signal['source']['method'] = 'dom',
  confidence = 0.8,
  entity: Signal['entity'] = 'company',
): Signal {
  return {
    entity,
    field,
    value,
    source: { surface: 'linkedin-company', url: URL_A, method, capturedAt: AT },
    confidence,
  };
}

describe('factsFromSignals', () => {
  it('keeps value, method and url per field', () => {
    const facts = factsFromSignals([
      signal('industry', 'Desarrollo de software', 'json-ld'),
      signal('name', 'Irene Salas', 'dom', 0.9, 'person'),
    ]);
    expect(facts.company.industry).toMatchObject({
      value: 'Desarrollo de software',
      source: { method: 'json-ld', url: URL_A },
    });
    expect(facts.person.name?.value).toBe('Irene Salas');
  });

  it('prefers the rep’s value, then the most confident, then the first', () => {
    const facts = factsFromSignals([
      signal('industry', 'Software', 'json-ld', 0.95),
      signal('industry', 'Retail', 'rep', 0.5),
      signal('country', 'ES', 'meta', 0.6),
      signal('country', 'PT', 'dom', 0.9),
      signal('founded', 2015, 'dom', 0.7),
      signal('founded', 2016, 'dom', 0.7),
    ]);
    expect(facts.company.industry?.value).toBe('Retail');
    expect(facts.company.country?.value).toBe('PT');
    expect(facts.company.founded?.value).toBe(2015);
  });

  it('drops empty values so that they stay unknown', () => {
    const facts = factsFromSignals([signal('industry', '  '), signal('tech', [])]);
    expect(facts.company).toEqual({});
  });
});

describe('factsFromFields and factsFromPlain', () => {
  it('read stored field maps with their sources', () => {
    const fields: FieldMap = {
      industry: {
        value: 'Logística',
        source: {
          surface: 'website',
          url: 'https://tornos-demo.es/',
          method: 'json-ld',
          capturedAt: AT,
        },
        confidence: 0.9,
      },
      tech: {
        value: ['HubSpot'],
        source: {
          surface: 'website',
          url: 'https://tornos-demo.es/',
          method: 'dom',
          capturedAt: AT,
        },
        confidence: 0.8,
      },
    };
    const facts = factsFromFields(null, fields);
    expect(facts.company.industry).toMatchObject({
      value: 'Logística',
      source: { method: 'json-ld', url: 'https://tornos-demo.es/' },
    });
    // Clean stored fields are used as they are, not copied.
    expect(facts.company).toBe(fields);
    expect(facts.person).toEqual({});
    expect(factText(facts.company.tech ?? { value: '' })).toBe('HubSpot');
  });

  it('clean a stored map that needs it into a copy, leaving the stored map as it was', () => {
    const source = {
      surface: 'website' as const,
      url: 'https://tornos-demo.es/',
      method: 'dom' as const,
      capturedAt: AT,
    };
    const fields: FieldMap = {
      name: { value: 'Tornos Demo', source, confidence: 0.9 },
      industry: { value: '  Logística ', source, confidence: 0.9 },
      tech: { value: ['HubSpot', ' ', ' Stripe'], source, confidence: 0.8 },
      description: { value: '   ', source, confidence: 0.5 },
      founded: { value: 2019, source, confidence: 0.7 },
    };
    const before = structuredClone(fields);
    const facts = factsFromFields(null, fields);
    expect(facts.company).not.toBe(fields);
    expect(Object.keys(facts.company)).toEqual(['name', 'industry', 'tech', 'founded']);
    expect(facts.company.name).toBe(fields.name);
    expect(facts.company.industry?.value).toBe('Logística');
    expect(facts.company.tech?.value).toEqual(['HubSpot', 'Stripe']);
    expect(facts.company.founded).toBe(fields.founded);
    expect(fields).toEqual(before);
  });

  it('read the printed person/company objects, skipping nulls and empty lists', () => {
    const facts = factsFromPlain(
      { name: 'Irene Salas', email: null },
      { tech: [], hiring: false, employeesMin: 11 },
    );
    expect(facts.person).toEqual({ name: { value: 'Irene Salas' } });
    expect(facts.company).toEqual({ hiring: { value: false }, employeesMin: { value: 11 } });
  });
});
