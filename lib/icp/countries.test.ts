import { describe, expect, it } from 'vitest';
import { resolveCountry, resolveTerritory, territoryLabel } from './countries';
import { fold, hasPhrase } from './fold';

describe('fold and hasPhrase', () => {
  it('ignores case, accents and punctuation', () => {
    expect(fold('  Desarrollo de SOFTWARE  ')).toBe('desarrollo de software');
    expect(fold('Tecnología y Logística')).toBe('tecnologia y logistica');
    expect(fold('Node.js')).toBe('node js');
    expect(fold('Año')).toBe('ano');
  });

  it('matches phrases at word starts only', () => {
    expect(hasPhrase(fold('Computer Software'), 'software')).toBe(true);
    expect(hasPhrase(fold('Financial Services'), 'service')).toBe(true);
    expect(hasPhrase(fold('Digital marketing'), 'it')).toBe(false);
    expect(hasPhrase(fold('Hardware'), 'ware')).toBe(false);
    expect(hasPhrase('anything', '')).toBe(false);
  });
});

describe('resolveCountry', () => {
  it.each([
    ['ES', 'ES'],
    ['es', 'ES'],
    ['Spain', 'ES'],
    ['España', 'ES'],
    ['espana', 'ES'],
    ['Madrid, Comunidad de Madrid, España', 'ES'],
    ['Greater Madrid Metropolitan Area', 'ES'],
    ['Barcelona', 'ES'],
    ['Lisboa, Portugal', 'PT'],
    ['Ciudad de México, CDMX, México', 'MX'],
    ['Mexico City, Mexico', 'MX'],
    ['Bogotá D.C., Colombia', 'CO'],
    ['Berlin, DE', 'DE'],
    ['Alemania', 'DE'],
    ['EE. UU.', 'US'],
    ['United States', 'US'],
    ['Estados Unidos', 'US'],
    ['Reino Unido', 'GB'],
    ['UK', 'GB'],
    ['Países Bajos', 'NL'],
    ['Brasil', 'BR'],
    ['Brazil', 'BR'],
  ])('%s → %s', (text, code) => {
    expect(resolveCountry(text)).toBe(code);
  });

  it('reads a code as a country only when it names one today', () => {
    expect(resolveCountry('BU')).toBe('MM');
    expect(resolveCountry('Yangon, BU')).toBe('MM');
    for (const code of ['EU', 'UN', 'ZZ', 'QQ', 'XK9']) expect(resolveCountry(code)).toBeNull();
  });

  it('returns null for places it cannot place', () => {
    expect(resolveCountry('Springfield')).toBeNull();
    expect(resolveCountry('')).toBeNull();
    expect(resolveCountry('Remote')).toBeNull();
  });

  it('does not read a lower-case two-letter word inside a location as a code', () => {
    expect(resolveCountry('Madrid, in person')).toBe('ES');
  });
});

describe('resolveTerritory and territoryLabel', () => {
  it('expands regions in both languages', () => {
    expect(resolveTerritory('EU')).toHaveLength(27);
    expect(resolveTerritory('Unión Europea')).toEqual(resolveTerritory('EU'));
    expect(resolveTerritory('LATAM')).toEqual(expect.arrayContaining(['MX', 'AR', 'CO', 'BR']));
    expect(resolveTerritory('Latinoamérica')).toEqual(resolveTerritory('latam'));
    expect(resolveTerritory('DACH')).toEqual(['DE', 'AT', 'CH']);
    expect(resolveTerritory('España')).toEqual(['ES']);
    expect(resolveTerritory('Atlantis')).toBeNull();
  });

  it('shows codes as names in the reader’s language', () => {
    expect(territoryLabel('ES', 'es')).toBe('España');
    expect(territoryLabel('ES', 'en')).toBe('Spain');
    expect(territoryLabel('LATAM', 'es')).toBe('Latinoamérica');
    expect(territoryLabel('EU', 'es')).toBe('UE');
    expect(territoryLabel('Atlantis', 'en')).toBe('Atlantis');
  });
});
