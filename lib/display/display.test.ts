import { describe, expect, it } from 'vitest';
import type { FieldMap } from '../model/records';
import { countryName } from './country-name';
import { COMPANY_ROWS, factDisplay, shortUrl, splitRows } from './fact-rows';
import { parseSizeRange, sizeRange } from './size-range';

const source = {
  surface: 'website',
  url: 'https://acme.example/',
  method: 'dom',
  capturedAt: '2026-01-01T00:00:00.000Z',
} as const;
const fields = (values: Record<string, unknown>): FieldMap =>
  Object.fromEntries(
    Object.entries(values).map(([k, value]) => [k, { value, source, confidence: 1 }]),
  ) as FieldMap;
const row = (id: string) => COMPANY_ROWS.find((r) => r.id === id)!;

describe('country names', () => {
  it('names a code in the panel’s language and keeps what is already a name', () => {
    expect(countryName('GB', 'en')).toBe('United Kingdom');
    expect(countryName('GB', 'es')).toBe('Reino Unido');
    expect(countryName('es', 'es')).toBe('España');
    expect(countryName('Portugal', 'en')).toBe('Portugal');
  });
});

describe('sizes as ranges', () => {
  it('reads both ends, one end, or one figure, in both languages', () => {
    expect(sizeRange({ min: 51, max: 200 }, 'en')).toBe('51–200 employees');
    expect(sizeRange({ min: 51, max: 200 }, 'es')).toBe('51–200 empleados');
    expect(sizeRange({ min: 10000 }, 'en')).toBe('10,000+ employees');
    expect(sizeRange({ min: 10000 }, 'es')).toBe('10.000+ empleados');
    expect(sizeRange({ max: 10 }, 'es')).toBe('hasta 10 empleados');
    expect(sizeRange({ min: 1, max: 1 }, 'en')).toBe('1 employee');
    expect(sizeRange({}, 'en')).toBeNull();
  });

  it('parses what a rep types back into the two fields', () => {
    expect(parseSizeRange('51-200')).toEqual({ min: 51, max: 200 });
    expect(parseSizeRange('51 – 200')).toEqual({ min: 51, max: 200 });
    expect(parseSizeRange('10.000+')).toEqual({ min: 10000 });
    expect(parseSizeRange('10,000+')).toEqual({ min: 10000 });
    expect(parseSizeRange('hasta 10')).toEqual({ max: 10 });
    expect(parseSizeRange('40')).toEqual({ min: 40, max: 40 });
    expect(parseSizeRange('200-51')).toBeNull();
    expect(parseSizeRange('many')).toBeNull();
  });
});

describe('fact display', () => {
  const company = fields({
    website: 'https://www.acme.example/',
    domain: 'acme.example',
    employeesMin: 51,
    employeesMax: 200,
    country: 'GB',
    hiring: false,
    tech: ['HubSpot', 'Shopify'],
    founded: 1998,
  });

  it('turns codes, booleans and lists into words and chips', () => {
    expect(factDisplay('company', row('size'), company, 'es')).toEqual({
      text: '51–200 empleados',
    });
    expect(factDisplay('company', row('country'), company, 'es')).toEqual({
      text: 'Reino Unido',
    });
    expect(factDisplay('company', row('hiring'), company, 'en')).toEqual({ text: 'Not hiring' });
    expect(factDisplay('company', row('hiring'), company, 'es')).toEqual({
      text: 'No está contratando',
    });
    expect(factDisplay('company', row('tech'), company, 'en')).toEqual({
      chips: ['HubSpot', 'Shopify'],
    });
    expect(factDisplay('company', row('founded'), company, 'en')).toEqual({ text: '1998' });
    expect(factDisplay('company', row('website'), company, 'en')).toEqual({
      text: 'acme.example',
    });
    expect(
      factDisplay(
        'person',
        { id: 'seniority', fields: ['seniority'] },
        fields({ seniority: 'c-level' }),
        'es',
      ),
    ).toEqual({ text: expect.not.stringContaining('c-level') });
  });

  it('does not repeat the domain the website already says, and lists what is missing', () => {
    const { known, missing } = splitRows('company', company);
    expect(known.map((r) => r.id)).toEqual([
      'website',
      'size',
      'country',
      'founded',
      'tech',
      'hiring',
    ]);
    expect(missing.map((r) => r.id)).toContain('industry');
    expect(missing.map((r) => r.id)).not.toContain('domain');
    // A website on another domain leaves the domain row in view.
    const other = splitRows(
      'company',
      fields({ website: 'https://shop.other.example', domain: 'acme.example' }),
    );
    expect(other.known.map((r) => r.id)).toEqual(['website', 'domain']);
  });

  it('shortens addresses to what differs', () => {
    expect(shortUrl('https://www.linkedin.com/in/ana-demo/')).toBe('linkedin.com/in/ana-demo');
  });
});
