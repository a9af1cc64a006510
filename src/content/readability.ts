import { syllable } from 'syllable';
import { isObject, type Raw } from './describe.js';
import type { Guide, SectionKey, ValidGuide } from './types.js';

/**
 * How plain a guide's words are, field by field and as a whole. Pure functions on text: no DOM, so
 * the command line and a browser (through a bundler) use the same numbers.
 *
 * English: Flesch-Kincaid grade level (Kincaid et al., 1975), a US school grade; lower is plainer,
 * and patient material aims at 8 or below. Spanish: Szigriszt-Pazos perspicuity (1993) read on the
 * INFLESZ scale (Barrio-Cantalejo et al., 2008), 0 to 100; higher is plainer, and 55 or more reads as
 * "normal" or easier. Other languages: no formula here, said so rather than guessed.
 */

export type Formula = 'flesch-kincaid' | 'szigriszt-pazos';

/** Counts a formula reads from text. */
export interface TextStats {
  words: number;
  sentences: number;
  syllables: number;
}

/** One text field of a guide and its score. */
export interface FieldScore {
  /** JSON path in the document, as content problems name it: `risks.items[2].description`. */
  path: string;
  words: number;
  score: number;
}

/** The readability of a whole guide. */
export interface GuideReadability {
  lang: string;
  /** The formula for the guide's language; undefined when there is none here, and then no scores. */
  formula?: Formula;
  /** The score of all the guide's prose taken together. */
  score?: number;
  /** Every prose field of at least `minWords` words, with its score. */
  fields: FieldScore[];
}

/** Fields shorter than this are not scored one by one: a formula reads nonsense into a three-word title. */
export const MIN_WORDS = 20;
/** Default limits: grade 8 or below in English (NIH); INFLESZ 55 ("normal") or above in Spanish. */
export const DEFAULT_LIMITS: Record<Formula, number> = { 'flesch-kincaid': 8, 'szigriszt-pazos': 55 };

/** The formula for a BCP 47 language tag, by its primary language. */
export function formulaFor(lang: string): Formula | undefined {
  const primary = lang.toLowerCase().split('-')[0];
  return primary === 'en' ? 'flesch-kincaid' : primary === 'es' ? 'szigriszt-pazos' : undefined;
}

/** True when a score is harder than the limit: above it for a grade, below it for an ease score. */
export function harderThan(score: number, formula: Formula, limit = DEFAULT_LIMITS[formula]): boolean {
  return formula === 'flesch-kincaid' ? score > limit : score < limit;
}

/** Numbers ("1,000", "2.5") are one word each; other words are letters and digits, joined by an apostrophe or hyphen. */
const WORD = /\p{N}+(?:[.,]\p{N}+)*|[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;
/** Abbreviations whose full stop ends no sentence. */
const ABBREVIATIONS = /(?:^|\s)(?:dr|mr|mrs|ms|st|vs|etc|e\.g|i\.e|approx|sr|sra|dra|ee\.uu|p\.\s?ej)\.$/i;

/** Sentences: ended by . ! ? … (or a blank line) before a space, unless an abbreviation or a single letter (U.S.) ends there. */
export function countSentences(text: string): number {
  let sentences = 0;
  for (const paragraph of text.split(/\n\s*\n/)) {
    let start = 0;
    let count = 0;
    for (const match of paragraph.matchAll(/[.!?…]+(?=\s|$)/g)) {
      const before = paragraph.slice(start, match.index + match[0].length);
      if (match[0] === '.' && (ABBREVIATIONS.test(before) || /(?:^|[\s.])\p{L}\.$/u.test(before))) continue;
      count++;
      start = match.index + match[0].length;
    }
    // Text after the last full stop, or a paragraph without one (a title), is a sentence too.
    if (/[\p{L}\p{N}]/u.test(paragraph.slice(start))) count++;
    sentences += count;
  }
  return Math.max(1, sentences);
}

const STRONG = 'aeoáéó';
const ACCENTED_WEAK = 'íú';
const VOWELS = 'aeiouáéíóúü';

/** Two vowels side by side that belong to two syllables: both strong, or a strong one beside an accented weak one. */
function hiatus(a: string, b: string): boolean {
  const strongA = STRONG.includes(a);
  const strongB = STRONG.includes(b);
  return (strongA && strongB) || (strongA && ACCENTED_WEAK.includes(b)) || (strongB && ACCENTED_WEAK.includes(a));
}

/**
 * Syllables of a Spanish word, by the rules of Spanish spelling (RAE, Ortografía 2010, §4.1): a
 * syllable per vowel group; two strong vowels (a, e, o), or a strong one beside an accented í or ú,
 * are in hiatus and split; the u of que, qui, gue, gui is silent; h is silent; a final y is a vowel.
 */
export function spanishSyllables(word: string): number {
  const w = word
    .toLowerCase()
    .replace(/h/g, '')
    .replace(/([qg])u(?=[eiéí])/g, '$1')
    .replace(/y$/, 'i');
  let count = 0;
  let previous = '';
  for (const char of w) {
    if (!VOWELS.includes(char)) {
      previous = '';
      continue;
    }
    if (previous === '' || hiatus(previous, char)) count++;
    previous = char;
  }
  return Math.max(1, count);
}

/** Syllables of one word in a language; a number counts a syllable per digit, as it is read out in parts. */
function wordSyllables(word: string, formula: Formula): number {
  if (/^\p{N}/u.test(word)) return Math.min(4, word.replace(/\D/g, '').length) || 1;
  return formula === 'szigriszt-pazos' ? spanishSyllables(word) : Math.max(1, syllable(word));
}

/** Words, sentences and syllables of a text, counted for a formula's language. */
export function textStats(text: string, formula: Formula): TextStats {
  const words = text.match(WORD) ?? [];
  return {
    words: words.length,
    sentences: words.length ? countSentences(text) : 0,
    syllables: words.reduce((sum, word) => sum + wordSyllables(word, formula), 0),
  };
}

/** Flesch-Kincaid grade level: 0.39 × words per sentence + 11.8 × syllables per word − 15.59. */
export function fleschKincaidGrade({ words, sentences, syllables }: TextStats): number {
  return 0.39 * (words / sentences) + 11.8 * (syllables / words) - 15.59;
}

/** Szigriszt-Pazos perspicuity (INFLESZ scale): 206.835 − 62.3 × syllables per word − words per sentence. */
export function szigrisztPazos({ words, sentences, syllables }: TextStats): number {
  return 206.835 - 62.3 * (syllables / words) - words / sentences;
}

/** The INFLESZ band of a Szigriszt-Pazos score: below 40 very difficult … 80 and above very easy. */
export function infleszBand(score: number): 'very-difficult' | 'somewhat-difficult' | 'normal' | 'quite-easy' | 'very-easy' {
  if (score < 40) return 'very-difficult';
  if (score < 55) return 'somewhat-difficult';
  if (score < 65) return 'normal';
  if (score < 80) return 'quite-easy';
  return 'very-easy';
}

const round = (n: number) => Math.round(n * 10) / 10;

/** A text's score by a formula, to one decimal; undefined for a text without words. */
export function score(text: string, formula: Formula): number | undefined {
  const stats = textStats(text, formula);
  if (!stats.words) return undefined;
  return round(formula === 'flesch-kincaid' ? fleschKincaidGrade(stats) : szigrisztPazos(stats));
}

const SECTIONS: SectionKey[] = ['conditions', 'procedure', 'benefits', 'risks', 'recovery', 'tips', 'faqs', 'research'];
/** The prose of a guide: what a patient reads as sentences. Titles, ids, dates, URLs and the sources' own words are not the guide's prose. */
const GUIDE_PROSE = ['summary', 'disclaimer'];
const ITEM_PROSE = ['description', 'question', 'answer'];

/** Every prose field of a guide as [path, text], in document order. */
export function proseFields(guide: Guide | ValidGuide | Raw): [string, string][] {
  const fields: [string, string][] = [];
  const add = (path: string, value: unknown) => {
    if (typeof value === 'string' && value.trim()) fields.push([path, value]);
  };
  const raw = guide as Raw;
  for (const key of GUIDE_PROSE) add(key, raw[key]);
  for (const key of SECTIONS) {
    const section = raw[key];
    if (!isObject(section)) continue;
    add(`${key}.intro`, section.intro);
    if (!Array.isArray(section.items)) continue;
    section.items.forEach((item, i) => {
      if (!isObject(item)) return;
      for (const field of ITEM_PROSE) add(`${key}.items[${i}].${field}`, item[field]);
      if (isObject(item.evidence)) add(`${key}.items[${i}].evidence.note`, item.evidence.note);
    });
  }
  return fields;
}

/**
 * The readability of a guide in its own language: the score of all its prose together, and of each
 * prose field of at least `minWords` words. Never throws on odd content: what is not text is skipped.
 */
export function guideReadability(guide: Guide | ValidGuide | Raw, { minWords = MIN_WORDS } = {}): GuideReadability {
  const lang = typeof (guide as Raw).lang === 'string' ? ((guide as Raw).lang as string) : '';
  const formula = formulaFor(lang);
  if (!formula) return { lang, fields: [] };
  const fields: FieldScore[] = [];
  const total: TextStats = { words: 0, sentences: 0, syllables: 0 };
  for (const [path, text] of proseFields(guide)) {
    const stats = textStats(text, formula);
    total.words += stats.words;
    total.sentences += stats.sentences;
    total.syllables += stats.syllables;
    if (stats.words >= minWords) fields.push({ path, words: stats.words, score: score(text, formula)! });
  }
  const whole = total.words ? round(formula === 'flesch-kincaid' ? fleschKincaidGrade(total) : szigrisztPazos(total)) : undefined;
  return { lang, formula, score: whole, fields };
}
