import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitName } from './split-name';

describe('splitName', () => {
  it.each([
    ['Lucía Ferrer', 'Lucía', 'Ferrer'],
    ['Ana García López', 'Ana', 'García López'],
    ['María José García López', 'María José', 'García López'],
    ['Juan Carlos Pérez de la Torre', 'Juan Carlos', 'Pérez de la Torre'],
    ['Carlos Sánchez de la Fuente', 'Carlos', 'Sánchez de la Fuente'],
    ['José de la Cruz', 'José', 'de la Cruz'],
    ['Pieter van der Berg', 'Pieter', 'van der Berg'],
    ['García López, Ana', 'Ana', 'García López'],
    ['Dra. Elena Ruiz', 'Elena', 'Ruiz'],
    ['  Marc   Soler  ', 'Marc', 'Soler'],
    ['Nerea', 'Nerea', ''],
    ['', '', ''],
  ])('%s → %s | %s', (full, first, last) => {
    expect(splitName(full)).toEqual({ first, last });
  });

  it('handles null', () => {
    expect(splitName(null)).toEqual({ first: '', last: '' });
  });

  it('keeps every word, in order, and fills both parts when there are two or more (property)', () => {
    const word = fc
      .string({ minLength: 1, maxLength: 8 })
      .map((w) => w.replace(/[\s,]/g, ''))
      .filter(
        (w) => w.length > 0 && !/^(sr|sra|srta|d|dña|dr|dra|mr|mrs|ms|mx|prof|ing)\.?$/i.test(w),
      );
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 6 }), (words) => {
        const { first, last } = splitName(words.join(' '));
        expect([first, last].filter(Boolean).join(' ')).toBe(words.join(' '));
        expect(first).not.toBe('');
        if (words.length >= 2) expect(last).not.toBe('');
        expect(first.trim()).toBe(first);
        expect(last.trim()).toBe(last);
      }),
    );
  });
});
