/** Scripts written right to left (Unicode's Bidi_Class R and AL scripts in use today). */
const RTL_SCRIPTS = new Set(['Arab', 'Hebr', 'Thaa', 'Syrc', 'Nkoo', 'Adlm', 'Rohg', 'Mand', 'Samr']);

/**
 * The writing direction of a language tag, from its script: given (`az-Arab`) or likely (`ar`,
 * `he`, `fa`, `ur` are right to left). Unknown or invalid tags are left to right.
 */
export function textDirection(lang: string | undefined): 'ltr' | 'rtl' {
  try {
    return lang && RTL_SCRIPTS.has(new Intl.Locale(lang).maximize().script ?? '') ? 'rtl' : 'ltr';
  } catch {
    return 'ltr';
  }
}
