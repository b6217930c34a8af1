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
    expect(facts.company.industry).toEqual({
      value: 'Desarrollo de software',
      method: 'json-ld',
      url: URL_A,
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
    const facts = factsFromFields(fields, null);
    expect(facts.company.industry).toEqual({
      value: 'Logística',
      method: 'json-ld',
      url: 'https://tornos-demo.es/',
    });
    expect(facts.person).toEqual({});
    expect(factText(facts.company.tech ?? { value: '' })).toBe('HubSpot');
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
