import { ldNode, type LdNode } from '../shared/json-ld';
import { ABOUT_PATH, BLOG_PATH, CAREERS_PATH, CONTACT_PATH, isHomePath } from './selectors';
import type { PageScope } from './page-scope';
import { textLines } from './text-lines';

/**
 * Where a company talks about itself — footer, "about" sections, the home, about,
 * contact and careers pages; never posts, where the same words describe other companies.
 * The lines go to text-phrases.ts (extension-side) for founding year and headcount.
 */

export function companyTextLines(scope: PageScope, page: URL, isArticle: boolean): string[] {
  const roots: Element[] = [];
  if (scope.footer) roots.push(scope.footer);
  for (const el of scope.about) if (!roots.includes(el)) roots.push(el);
  const home = isHomePath(page.pathname);
  if (
    !isArticle &&
    !BLOG_PATH.test(page.pathname) &&
    (home || [ABOUT_PATH, CONTACT_PATH, CAREERS_PATH].some((p) => p.test(page.pathname)))
  ) {
    if (scope.main) roots.push(scope.main);
  }
  const lines: string[] = [];
  for (const root of roots)
    lines.push(...textLines(root, { maxNodes: 10_000, maxChars: 60_000, maxLines: 800 }));
  return lines.slice(0, 2_000);
}

export interface Headcount {
  min: number;
  max: number | null;
}

/** A plausible number of people for one company. */
export const saneHeadcount = (n: number) => Number.isInteger(n) && n >= 1 && n <= 2_000_000;
const sane = saneHeadcount;

export function headcountInJsonLd(org: LdNode | null): Headcount | null {
  if (!org) return null;
  const raw = org.numberOfEmployees;
  const num = (v: unknown) =>
    typeof v === 'number' ? v : typeof v === 'string' && /^\s*\d+\s*$/.test(v) ? Number(v) : NaN;
  if (typeof raw === 'number' || typeof raw === 'string') {
    const n = num(raw);
    return sane(n) ? { min: n, max: n } : null;
  }
  const q = ldNode(org, 'numberOfEmployees');
  if (!q) return null;
  const value = num(q.value);
  if (sane(value)) return { min: value, max: value };
  const min = num(q.minValue);
  const max = num(q.maxValue);
  if (sane(min)) return { min, max: sane(max) && max >= min ? max : null };
  return null;
}
