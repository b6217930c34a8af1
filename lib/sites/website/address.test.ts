import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../../scripts/lib/parse-html';
import { companyFacts } from '../facts';
import { finalizeCapture } from '../finalize';
import { readPage } from '../index';
import { addressFromLine, addressInPage } from './address';

/** Addresses as ten countries write them (streets and numbers invented). */
const ADDRESSES: [country: string, line: string, locality: string, iso: string | null][] = [
  ['ES', 'Calle Mayor 23, 26001 Logroño (La Rioja), España', 'Logroño', 'ES'],
  ['ES', 'Avda. de la Industria 4, Nave 7, 28108 Alcobendas, Madrid, Spain', 'Alcobendas', 'ES'],
  ['PT', 'Rua da Boavista 88, 4050-107 Porto', 'Porto', 'PT'],
  ['PT', 'Avenida da Liberdade 210, 1250-147 Lisboa, Portugal', 'Lisboa', 'PT'],
  ['FR', '14 rue des Tanneurs, 69002 Lyon', 'Lyon', 'FR'],
  ['FR', '3 boulevard Gambetta, 31000 Toulouse Cedex', 'Toulouse', 'FR'],
  ['IT', 'Via dei Mille 12, 20121 Milano (MI)', 'Milano', 'IT'],
  ['IT', 'Corso Vittorio Emanuele 40, 10123 Torino, Italia', 'Torino', 'IT'],
  ['DE', 'Hafenstraße 17, 20457 Hamburg', 'Hamburg', 'DE'],
  ['DE', 'Industriestr. 5, 70565 Stuttgart, Deutschland', 'Stuttgart', 'DE'],
  ['PL', 'ul. Mokotowska 41, 00-551 Warszawa', 'Warszawa', 'PL'],
  ['PL', 'al. Grunwaldzka 82, 80-244 Gdańsk, Polska', 'Gdańsk', 'PL'],
  ['UK', '12 Hanover Street, Edinburgh EH2 2DL, United Kingdom', 'Edinburgh', 'GB'],
  ['UK', 'Unit 4, Riverside Way, Leeds LS1 4AP', 'Leeds', 'GB'],
  ['US', '2110 SE Division St, Portland, OR 97202', 'Portland', 'US'],
  ['US', '500 Congress Avenue, Suite 300, Austin, TX 78701, USA', 'Austin', 'US'],
  [
    'MX',
    'Av. Insurgentes Sur 1602, Col. Crédito Constructor, 03940 Ciudad de México',
    'Ciudad de México',
    'MX',
  ],
  ['MX', 'Calle Morelos 318, Col. Centro, C.P. 64000 Monterrey, N.L.', 'Monterrey', 'MX'],
  ['IN', 'Plot 14, Sector 44, Gurugram, Haryana 122003', 'Gurugram', 'IN'],
  ['IN', '3rd Floor, 80 Feet Road, Koramangala, Bengaluru - 560 034, India', 'Bengaluru', 'IN'],
];

describe('addresses in ten countries', () => {
  it.each(ADDRESSES)('%s: %s', (_, line, locality, iso) => {
    expect(addressFromLine(line)).toEqual({ locality, country: iso });
    expect(addressInPage(['Contacto', line])).toEqual({ locality, country: iso });
  });

  it.each([
    ['a quantity', 'Más de 12000 Clientes en toda España'],
    ['a quantity in English', 'Trusted by 25000 Customers worldwide'],
    ['an order number', 'Pedido nº 10023 Confirmado'],
    ['a date', 'Actualizado el 12/03/2024'],
    ['a year and a word', 'Desde 1987 Fabricamos'],
    ['a phone line', 'Tel 080 412 3456'],
    ['a phone number alone', '+48 22 123 45 67'],
  ])('is not misled by %s', (_, line) => {
    expect(addressInPage([line])).toBeNull();
  });
});

const NOW = new Date('2026-11-20T10:00:00Z');

function countryOf(host: string, footer: string): string | null {
  const url = `https://www.${host}/contacto`;
  const html = `<html><head><title>Talleres Demo</title><meta property="og:site_name" content="Talleres Demo"></head><body><h1>Talleres Demo</h1>
    <footer><p>Talleres Demo S.L.</p>${footer}</footer></body></html>`;
  const { document, close } = parseHtml(html, url);
  try {
    return (
      companyFacts(finalizeCapture(readPage(document, new URL(url), NOW), NOW))?.country ?? null
    );
  } finally {
    close();
  }
}

describe('the country comes from the address, then the phone, then the domain', () => {
  const address = '<p>Via dei Mille 12, 20121 Milano (MI)</p>';
  const phone = '<p>Tel. +48 22 123 45 67</p>';
  it('the address first', () => expect(countryOf('talleres-demo.fr', address + phone)).toBe('IT'));
  it('then the phone prefix', () => expect(countryOf('talleres-demo.fr', phone)).toBe('PL'));
  it('then the country-code domain', () => {
    expect(countryOf('talleres-demo.fr', '<p>Tel. 01 23 45 67 89</p>')).toBe('FR');
    expect(countryOf('talleres-demo.in', '<p>Call us: 080 4123 4567</p>')).toBe('IN');
  });
});
