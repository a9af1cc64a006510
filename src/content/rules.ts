import { safeUrl } from './safe-url.js';
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
const YEAR = String.raw`(?:19\d{2}|20\d{2}|2100)`;
const LEAP_YEAR = String.raw`(?:19(?:0[48]|[2468][048]|[13579][26])|20(?:0[048]|[2468][048]|[13579][26]))`;
const MONTH_DAY = String.raw`(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\d|30)|02-(?:0[1-9]|1\d|2[0-8]))`;
/**
 * A real calendar day as YYYY-MM-DD, in the years 1900 to 2100. The published schemas use this very
 * pattern (`format: "date"` is only an annotation to most validators), so a date they accept is kept.
 * @internal
 */
export const REVIEW_DATE_PATTERN = new RegExp(`^(?:${YEAR}-${MONTH_DAY}|${LEAP_YEAR}-02-29)$`);

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

function isLanguageTag(value: string): boolean {
  try {
    return Intl.getCanonicalLocales(value).length === 1;
  } catch {
    return false;
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
  return typeof value === 'string' && REVIEW_DATE_PATTERN.test(value);
}

/** The tag a locale code as CMSs write it ("en_US") means, for a problem message to suggest; else undefined. */
function meantLanguageTag(value: string): string | undefined {
  if (!value.includes('_')) return undefined;
  try {
    return Intl.getCanonicalLocales(value.replaceAll('_', '-'))[0];
  } catch {
    return undefined;
  }
}

/** Why a URL is no link, when the reason is one the author can fix at sight. */
function urlFault(value: string): string | undefined {
  if (value.includes('\\')) return 'not a link: browsers read a backslash as "/"; dropped';
  if (/\s/.test(value)) return 'not a link: it has a space inside; dropped';
  return undefined;
}

/**
 * How each text format is checked, on trimmed text, and what a failure says.
 * @internal
 */
export const FORMATS: Record<Exclude<Format, Structured>, { test?: (value: string) => boolean; message: string; explain?: (value: string) => string | undefined }> = {
  text: { message: 'expected non-empty text' },
  severity: { test: (value) => SEVERITIES.includes(value as Severity), message: 'expected one of "low", "moderate", "high"' },
  url: { test: (value) => safeUrl(value) !== undefined, message: 'not an http(s), mailto or tel link; dropped', explain: urlFault },
  date: { test: isDate, message: `expected a date as YYYY-MM-DD, in the years ${FIRST_YEAR} to ${LAST_YEAR}` },
  lang: {
    test: isLanguageTag,
    message: 'expected a BCP 47 language tag such as "pt-BR"',
    explain: (value) => {
      const meant = meantLanguageTag(value);
      return meant && `expected a BCP 47 language tag: "${meant}"?`;
    },
  },
  id: { test: (value) => ID_PATTERN.test(value), message: 'expected letters, digits, "-" or "_"' },
};
