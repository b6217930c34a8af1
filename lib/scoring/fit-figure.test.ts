import { describe, expect, it } from 'vitest';
import { fitFigure } from './fit-figure';
import { MIN_CONFIDENCE_TO_DECIDE } from './score';

describe('fitFigure', () => {
  it('says how much is known beside a fit read on too few facts', () => {
    expect(fitFigure({ fit: 100, confidence: 23 }, 'en')).toBe('100 · 23% known');
    expect(fitFigure({ fit: 100, confidence: 23 }, 'es')).toBe('100 · 23\u00a0% conocido');
  });

  it('shows the bare fit once enough is known to decide, and a dash with no fit', () => {
    expect(fitFigure({ fit: 80, confidence: MIN_CONFIDENCE_TO_DECIDE }, 'en')).toBe('80');
    expect(fitFigure({ fit: null, confidence: 0 }, 'es')).toBe('—');
  });
});
