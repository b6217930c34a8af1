import { describe, expect, it } from 'vitest';
import { fitFigure } from './fit-figure';
import { MIN_CONFIDENCE_TO_DECIDE } from './score';

describe('fitFigure', () => {
  it('marks a fit read on too few facts provisional, in both languages', () => {
    expect(fitFigure({ fit: 100, confidence: 23 }, 'en')).toBe('100 · provisional');
    expect(fitFigure({ fit: 100, confidence: 23 }, 'es')).toBe('100 · provisional');
    // Just below the bar is still provisional; the known share is not repeated.
    const below = fitFigure({ fit: 62.4, confidence: MIN_CONFIDENCE_TO_DECIDE - 1 }, 'en');
    expect(below).toBe('62 · provisional');
    expect(below).not.toMatch(/%/);
  });

  it('shows the bare fit once enough is known to decide, and a dash with no fit', () => {
    expect(fitFigure({ fit: 80, confidence: MIN_CONFIDENCE_TO_DECIDE }, 'en')).toBe('80');
    expect(fitFigure({ fit: 1234, confidence: 90 }, 'es')).toBe('1234');
    expect(fitFigure({ fit: null, confidence: 0 }, 'es')).toBe('—');
  });
});
