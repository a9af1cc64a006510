import { CREDENTIALS, LONE_SURROGATE, NO_SLASHES, safeUrl } from './safe-url.js';
import type { Benefit, FaqItem, Risk, SchemaVersion, SectionKey, Severity, Source, Step, TopicItem } from './types.js';

/** The shapes an item can have; each section uses one, and `source` is a guide's reference. */
export interface ItemKinds {
  topic: TopicItem;
  benefit: Benefit;
  step: Step;
  risk: Risk;
  faq: FaqItem;
  source: Source;
}
export type ItemKind = keyof ItemKinds;

/** Which item shape each section of a guide holds. */
export const SECTION_KINDS = {
  conditions: 'topic',
  procedure: 'step',
  benefits: 'benefit',
  risks: 'risk',
  recovery: 'topic',
  tips: 'topic',
  faqs: 'faq',
  research: 'topic',
} as const satisfies Record<SectionKey, ItemKind>;

/** The schema versions this validator reads, oldest first. */
export const SCHEMA_VERSIONS: readonly SchemaVersion[] = [1, 2];

/** The sections of each schema version; a later version's section in an earlier document is an unknown field, ignored. */
const ALL_SECTIONS = Object.keys(SECTION_KINDS) as SectionKey[];
export const VERSION_SECTIONS: Record<SchemaVersion, readonly SectionKey[]> = {
  1: ALL_SECTIONS.filter((key) => key !== 'research'),
  2: ALL_SECTIONS,
};

export const SEVERITIES: readonly Severity[] = ['low', 'moderate', 'high'];
/** @internal */
export const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_-]*$/;
const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
/** A review date outside these years is a typing mistake ("0025" for "2025"), not history. */
const FIRST_YEAR = 1900;
const LAST_YEAR = 2100;

/** What a field holds: non-empty text of a kind, or (schema version 2) a frequency, an evidence statement or a list of source ids. */
export type Format = 'text' | 'severity' | 'url' | 'date' | 'lang' | 'id' | Structured;
export type Structured = 'frequency' | 'evidence' | 'refs';

/** How one field is checked: its format, and whether its item is unusable without it. */
interface FieldRule {
  format: Format;
  required: boolean;
}

const required = (format: Format = 'text'): FieldRule => ({ format, required: true });
const optional = (format: Format = 'text'): FieldRule => ({ format, required: false });

const V1 = {
  topic: { title: required(), description: optional() },
  benefit: { title: required(), description: optional() },
  step: { title: required(), description: optional(), duration: optional() },
  risk: { title: required(), description: optional(), severity: optional('severity') },
  faq: { question: required(), answer: required() },
  source: { title: required(), publisher: optional(), url: optional('url') },
  section: { title: optional(), intro: optional() },
  guide: {
    title: required(),
    lang: required('lang'),
    id: required('id'),
    summary: optional(),
    lastReviewed: optional('date'),
    nextReview: optional('date'),
    reviewedBy: optional(),
    disclaimer: optional(),
  },
} satisfies Record<ItemKind | 'guide' | 'section', Record<string, FieldRule>>;

export type FieldSet = keyof typeof V1;

const cited = { sources: optional('refs') };
const V2 = {
  ...V1,
  topic: { ...V1.topic, ...cited },
  benefit: { ...V1.benefit, evidence: optional('evidence'), frequency: optional('frequency'), ...cited },
  step: { ...V1.step, ...cited },
  risk: { ...V1.risk, frequency: optional('frequency'), ...cited },
  faq: { ...V1.faq, ...cited },
  source: { ...V1.source, quote: optional(), lang: optional('lang') },
} satisfies Record<FieldSet, Record<string, FieldRule>>;

/**
 * The fields of each schema version; a field a version does not know is ignored, as any unknown field is.
 * @internal
 */
export const FIELDS: Record<SchemaVersion, Record<FieldSet, Record<string, FieldRule>>> = { 1: V1, 2: V2 };
/** @internal */
export const LATEST: SchemaVersion = 2;

/**
 * The field holding an item's body text; a CMS-written child's markup can stand in for it.
 * @internal
 */
export const BODY: Partial<Record<FieldSet, string>> = {
  topic: 'description',
  benefit: 'description',
  step: 'description',
  risk: 'description',
  faq: 'answer',
};

/**
 * A locale code as CMSs write it (`de_DE`) read as the language tag it means (`de-DE`); other text is left as it is.
 * @internal
 */
export const asLanguageTag = (lang: string) => lang.replaceAll('_', '-');

/** A control character (C0, DEL or C1), but tab, line feed and carriage return. */
const CONTROL = /(?![\t\n\r])\p{Cc}/gu;
/**
 * Windows-1252's characters for the bytes 0x80 to 0x9F, U+FFFD where it has none: the punctuation
 * that text decoded as Latin-1 on its way out of a CMS carries as C1 controls ("doesn\u0092t"), and
 * what HTML shows for a reference to one (`&#146;` is ’).
 */
const WINDOWS_1252 = '€\uFFFD‚ƒ„…†‡ˆ‰Š‹Œ\uFFFDŽ\uFFFD\uFFFD‘’“”•–—˜™š›œ\uFFFDžŸ';
const codePoint = (char: string) => `U+${char.charCodeAt(0).toString(16).padStart(4, '0').toUpperCase()}`;
/** What a control character is shown as: the character a C1 one stood for in Windows-1252, else U+FFFD. */
const shownFor = (control: string) => WINDOWS_1252[control.charCodeAt(0) - 0x80] ?? '\uFFFD';

/**
 * What shapes onto the letter before it: a combining mark, and an emoji skin-tone modifier (`EMod`) or an
 * invisible format character (`DI`, Default_Ignorable_Code_Point), which Chromium shapes into the same pile. A pattern cannot ask for a
 * mark's combining class, but every character with a non-zero one is a mark, so `\p{M}` counts each
 * non-starter; the starters it counts as well (spacing marks, variation selectors) stack no deeper in any script.
 */
const PILED = String.raw`[\p{M}\p{EMod}\p{DI}]`;
/**
 * A run of more than 30 of them, the first 30 captured: Unicode's stream-safe limit (UAX #15) on
 * non-starters in a row. Thousands after one letter take Chromium's text shaping seconds (20,000
 * skin-tone modifiers, minutes); no script stacks 31.
 */
const MARK_PILE = new RegExp(`(${PILED}{30})${PILED}+`, 'gu');

/**
 * Text as it is shown: without control characters, which are invalid in HTML and a sign of text broken on its way
 * out of a CMS: each but tab, line feed and carriage return is shown as `shownFor` says, so the
 * reader sees the apostrophe meant, or where something is missing, the same in the server's HTML
 * as in the browser. Nor does it pile more combining marks on one letter than `MARK_PILE` keeps.
 * The first of each is reported.
 * @internal
 */
export function displayText(text: string, path: string, report: (path: string, message: string) => void): string {
  const at = text.search(CONTROL);
  if (at >= 0) {
    const shown = shownFor(text[at]);
    report(path, `contains a control character ${codePoint(text[at])}; shown as "${shown}" (${codePoint(shown)})`);
  }
  let piled = 0;
  const capped = text.replace(CONTROL, shownFor).replace(MARK_PILE, (pile, kept: string) => {
    piled ||= [...pile].length;
    return kept;
  });
  if (piled) report(path, `has ${piled} combining marks in a row; only the first 30 are shown`);
  return capped;
}

/** The canonical form of a BCP 47 language tag, or undefined when `value` is none. */
function canonicalTag(value: string): string | undefined {
  try {
    const tags = Intl.getCanonicalLocales(value);
    return tags.length === 1 ? tags[0] : undefined;
  } catch {
    return undefined;
  }
}

/** The UTC day a YYYY-MM-DD string names, or undefined. Years below 100 stay themselves (Date.UTC would add 1900). */
export function parseDate(value: unknown): Date | undefined {
  const match = typeof value === 'string' ? DATE_PATTERN.exec(value) : null;
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]) - 1, Number(match[3])];
  const date = new Date(0);
  date.setUTCFullYear(year, month, day);
  return date.getUTCFullYear() === year && date.getUTCMonth() === month && date.getUTCDate() === day ? date : undefined;
}

/** True for a real calendar date written YYYY-MM-DD, in the years 1900 to 2100. */
export function isDate(value: unknown): boolean {
  const year = parseDate(value)?.getUTCFullYear() ?? 0;
  return year >= FIRST_YEAR && year <= LAST_YEAR;
}

/** What an http(s) URL without "//" after its scheme lacks, naming the scheme as written. */
function missingSlashes(value: string): string | undefined {
  const scheme = NO_SLASHES.exec(value)?.[0];
  return scheme && `expected "//" after "${scheme}"; dropped`;
}

/**
 * How each text format is checked, on trimmed text, and what a failure says.
 * @internal
 */
export const FORMATS: Record<Exclude<Format, Structured>, { test?: (value: string) => boolean; message: string; explain?: (value: string) => string | undefined }> = {
  text: { message: 'expected non-empty text' },
  severity: { test: (value) => SEVERITIES.includes(value as Severity), message: 'expected one of "low", "moderate", "high"' },
  url: {
    test: (value) => safeUrl(value) !== undefined,
    message: 'not an http(s), mailto, tel or relative link without spaces or backslashes; dropped',
    explain: (value) => {
      const half = LONE_SURROGATE.exec(value)?.[0];
      if (half) return `contains a lone surrogate ${codePoint(half)}, half of a character; dropped`;
      return CREDENTIALS.test(value) ? 'a user name or password before "@" hides the site a link opens; dropped' : missingSlashes(value);
    },
  },
  date: { test: isDate, message: `expected a date as YYYY-MM-DD, in the years ${FIRST_YEAR} to ${LAST_YEAR}` },
  lang: {
    test: (value) => canonicalTag(value) !== undefined,
    message: 'expected a BCP 47 language tag such as "pt-BR"',
    // A locale code as CMSs write it ("en_US") is answered with the tag it means.
    explain: (value) => {
      const meant = value.includes('_') ? canonicalTag(asLanguageTag(value)) : undefined;
      return meant && `expected a BCP 47 language tag: "${meant}"?`;
    },
  },
  id: { test: (value) => ID_PATTERN.test(value), message: 'expected letters, digits, "-" or "_"' },
};
