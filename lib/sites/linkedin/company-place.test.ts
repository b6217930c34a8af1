import { describe, expect, it } from 'vitest';
import { countryCode, countryFromLocation, looksLikePlace } from './company-place';

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

describe('looksLikePlace', () => {
  it('tells a headquarters from an industry', () => {
    expect(looksLikePlace('Zaragoza, Aragón')).toBe(true);
    expect(looksLikePlace('Leeds, West Yorkshire')).toBe(true);
    expect(looksLikePlace('Springfield, Oregon')).toBe(true);
    expect(looksLikePlace('Technology, Information and Internet')).toBe(false);
    expect(looksLikePlace('Transporte, logística, cadena de suministro y almacenamiento')).toBe(
      false,
    );
    expect(looksLikePlace('Software Development')).toBe(false);
  });
});
