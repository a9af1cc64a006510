import { isServer } from 'lit';
import { asLanguageTag } from '../content/rules.js';
import { en, PLURAL_FORMS, PLURAL_KEYS, type CareStrings, type PluralKey } from '../strings/en.js';
import { lazyChunk } from './lazy-chunk.js';

export { en, type CareStrings, type PluralKey };

type Table = Partial<CareStrings>;

const WORDS: Record<string, () => Promise<{ default: CareStrings }>> = {
  es: () => import('../strings/es.js'),
  fr: () => import('../strings/fr.js'),
  de: () => import('../strings/de.js'),
  ar: () => import('../strings/ar.js'),
  'zh-hans': () => import('../strings/zh-Hans.js'),
};

/**
 * Where each built-in language's words come from: a chunk of their own, so a page downloads only
 * the languages it shows. An object, so that a test can make a fetch fail or wait as a network would.
 */
export const wordsSource = { load: (key: string) => WORDS[key]() };

const loaded = new Map<string, CareStrings>();
/** For each language whose words are awaited: the promise of their coming, and its resolve. */
const arrivals = new Map<string, { promise: Promise<void>; resolve: () => void }>();

/** Resolves when a language's built-in words have come, by whichever fetch, however late. */
function arrival(key: string): Promise<void> {
  let entry = arrivals.get(key);
  if (!entry) {
    let resolve = () => {};
    const promise = new Promise<void>((done) => (resolve = done));
    entry = { promise, resolve };
    arrivals.set(key, entry);
  }
  return entry.promise;
}

/** Keeps a language's words once they have come, even after their fetch was given up on as slow. */
function keep(key: string, words: CareStrings): void {
  if (loaded.has(key)) return;
  loaded.set(key, words);
  merged.clear();
  arrivals.get(key)?.resolve();
}

/** The built-in languages besides English, each fetched once when first shown, as other code fetched when used is. */
const BUILT_IN = new Map(
  Object.keys(WORDS).map((key) => [
    key,
    lazyChunk(
      () => wordsSource.load(key).then((module) => (keep(key, module.default), module)),
      `the words for "${key}"`,
      'they stay in English.',
    ),
  ]),
);
const registered = new Map<string, Table>([['en', en]]);
/** Each language tag's words, merged once; emptied when words are added. */
const merged = new Map<string, CareStrings>();
const warned = new Set<string>();

const normalize = (lang: string | undefined) => (lang || 'en').toLowerCase();

/** The built-in table a language tag uses: `es` for `es-MX`, `zh-hans` for `zh`, `zh-CN` and `zh-SG`. */
function builtInFor(tag: string): string | undefined {
  const primary = tag.split('-')[0];
  if (primary !== 'zh') return BUILT_IN.has(primary) ? primary : undefined;
  try {
    // zh-TW, zh-HK and zh-Hant write Traditional characters, which the Simplified table would not serve.
    return new Intl.Locale(tag).maximize().script === 'Hans' ? 'zh-hans' : undefined;
  } catch {
    return undefined;
  }
}

/** Lays a table over the words below it. A table with a phrase's `other` form brings all its plural forms. */
function layer(strings: Record<string, string>, table: Table | undefined): void {
  if (!table) return;
  for (const key of PLURAL_KEYS) {
    if (typeof table[`${key}_other`] === 'string') for (const form of PLURAL_FORMS) delete strings[`${key}_${form}`];
  }
  for (const [key, value] of Object.entries(table)) if (typeof value === 'string') strings[key] = value;
}

/**
 * Adds or overrides words for a language (`"es"`, `"pt-BR"`); they win over the built-in ones. A page
 * calls this before or after the elements render; elements use the new words from their next update.
 */
export function registerStrings(lang: string, strings: Table): void {
  const key = normalize(lang);
  registered.set(key, { ...registered.get(key), ...strings });
  merged.clear();
}

/** The language the page gives `el`: its own or its nearest ancestor's `lang`, as a language tag; '' when none names one. */
export const nearestLang = (el: Element): string => asLanguageTag(el.closest('[lang]')?.getAttribute('lang') ?? '');

/**
 * The words for a language: English, under the language's built-in table (once loaded), under the
 * words a page registered for its primary language, its built-in table's tag and the tag itself.
 */
export function stringsFor(lang: string | undefined): CareStrings {
  const tag = normalize(lang);
  let strings = merged.get(tag);
  if (!strings) {
    const builtIn = builtInFor(tag);
    const words: Record<string, string> = { ...en };
    layer(words, registered.get('en'));
    if (builtIn) layer(words, loaded.get(builtIn));
    for (const name of new Set([tag.split('-')[0], builtIn ?? tag, tag])) if (name !== 'en') layer(words, registered.get(name));
    strings = words as unknown as CareStrings;
    merged.set(tag, strings);
  }
  return strings;
}

/**
 * Loads the built-in words of a language, so that `stringsFor` returns them from then on. A server
 * awaits it before rendering; in the browser the elements call it the first time they meet a
 * language. Resolves at once for English, for a language without built-in words and for one
 * already loaded. A chunk that fails to load, or has not come in 10 s, is warned about and
 * rejects; the next call tries again.
 */
export function loadStrings(lang: string): Promise<void> {
  const key = builtInFor(normalize(lang));
  const fetchWords = key && BUILT_IN.get(key);
  if (!key || !fetchWords || loaded.has(key)) return Promise.resolve();
  return fetchWords().then(() => undefined);
}

/**
 * What an element waits for before its words are all in its language: nothing when they are, else
 * the coming of its built-in table, which this starts fetching. It never rejects: a fetch that
 * fails is warned of, and the words may still come late, or with the next element that asks. A
 * server cannot wait, so there it warns once instead.
 */
export function pendingStrings(lang: string): Promise<void> | undefined {
  const key = builtInFor(normalize(lang));
  if (!key || loaded.has(key)) return undefined;
  if (!isServer) {
    loadStrings(lang).catch(() => {});
    return arrival(key);
  }
  if (!warned.has(key)) {
    warned.add(key);
    console.warn(`care-elements: the words for "${lang}" are not loaded; call \`await loadStrings('${lang}')\` before rendering on the server.`);
  }
  return undefined;
}

/**
 * Each language's number format, made once: making one costs far more than using it, and a long
 * timeline writes two numbers per step. `null` for a tag it cannot be made for. Languages come from
 * content, so a server that meets many bad tags keeps a few, not one per tag.
 */
const numberFormats = new Map<string, Intl.NumberFormat | null>();
const MAX_NUMBER_FORMATS = 32;

/** `value` written the way `lang` writes numbers (Arabic-Indic digits in `ar`), or as it is when the tag cannot be used. */
export function formatNumber(value: number, lang: string): string {
  let numbers = numberFormats.get(lang);
  if (numbers === undefined) {
    try {
      numbers = new Intl.NumberFormat(lang);
    } catch {
      numbers = null;
    }
    if (numberFormats.size >= MAX_NUMBER_FORMATS) numberFormats.clear();
    numberFormats.set(lang, numbers);
  }
  return numbers ? numbers.format(value) : String(value);
}

/** Fills `{name}` placeholders; numbers are written the language's way when `lang` is given. */
export function format(template: string, values: Record<string, string | number>, lang?: string): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    if (!(name in values)) return whole;
    const value = values[name];
    return typeof value === 'number' && lang ? formatNumber(value, lang) : String(value);
  });
}

/**
 * A phrase with a count in the plural form the language's rules pick for it (`zero`, `one`, `two`,
 * `few`, `many` or `other`), falling back to `other` when the table has no such form.
 */
export function plural(
  strings: CareStrings,
  lang: string,
  key: PluralKey,
  count: number,
  values: Record<string, string | number>,
): string {
  let rules: Intl.PluralRules;
  try {
    rules = new Intl.PluralRules(lang || 'en');
  } catch {
    // A tag Intl cannot read is given the English words (see stringsFor), so it takes English's rules.
    rules = new Intl.PluralRules('en');
  }
  const form = rules.select(count);
  return format(strings[`${key}_${form}`] ?? strings[`${key}_other`], { count, ...values }, lang);
}
