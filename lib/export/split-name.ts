/**
 * First and last name from one full-name string, for CRMs that want them apart.
 *
 * Criba's reps mostly meet Spanish names, which carry two surnames and often a compound
 * first name, so the split follows Spanish usage: two words → first + last; three →
 * first + two surnames ("Ana García López"); four or more → two first names + the rest
 * ("Juan Carlos Pérez Gómez"), counting words that are not particles. Surname particles start the last name wherever they
 * appear ("José de la Cruz" → "José" + "de la Cruz"). "Last, First" is honoured, and
 * courtesy titles are dropped. An English "John Michael Smith" therefore splits as
 * "John" + "Michael Smith": the CRM keeps the full name right either way.
 */

const PARTICLES = new Set([
  'de',
  'del',
  'la',
  'las',
  'los',
  'y',
  'i',
  'da',
  'das',
  'do',
  'dos',
  'di',
  'van',
  'von',
  'der',
  'den',
  'le',
  'du',
  'mac',
  'st.',
  'san',
  'santa',
]);
const TITLES = new Set([
  'sr',
  'sr.',
  'sra',
  'sra.',
  'srta',
  'srta.',
  'd.',
  'dña',
  'dña.',
  'dr',
  'dr.',
  'dra',
  'dra.',
  'mr',
  'mr.',
  'mrs',
  'mrs.',
  'ms',
  'ms.',
  'mx',
  'mx.',
  'prof',
  'prof.',
  'ing',
  'ing.',
]);

export interface SplitName {
  first: string;
  last: string;
}

const words = (s: string) => s.split(/\s+/).filter(Boolean);

export function splitName(full: string | null | undefined): SplitName {
  const clean = (full ?? '').replace(/\s+/g, ' ').trim();
  if (!clean) return { first: '', last: '' };

  const comma = clean.indexOf(',');
  if (comma > 0) {
    const last = clean.slice(0, comma).trim();
    const first = clean.slice(comma + 1).trim();
    if (last && first) {
      const given = words(first).filter((w) => !TITLES.has(w.toLowerCase()));
      return { first: given.join(' ') || first, last };
    }
  }

  let parts = words(clean);
  while (parts.length > 1 && TITLES.has((parts[0] ?? '').toLowerCase())) parts = parts.slice(1);
  if (parts.length === 1) return { first: parts[0] ?? '', last: '' };

  // Particles do not count as names: "Carlos Sánchez de la Fuente" has one first name.
  const significant = parts.filter((w) => !PARTICLES.has(w.toLowerCase())).length;
  let split = significant >= 4 ? 2 : 1;
  const particle = parts.findIndex((w, i) => i >= 1 && PARTICLES.has(w.toLowerCase()));
  if (particle >= 1 && particle < split) split = particle;
  return { first: parts.slice(0, split).join(' '), last: parts.slice(split).join(' ') };
}
