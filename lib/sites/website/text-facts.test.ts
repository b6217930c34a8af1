import { describe, expect, it } from 'vitest';
import { nameAfterCopyright, splitTitle } from './company-name-sources';
import { cleanCompanyName, companyMatchesDomain } from './company-name';
import { addressFromLine } from './address';
import { countryCode } from '../../identity/country';
import { countryFromHost, countryFromPhone } from '../../identity/country-hints';
import { headcountInJsonLd } from './text-facts';
import { foundedInText, headcountInText } from './text-phrases';

const NOW = new Date('2026-11-20T10:00:00Z');

describe('company names', () => {
  it.each([
    ['© 2026 Talleres Bidasoa S.L. Todos los derechos reservados.', 'Talleres Bidasoa S.L.'],
    [
      'Copyright © 2026 Talleres Bidasoa S.L. | Todos los derechos reservados',
      'Talleres Bidasoa S.L.',
    ],
    [
      '© 2011-2026 Nortia Consultores de Organización, S.L.',
      'Nortia Consultores de Organización, S.L.',
    ],
    ['© 2026 Boulangeries Lefèvre. Tous droits réservés.', 'Boulangeries Lefèvre'],
    [
      'Copyright © 1999–2026 by Harbourline Freight Ltd. All rights reserved.',
      'Harbourline Freight Ltd.',
    ],
    ['© 2026 - Ferretería Olmo - Software de comercio electrónico', 'Ferretería Olmo'],
    ['Precios sin IVA', null],
  ])('%s → %s', (line, name) => {
    expect(nameAfterCopyright(line)).toBe(name);
  });

  it('rejects generic titles, file names and sentences', () => {
    expect(cleanCompanyName('Inicio')).toBeNull();
    expect(cleanCompanyName('Próximamente')).toBeNull();
    expect(cleanCompanyName('logo-lua.png')).toBeNull();
    expect(
      cleanCompanyName('Somos la mejor ferretería de toda La Rioja desde hace décadas'),
    ).toBeNull();
    expect(cleanCompanyName('  Talleres Bidasoa | ')).toBe('Talleres Bidasoa');
  });

  it('matches a name against the domain that spells it', () => {
    expect(companyMatchesDomain('Harbourline Freight Ltd', ['harbourlinefreight.co.uk'])).toBe(
      true,
    );
    expect(companyMatchesDomain('Boulangeries Lefèvre', ['www.boulangeries-lefevre.fr'])).toBe(
      true,
    );
    expect(companyMatchesDomain('Altamira', ['vinedosaltamira.es'])).toBe(false);
    expect(companyMatchesDomain('Madrid', ['madridtech.es'])).toBe(false);
    expect(splitTitle('Contacto | Talleres Bidasoa')).toEqual(['Contacto', 'Talleres Bidasoa']);
  });
});

describe('founded and headcount in prose', () => {
  it.each([
    ['Fundada en 2011 por tres ingenieros', 2011],
    ['Nortia nació en Oviedo en 2011, fundada por tres ingenieros', 2011],
    ['Founded in Edinburgh in 2016 by two former buyers', 2016],
    ['Gegründet 1964 als Dreherei in Göppingen', 1964],
    ['fondata nel 1998 a Bolzano', 1998],
    ['Depuis 1987, nos boulangers pétrissent à la main', 1987],
    ['Envíos desde 49 €', null],
    ['Fundada en 2031', null],
  ])('%s → %s', (line, year) => {
    expect(foundedInText([line], NOW)).toBe(year);
  });

  it.each([
    ['Hoy somos un equipo de 45 personas', { min: 45, max: 45 }],
    ['Somos más de 200 profesionales', { min: 201, max: null }],
    ['Contamos con +120 empleados', { min: 120, max: null }],
    ["We're a team of 38 people", { min: 38, max: 38 }],
    ['We are a 60-person team in Bristol', { min: 60, max: 60 }],
    ['Nuestra plantilla: entre 50 y 100 empleados', { min: 50, max: 100 }],
    ['Somos 1.200 colaboradores en 4 países', { min: 1200, max: 1200 }],
    ['Ayudamos a empresas de entre 20 y 250 empleados', null],
    ['Más de 5.000 clientes confían en nosotros', null],
    ['Shopify tiene más de 8.000 empleados', null],
  ])('%s → %j', (line, head) => {
    expect(headcountInText([line])).toEqual(head);
  });

  it('reads numberOfEmployees as a number or a QuantitativeValue', () => {
    expect(headcountInJsonLd({ '@type': 'Organization', numberOfEmployees: 850 })).toEqual({
      min: 850,
      max: 850,
    });
    expect(headcountInJsonLd({ numberOfEmployees: { minValue: 201, maxValue: 500 } })).toEqual({
      min: 201,
      max: 500,
    });
    expect(
      headcountInJsonLd({ numberOfEmployees: { minValue: '-5', maxValue: 1e308 } }),
    ).toBeNull();
  });
});

describe('places and countries', () => {
  it.each([
    ['Calle Mayor 23, 26001 Logroño (La Rioja), España', 'Logroño', 'ES'],
    ['Pol. Ind. Araso, 20305 Irun (Gipuzkoa)', 'Irun', null],
    ['Rua da Boavista 88, 4050-107 Porto', 'Porto', 'PT'],
    ['12 Hanover Street, Edinburgh EH2 2DL, United Kingdom', 'Edinburgh', 'GB'],
    ['2110 SE Division St\nPortland, OR, 97202\nUnited States', 'Portland', 'US'],
    ['28013 Madrid Tel. 91 555 12 12', 'Madrid', null],
  ])('%s → %s, %s', (line, locality, country) => {
    expect(addressFromLine(line)).toEqual({ locality, country });
  });

  it('normalises country names and codes in several languages', () => {
    for (const name of ['Spain', 'España', 'ES', 'ESP', 'Espagne', 'Spanien'])
      expect(countryCode(name)).toBe('ES');
    expect(countryCode('Reino Unido')).toBe('GB');
    expect(countryCode('Atlantis')).toBeNull();
    expect(countryFromPhone('+34 941 22 08 17')).toBe('ES');
    expect(countryFromPhone('00351 223 456 789')).toBe('PT');
    expect(countryFromPhone('+1 (512) 555-0144')).toBeNull();
    expect(countryFromHost('harbourlinefreight.co.uk')).toBe('GB');
    expect(countryFromHost('rutaplan.co')).toBeNull();
    expect(countryFromHost('textil.com.co')).toBe('CO');
  });
});
