import { describe, expect, it } from 'vitest';
import { parseFieldInput } from './field-input';

describe('parseFieldInput', () => {
  it.each([
    ['company', 'employeesMin', '1.001', 1001],
    ['company', 'employeesMax', '250', 250],
    ['company', 'employeesMax', 'lots', null],
    ['company', 'tech', 'HubSpot, Shopify;Stripe', ['HubSpot', 'Shopify', 'Stripe']],
    ['company', 'hiring', 'true', true],
    ['person', 'seniority', 'director', 'director'],
    ['person', 'seniority', 'boss', null],
    ['person', 'email', ' Ana@Acme.ES ', 'ana@acme.es'],
    ['person', 'email', 'not an email', null],
    ['person', 'name', '   ', undefined],
  ] as const)('%s.%s %j', (entity, field, input, want) => {
    expect(parseFieldInput(entity, field, input)).toEqual(want);
  });
});
