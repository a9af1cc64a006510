import { clip, describeError, describeValue } from './describe.js';
import { safeUrl } from './safe-url.js';
import { IdClaims, slugify } from './slug.js';
import type {
  ContentProblem,
  FaqItem,
  Risk,
  SectionKey,
  Severity,
  Source,
  Step,
  TopicItem,
  Valid,
  ValidGuide,
} from './types.js';

/** The shapes an item can have; each section uses one, and `source` is a guide's reference. */
export interface ItemKinds {
  topic: TopicItem;
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
  benefits: 'topic',
  risks: 'risk',
  recovery: 'topic',
  tips: 'topic',
  faqs: 'faq',
} as const satisfies Record<SectionKey, ItemKind>;

export const SEVERITIES: readonly Severity[] = ['low', 'moderate', 'high'];
const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_-]*$/;
const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
/** A review date outside these years is a typing mistake ("0025" for "2025"), not history. */
const FIRST_YEAR = 1900;
const LAST_YEAR = 2100;

/** What a field holds once it is non-empty text. */
type Format = 'text' | 'severity' | 'url' | 'date' | 'lang' | 'id';

/** How one field is checked: its format, and whether its item is unusable without it. */
interface FieldRule {
  format: Format;
  required: boolean;
}

const required = (format: Format = 'text'): FieldRule => ({ format, required: true });
const optional = (format: Format = 'text'): FieldRule => ({ format, required: false });

const FIELDS = {
  topic: { title: required(), description: optional() },
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

type FieldSet = keyof typeof FIELDS;

/** The field holding an item's body text; a CMS-written child's markup can stand in for it. */
const BODY: Partial<Record<FieldSet, string>> = {
  topic: 'description',
  step: 'description',
  risk: 'description',
  faq: 'answer',
};

type Raw = Record<string, unknown>;
const isObject = (value: unknown): value is Raw =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const join = (path: string, key: string | number) =>
  typeof key === 'number' ? `${path}[${key}]` : path ? `${path}.${key}` : key;

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
  const year = parseDate(value)?.getUTCFullYear() ?? 0;
  return year >= FIRST_YEAR && year <= LAST_YEAR;
}

/** How each format is checked, on trimmed text, and what a failure says. */
const FORMATS: Record<Format, { test?: (value: string) => boolean; message: string }> = {
  text: { message: 'expected non-empty text' },
  severity: { test: (value) => SEVERITIES.includes(value as Severity), message: 'expected one of "low", "moderate", "high"' },
  url: { test: (value) => safeUrl(value) !== undefined, message: 'not an http(s), mailto or tel link; dropped' },
  date: { test: isDate, message: `expected a date as YYYY-MM-DD, in the years ${FIRST_YEAR} to ${LAST_YEAR}` },
  lang: { test: isLanguageTag, message: 'expected a BCP 47 language tag such as "pt-BR"' },
  id: { test: (value) => ID_PATTERN.test(value), message: 'expected letters, digits, "-" or "_"' },
};

/** An item waiting for its id: the one its content wrote, if any, else one derived from its label. */
interface PendingId {
  item: Raw;
  wanted?: string;
  label: string;
  path: string;
}

/** Collects problems and hands out ids once every explicit id is known. */
class Run {
  problems: ContentProblem[] = [];
  /** Index in the raw list of each item kept by the last `items()` call. */
  kept: number[] = [];
  #pending: PendingId[] = [];

  /** `children`: items read from CMS-written children, whose markup may stand in for their body text. */
  constructor(private children = false) {}

  problem(path: string, message: string) {
    this.problems.push({ path, message });
  }

  /** Copies the fields of `raw` that pass their rules; undefined when a required one fails, unless `partial`. */
  fields(set: FieldSet, raw: Raw, path: string, partial = false): Raw | undefined {
    const out: Raw = {};
    let complete = true;
    const markupBody = this.children && raw.markup === true ? BODY[set] : undefined;
    for (const [key, rule] of Object.entries(FIELDS[set]) as [string, FieldRule][]) {
      const value = raw[key];
      const needed = rule.required && key !== markupBody;
      const text = typeof value === 'string' ? value.trim() : '';
      const format = FORMATS[rule.format];
      if (text === '') {
        if (value != null || needed) this.problem(join(path, key), FORMATS.text.message);
        complete &&= !needed;
      } else if (format.test && !format.test(text)) {
        this.problem(join(path, key), format.message);
        complete &&= !needed;
      } else {
        out[key] = text;
      }
    }
    return complete || partial ? out : undefined;
  }

  item(kind: ItemKind, raw: unknown, path: string): Raw | undefined {
    if (!isObject(raw)) {
      this.problem(path, 'expected an object');
      return undefined;
    }
    const item = this.fields(kind, raw, path);
    if (item && kind !== 'source') this.#queueId(item, raw.id, String(item.title ?? item.question), path);
    return item;
  }

  items(kind: ItemKind, raw: unknown, path: string): Raw[] | undefined {
    this.kept = [];
    if (!Array.isArray(raw)) {
      this.problem(path, 'expected a list');
      return undefined;
    }
    const items: Raw[] = [];
    raw.forEach((entry, i) => {
      const item = this.item(kind, entry, join(path, i));
      if (!item) return;
      this.kept.push(i);
      items.push(item);
    });
    return items;
  }

  section(key: SectionKey, raw: unknown): Raw | undefined {
    if (raw === undefined) return undefined;
    if (!isObject(raw)) {
      this.problem(key, 'expected a section object with "items"');
      return undefined;
    }
    const items = this.items(SECTION_KINDS[key], raw.items, join(key, 'items'));
    return items && { ...this.fields('section', raw, key), items };
  }

  #queueId(item: Raw, id: unknown, label: string, path: string) {
    let wanted: string | undefined;
    if (id !== undefined) {
      if (typeof id === 'string' && ID_PATTERN.test(id)) wanted = id;
      else this.problem(join(path, 'id'), `${FORMATS.id.message}; an id was derived instead`);
    }
    this.#pending.push({ item, wanted, label, path });
  }

  /**
   * Explicit ids are claimed first, each as written where it first appears; then repeated explicit
   * ids and derived ones get a free `-N`, so neither can take an id the content wrote elsewhere.
   */
  assignIds() {
    const ids = new IdClaims();
    const later: PendingId[] = [];
    for (const entry of this.#pending) {
      if (entry.wanted !== undefined && ids.take(entry.wanted)) entry.item.id = entry.wanted;
      else later.push(entry);
    }
    for (const entry of later) {
      if (entry.wanted === undefined) {
        entry.item.id = ids.claim(slugify(entry.label));
        continue;
      }
      entry.item.id = ids.claim(entry.wanted);
      this.problem(join(entry.path, 'id'), `duplicate id "${clip(entry.wanted)}"; "${clip(String(entry.item.id))}" was used instead`);
    }
    this.#pending = [];
  }
}

/** The result of validating content: clean data and every problem with its JSON path. */
export interface Validation<T> {
  value: T;
  problems: ContentProblem[];
}

/** A validated list, with where each kept item stood in the raw list. */
export interface ItemsValidation<T> extends Validation<T[]> {
  indexes: number[];
}

/** Runs a validation that must never throw: a value that throws when read (a trap, a revoked proxy) is one `(document)` problem. */
function guarded<R extends Validation<unknown>>(empty: Omit<R, 'problems'>, validate: () => R): R {
  try {
    return validate();
  } catch (error) {
    return { ...empty, problems: [{ path: '', message: `could not be read (${describeError(error)})` }] } as R;
  }
}

/**
 * Validates a list of items of one kind (a component's `items` property or its light-DOM children).
 * Bad items are left out; every item that stays has a unique id. Never throws.
 */
export function validateItems<K extends ItemKind>(
  kind: K,
  raw: unknown,
  path = 'items',
): ItemsValidation<K extends 'source' ? Source : Valid<ItemKinds[K]>> {
  type Result = ItemsValidation<K extends 'source' ? Source : Valid<ItemKinds[K]>>;
  return guarded<Result>({ value: [], indexes: [] }, () => {
    const run = new Run(true);
    const items = run.items(kind, raw, path) ?? [];
    run.assignIds();
    return { value: items as unknown as Result['value'], problems: run.problems, indexes: run.kept };
  });
}

/** Validates a list of sources; a source without a title is left out, an unsafe URL is dropped. */
export function validateSources(raw: unknown, path = 'sources'): Validation<Source[]> {
  return validateItems('source', raw, path);
}

/**
 * Validates a whole guide. Returns a usable guide whenever the document is an object of schema
 * version 1, even with problems: bad items and sections are dropped, the rest stays. Never throws.
 */
export function validateGuide(raw: unknown): Validation<ValidGuide | undefined> {
  return guarded({ value: undefined }, () => {
    const run = new Run();
    if (!isObject(raw)) {
      run.problem('', 'expected a guide object');
      return { value: undefined, problems: run.problems };
    }
    if (raw.schemaVersion !== 1) {
      run.problem('schemaVersion', `expected 1, got ${describeValue(raw.schemaVersion)}`);
      return { value: undefined, problems: run.problems };
    }
    const guide: Raw = { lang: '', title: '', ...run.fields('guide', raw, '', true), schemaVersion: 1 };
    guide.id ??= slugify(String(guide.title || 'guide'));
    if (raw.sources !== undefined) guide.sources = run.items('source', raw.sources, 'sources');
    for (const key of Object.keys(SECTION_KINDS) as SectionKey[]) {
      const section = run.section(key, raw[key]);
      if (section) guide[key] = section;
    }
    run.assignIds();
    return { value: guide as unknown as ValidGuide, problems: run.problems };
  });
}

/** One line per problem, as printed in console warnings. */
export function describeProblems(problems: ContentProblem[]): string {
  return problems.map((p) => `  ${p.path || '(document)'}: ${p.message}`).join('\n');
}
