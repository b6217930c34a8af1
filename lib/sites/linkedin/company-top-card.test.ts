import { describe, expect, it } from 'vitest';
import { looksLikePlace } from './company-top-card';

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
