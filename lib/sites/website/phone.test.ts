import { describe, expect, it } from 'vitest';
import { countryFromPhone } from '../../identity/country-hints';
import { cleanPhone, labelledPhone } from './phone';

/** Numbers as ten countries write them on contact pages (all invented). */
const PHONES: [country: string, line: string, phone: string, prefixCountry: string | null][] = [
  ['ES', 'Tel.: +34 941 22 08 17', '+34 941 22 08 17', 'ES'],
  ['ES', 'Teléfono 985 20 41 77', '985 20 41 77', null],
  ['PT', 'Telefone: +351 22 345 6789', '+351 22 345 6789', 'PT'],
  ['PT', 'Tel. 213 456 789', '213 456 789', null],
  ['FR', 'Téléphone : +33 (0)4 78 55 21 00', '+33 (0)4 78 55 21 00', 'FR'],
  ['FR', 'Tél. 01 84 60 22 17', '01 84 60 22 17', null],
  ['IT', 'Tel. +39 02 8734 5521', '+39 02 8734 5521', 'IT'],
  ['IT', 'Chiamaci: 045 750 1182', '045 750 1182', null],
  ['DE', 'Telefon: +49 (0) 30 1234 5678', '+49 (0) 30 1234 5678', 'DE'],
  ['DE', 'Fon 0821 570 43 10', '0821 570 43 10', null],
  ['PL', 'tel. +48 22 123 45 67', '+48 22 123 45 67', 'PL'],
  ['PL', 'Zadzwoń: 58 321 00 44', '58 321 00 44', null],
  ['UK', 'Phone: +44 (0)20 7946 0321', '+44 (0)20 7946 0321', 'GB'],
  ['UK', 'T: 0113 496 0172', '0113 496 0172', null],
  ['US', 'Call us (503) 555-0142', '(503) 555-0142', null],
  ['US', '+1 512-555-0144', '+1 512-555-0144', null],
  ['MX', 'Tel. +52 55 1234 5678', '+52 55 1234 5678', 'MX'],
  ['MX', 'Teléfono: (33) 3615 2090', '(33) 3615 2090', null],
  ['IN', 'Phone: +91 98765 43210', '+91 98765 43210', 'IN'],
  ['IN', '+91-80-4123-4567', '+91-80-4123-4567', 'IN'],
];

describe('phone numbers in ten countries', () => {
  it.each(PHONES)('%s: %s', (_, line, phone, prefixCountry) => {
    expect(labelledPhone(['Contacto', line])).toBe(phone);
    expect(countryFromPhone(phone)).toBe(prefixCountry);
  });

  it.each([
    ['a quantity', 'Más de 12000 clientes confían en nosotros'],
    ['a grouped amount', '1.200.000 piezas al año'],
    ['an order number', 'Pedido nº 100234567 enviado'],
    ['a date', 'Publicado 12/05/2024'],
    ['an ISO date', '2024-05-12'],
    ['a fax number', 'Fax: 941 22 08 18'],
    ['a postcode and town', '28013 Madrid'],
  ])('is not misled by %s', (_, line) => {
    expect(labelledPhone([line])).toBeNull();
  });

  it('refuses dates and amounts even after a label', () => {
    for (const raw of ['12/05/2024', '2024-05-12', '1.200.000', '25,000,000'])
      expect(labelledPhone([`T: ${raw}`])).toBeNull();
    expect(labelledPhone(['T: 941.55.52.18'])).toBe('941.55.52.18');
    expect(cleanPhone('941.55.52.18')).toBe('941.55.52.18');
  });
});
