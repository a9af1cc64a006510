import { asLanguageTag } from '../content/rules.js';

/** Scripts written right to left (Unicode's Bidi_Class R and AL scripts in use today). */
const RTL_SCRIPTS = new Set(['Arab', 'Hebr', 'Thaa', 'Syrc', 'Nkoo', 'Adlm', 'Rohg', 'Mand', 'Samr']);

/**
 * The writing direction of a language tag, from its script: given (`az-Arab`) or likely (`ar`,
 * `he`, `fa`, `ur` are right to left). A locale code as CMSs write it (`he_IL`) is read as its
 * tag; undefined for a tag that cannot be read, whose direction nobody knows.
 */
export function languageDirection(lang: string): 'ltr' | 'rtl' | undefined {
  try {
    return RTL_SCRIPTS.has(new Intl.Locale(asLanguageTag(lang)).maximize().script ?? '') ? 'rtl' : 'ltr';
  } catch {
    return undefined;
  }
}

/** The writing direction of a language tag, as `languageDirection`; unknown or invalid tags are left to right. */
export function textDirection(lang: string | undefined): 'ltr' | 'rtl' {
  return (lang && languageDirection(lang)) || 'ltr';
}
