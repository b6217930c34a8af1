import { describe, expect, it } from 'vitest';
import { bandFromRange, isFollowerCount, parseFoundedYear, parseSizeBand } from './company-size';

const NOW = new Date('2026-11-20T10:00:00Z');

describe('parseSizeBand', () => {
  it.each([
    ['51-200 employees', 51, 200],
    ['1.001-5.000 empleados', 1001, 5000],
    ['1,001-5,000 employees', 1001, 5000],
    ['5 001–10 000 empleados', 5001, 10000],
    ['10,001+ employees', 10001, null],
    ['10.001 o más empleados', 10001, null],
    ['Más de 10.001 empleados', 10001, null],
    ['2-10 employees', 2, 10],
    ['De 11 a 50 empleados', 11, 50],
    ['1 employee', 1, 1],
    ['0-1 employees', 1, 1],
    ['1 empleado', 1, 1],
    ['  201-500\n employees ', 201, 500],
  ] as const)('%s → %s..%s', (input, min, max) => {
    expect(parseSizeBand(input)).toEqual({ min, max });
  });

  it.each([
    '87 associated members',
    '1.204 miembros asociados',
    'See all 87 employees',
    '9,874 employees',
    '87 employees on LinkedIn',
    '200-51 employees',
    '51-200',
    'Software Development',
    '',
    '99999999999-999999999999 employees',
  ])('states no band: %s', (input) => {
    expect(parseSizeBand(input)).toBeNull();
  });

  it('handles null and overlong input', () => {
    expect(parseSizeBand(null)).toBeNull();
    expect(parseSizeBand(`${'1'.repeat(10_000)}-2 employees`)).toBeNull();
  });
});

describe('isFollowerCount', () => {
  it.each([
    '12K followers',
    '12 mil seguidores',
    '1,234 followers',
    '1,9 mil seguidores',
    '1 follower',
  ])('is a follower count: %s', (s) => expect(isFollowerCount(s)).toBe(true));
  it.each(['51-200 employees', 'Zaragoza, Aragón', 'Followers of Christ Church'])(
    'is not: %s',
    (s) => expect(isFollowerCount(s)).toBe(false),
  );
});

describe('parseFoundedYear', () => {
  it('reads a plausible year only', () => {
    expect(parseFoundedYear('2009', NOW)).toBe(2009);
    expect(parseFoundedYear('Fundada en 1987', NOW)).toBe(1987);
    expect(parseFoundedYear(1998, NOW)).toBe(1998);
    expect(parseFoundedYear('2031', NOW)).toBeNull();
    expect(parseFoundedYear('123456', NOW)).toBeNull();
    expect(parseFoundedYear(null, NOW)).toBeNull();
  });
});

describe('bandFromRange', () => {
  it('reads {start, end} and open ranges, rejecting nonsense', () => {
    expect(bandFromRange({ start: 51, end: 200 })).toEqual({ min: 51, max: 200 });
    expect(bandFromRange({ start: 10001 })).toEqual({ min: 10001, max: null });
    expect(bandFromRange({ start: 200, end: 51 })).toBeNull();
    expect(bandFromRange({ start: '51', end: 200 })).toBeNull();
    expect(bandFromRange({ start: Number.NaN })).toBeNull();
    expect(bandFromRange(null)).toBeNull();
    expect(bandFromRange([51, 200])).toBeNull();
  });
});
