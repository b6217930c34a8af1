import { formatNumber, t } from '../i18n';
import type { Locale } from '../model/vocab';

export interface SizeRange {
  min?: number;
  max?: number;
}

/**
 * A headcount as a range the rep reads at a glance: "51–200 employees", "10,000+ employees",
 * "up to 10 employees"; one known figure that is both ends reads as that figure.
 */
export function sizeRange({ min, max }: SizeRange, locale: Locale): string | null {
  const n = (x: number) => formatNumber(locale, x);
  if (min !== undefined && max !== undefined)
    return min === max
      ? t(locale, 'display.size.exact', { count: min })
      : t(locale, 'display.size.range', { range: `${n(min)}–${n(max)}` });
  if (min !== undefined) return t(locale, 'display.size.atLeast', { min: n(min) });
  if (max !== undefined) return t(locale, 'display.size.upTo', { max: n(max) });
  return null;
}

/**
 * What the rep types for a size: "51-200", "51–200", "10.000+", "10,000+", "up to 10" or
 * "≤10", one number. Null when it is not a size (the edit stays open).
 */
export function parseSizeRange(input: string): SizeRange | null {
  const s = input.replace(/\s+/g, ' ').trim().toLowerCase();
  const num = (x: string) => {
    const n = Number(x.replace(/[.,\s](?=\d{3}\b)/g, ''));
    return Number.isSafeInteger(n) && n >= 0 ? n : null;
  };
  const range = /^(\d[\d.,\s]*?)\s*[-–—]\s*(\d[\d.,\s]*)$/.exec(s);
  if (range) {
    const min = num(range[1]!);
    const max = num(range[2]!);
    return min !== null && max !== null && min <= max ? { min, max } : null;
  }
  const atLeast = /^(\d[\d.,\s]*)\s*\+$/.exec(s);
  if (atLeast) {
    const min = num(atLeast[1]!);
    return min === null ? null : { min };
  }
  const upTo = /^(?:≤|<=|up to|hasta)\s*(\d[\d.,\s]*)$/.exec(s);
  if (upTo) {
    const max = num(upTo[1]!);
    return max === null ? null : { max };
  }
  const one = /^\d[\d.,\s]*$/.test(s) ? num(s) : null;
  return one === null ? null : { min: one, max: one };
}
