import { describe, expect, it } from 'vitest';
import { countryCode, countryFromLocation } from './country';

describe('countryFromLocation', () => {
  it.each([
    ['Madrid, Comunidad de Madrid', 'ES'],
    ['Zaragoza, Aragón', 'ES'],
    ['Bilbao, Basque Country', 'ES'],
    ['San Sebastián, País Vasco, España', 'ES'],
    ['Castellón de la Plana, Comunidad Valenciana', 'ES'],
    ['Leeds, England', 'GB'],
    ['Ciudad de México, CDMX', 'MX'],
    ['Lyon, Auvergne-Rhône-Alpes', 'FR'],
    ['Austin, Texas', 'US'],
  ])('%s → %s', (location, iso) => {
    expect(countryFromLocation(location)).toBe(iso);
  });

  it('stays silent when the country is not stated', () => {
    expect(countryFromLocation('Madrid')).toBeNull();
    expect(countryFromLocation('London, Ontario')).toBeNull();
    expect(countryFromLocation('Santiago')).toBeNull();
    expect(countryFromLocation('')).toBeNull();
    expect(countryFromLocation(null)).toBeNull();
  });
});

describe('countryCode', () => {
  it('accepts ISO codes and country names in English or Spanish', () => {
    expect(countryCode('ES')).toBe('ES');
    expect(countryCode('gb')).toBe('GB');
    expect(countryCode('España')).toBe('ES');
    expect(countryCode('Mexico')).toBe('MX');
    expect(countryCode('ZZ')).toBeNull();
    expect(countryCode('Atlantis')).toBeNull();
  });
});
