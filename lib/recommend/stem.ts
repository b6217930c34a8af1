import { fold } from '../icp/fold';

/*
 * Light stemming for Spanish and English, enough to meet the same word in another form:
 * one inflectional or derivational ending is removed, then the word is cut to six letters
 * ("spreadsheets" and "spreadsheet" → "spread", "dispersos" and "dispersed" → "disper").
 * Not a linguistic stemmer: a pain note is a sentence or two, and each problem's keywords
 * carry the forms the team uses.
 */

/** Longest first, so "aciones" is removed before "es". */
const SUFFIXES = [
  'amientos',
  'imientos',
  'amiento',
  'imiento',
  'aciones',
  'iciones',
  'ations',
  'mente',
  'ation',
  'acion',
  'icion',
  'iones',
  'ados',
  'adas',
  'idos',
  'idas',
  'amos',
  'emos',
  'imos',
  'ings',
  'ado',
  'ada',
  'ido',
  'ida',
  'ing',
  'ion',
  'ies',
  'es',
  'ed',
  'er',
  'ar',
  'ir',
  'an',
  'en',
  'os',
  'as',
  'ly',
  's',
  'a',
  'e',
  'o',
];

const STEM_LENGTH = 6;
const MIN_ROOT = 3;

/** The stem of one folded word. */
export function stemWord(word: string): string {
  if (word.length <= MIN_ROOT) return word;
  for (const suffix of SUFFIXES) {
    if (word.endsWith(suffix) && word.length - suffix.length >= MIN_ROOT) {
      return word.slice(0, word.length - suffix.length).slice(0, STEM_LENGTH);
    }
  }
  return word.slice(0, STEM_LENGTH);
}

/** Words that carry no matter of their own, in either language (folded). */
const STOPWORDS = new Set(
  (
    'a al an and are as at be by de del el en entre es esta estan for from in into is it its ' +
    'la las le les lo los mas me mi mis muy new no nos nuestro nuestra nuestros nuestras nueva ' +
    'nuevas nuevo nuevos o of on or our para por que se sin son su sus tan that the their them ' +
    'these they this to too todo todos un una unos unas us very was we with y ya you your con ' +
    'cada each every all has have hay han tienen tiene'
  ).split(' '),
);

export interface Token {
  /** The word as written (for evidence). */
  word: string;
  stem: string;
}

/** The content words of a text with their stems, stopwords left out. */
export function tokens(text: string): Token[] {
  const out: Token[] = [];
  const words = text.split(/[^\p{L}\p{N}]+/u);
  for (const word of words) {
    if (!word) continue;
    const folded = fold(word);
    if (!folded || STOPWORDS.has(folded)) continue;
    for (const part of folded.split(' ')) if (part) out.push({ word, stem: stemWord(part) });
  }
  return out;
}
