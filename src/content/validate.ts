import { clip, describeError, describeValue } from './describe.js';
import { readEvidence, readFrequency } from './evidence.js';
import { safeUrl } from './safe-url.js';
import { IdClaims, slugify } from './slug.js';
import type {
  Benefit,
  ContentProblem,
  FaqItem,
  Risk,
  SchemaVersion,
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

/** The largest guide document read, in bytes (5 MB): `<care-guide src>`'s default and the command's cap. */
export const MAX_GUIDE_BYTES = 5 * 1024 * 1024;

/** The schema versions this validator reads, oldest first. */
export const SCHEMA_VERSIONS: readonly SchemaVersion[] = [1, 2];

/** The sections of each schema version; a later version's section in an earlier document is an unknown field, ignored. */
const ALL_SECTIONS = Object.keys(SECTION_KINDS) as SectionKey[];
export const VERSION_SECTIONS: Record<SchemaVersion, readonly SectionKey[]> = {
  1: ALL_SECTIONS.filter((key) => key !== 'research'),
  2: ALL_SECTIONS,
};

export const SEVERITIES: readonly Severity[] = ['low', 'moderate', 'high'];
const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_-]*$/;
const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
/** A review date outside these years is a typing mistake ("0025" for "2025"), not history. */
const FIRST_YEAR = 1900;
const LAST_YEAR = 2100;

/** What a field holds: non-empty text of a kind, or (schema version 2) a frequency, an evidence statement or a list of source ids. */
type Format = 'text' | 'severity' | 'url' | 'date' | 'lang' | 'id' | Structured;
type Structured = 'frequency' | 'evidence' | 'refs';

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

type FieldSet = keyof typeof V1;

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

/** The fields of each schema version; a field a version does not know is ignored, as any unknown field is. */
const FIELDS: Record<SchemaVersion, Record<FieldSet, Record<string, FieldRule>>> = { 1: V1, 2: V2 };
const LATEST: SchemaVersion = 2;

/** The field holding an item's body text; a CMS-written child's markup can stand in for it. */
const BODY: Partial<Record<FieldSet, string>> = {
  topic: 'description',
  benefit: 'description',
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

/** How each text format is checked, on trimmed text, and what a failure says. */
const FORMATS: Record<Exclude<Format, Structured>, { test?: (value: string) => boolean; message: string }> = {
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
  /** The ids of the guide's sources, once read; items may cite only these. Unknown when items are checked alone. */
  sourceIds?: Set<string>;
  #pending: PendingId[] = [];

  /** `children`: items read from CMS-written children, whose markup may stand in for their body text. */
  constructor(
    private version: SchemaVersion = LATEST,
    private children = false,
  ) {}

  problem(path: string, message: string) {
    this.problems.push({ path, message });
  }

  /** Copies the fields of `raw` that pass their rules; undefined when a required one fails, unless `partial`. */
  fields(set: FieldSet, raw: Raw, path: string, partial = false): Raw | undefined {
    const out: Raw = {};
    let complete = true;
    const markupBody = this.children && raw.markup === true ? BODY[set] : undefined;
    for (const [key, rule] of Object.entries(FIELDS[this.version][set])) {
      const value = raw[key];
      if (rule.format === 'frequency' || rule.format === 'evidence' || rule.format === 'refs') {
        const read = value == null ? undefined : this.#structured(rule.format, value, join(path, key));
        if (read !== undefined) out[key] = read;
        continue;
      }
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

  #structured(format: Structured, value: unknown, path: string): unknown {
    const report = (at: string, message: string) => this.problem(at, message);
    if (format === 'frequency') return readFrequency(value, path, report);
    if (format === 'evidence') return readEvidence(value, path, report);
    return this.#refs(value, path);
  }

  /** Source ids an item cites: well-formed, listed once, and (in a guide) naming one of its sources. */
  #refs(value: unknown, path: string): string[] | undefined {
    if (!Array.isArray(value)) {
      this.problem(path, 'expected a list of source ids');
      return undefined;
    }
    const refs: string[] = [];
    value.forEach((ref, i) => {
      const at = join(path, i);
      if (typeof ref !== 'string' || !ID_PATTERN.test(ref)) this.problem(at, `${FORMATS.id.message}; left out`);
      else if (this.sourceIds && !this.sourceIds.has(ref)) this.problem(at, `no source has the id "${clip(ref)}"; left out`);
      else if (refs.includes(ref)) this.problem(at, `"${clip(ref)}" is cited twice; left out`);
      else refs.push(ref);
    });
    return refs.length ? refs : undefined;
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

  /**
   * A guide's sources. From schema version 2 each has an id, for items to cite and `#source-<id>` to
   * name: its own when well-formed and unused, else one derived from its title.
   */
  sources(raw: unknown, path = 'sources'): Raw[] | undefined {
    const sources = this.items('source', raw, path);
    if (!sources || this.version < 2) return sources;
    // Sources have ids of their own, apart from the items': `#source-<id>` never meets an item's `#<id>`.
    const pending: PendingId[] = [];
    sources.forEach((source, i) => this.#queueId(source, ((raw as unknown[])[this.kept[i]] as Raw).id, String(source.title), join(path, this.kept[i]), pending));
    this.assignIds(pending);
    this.sourceIds = new Set(sources.map((source) => String(source.id)));
    return sources;
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

  #queueId(item: Raw, id: unknown, label: string, path: string, queue = this.#pending) {
    let wanted: string | undefined;
    if (id !== undefined) {
      if (typeof id === 'string' && ID_PATTERN.test(id)) wanted = id;
      else this.problem(join(path, 'id'), `${FORMATS.id.message}; an id was derived instead`);
    }
    queue.push({ item, wanted, label, path });
  }

  /**
   * Explicit ids are claimed first, each as written where it first appears; then repeated explicit
   * ids and derived ones get a free `-N`, so neither can take an id the content wrote elsewhere.
   */
  assignIds(queue = this.#pending) {
    const ids = new IdClaims();
    const later: PendingId[] = [];
    for (const entry of queue) {
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
    queue.length = 0;
  }
}

/** The result of validating content: clean data and every problem with its JSON path. */
export interface Validation<T> {
  value: T;
  problems: ContentProblem[];
}

/** A validated guide, with the schema version it was read as (undefined when the document has none this validator reads). */
export interface GuideValidation extends Validation<ValidGuide | undefined> {
  version?: SchemaVersion;
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
 * Validates a list of items of one kind (a component's `items` property or its light-DOM children),
 * by the latest schema version. Bad items are left out; every item that stays has a unique id.
 * Cited source ids are checked for form only: the guide's sources are not known here. Never throws.
 */
export function validateItems<K extends ItemKind>(
  kind: K,
  raw: unknown,
  path = 'items',
): ItemsValidation<K extends 'source' ? Source : Valid<ItemKinds[K]>> {
  type Result = ItemsValidation<K extends 'source' ? Source : Valid<ItemKinds[K]>>;
  return guarded<Result>({ value: [], indexes: [] }, () => {
    const run = new Run(LATEST, true);
    const items = run.items(kind, raw, path) ?? [];
    run.assignIds();
    return { value: items as unknown as Result['value'], problems: run.problems, indexes: run.kept };
  });
}

/** Validates a list of sources, giving each an id; a source without a title is left out, an unsafe URL is dropped. Never throws. */
export function validateSources(raw: unknown, path = 'sources'): Validation<Source[]> {
  return guarded<Validation<Source[]>>({ value: [] }, () => {
    const run = new Run();
    const sources = run.sources(raw, path) ?? [];
    return { value: sources as unknown as Source[], problems: run.problems };
  });
}

/**
 * Validates a whole guide of schema version 1 or 2, and says which it read. Returns a usable guide
 * whenever the document is an object of a known version, even with problems: bad items and sections
 * are dropped, the rest stays. Fields of a later version in an earlier document are ignored. Never throws.
 */
export function validateGuide(raw: unknown): GuideValidation {
  return guarded<GuideValidation>({ value: undefined }, () => {
    if (!isObject(raw)) return { value: undefined, problems: [{ path: '', message: 'expected a guide object' }] };
    const version = raw.schemaVersion;
    if (!SCHEMA_VERSIONS.includes(version as SchemaVersion)) {
      const expected = SCHEMA_VERSIONS.join(' or ');
      return { value: undefined, problems: [{ path: 'schemaVersion', message: `expected ${expected}, got ${describeValue(version)}` }] };
    }
    const run = new Run(version as SchemaVersion);
    const guide: Raw = { lang: '', title: '', ...run.fields('guide', raw, '', true), schemaVersion: version };
    guide.id ??= slugify(String(guide.title || 'guide'));
    // From version 2 items may cite only the guide's own sources, none when it lists none.
    if (version === 2) run.sourceIds = new Set();
    if (raw.sources !== undefined) guide.sources = run.sources(raw.sources);
    for (const key of VERSION_SECTIONS[version as SchemaVersion]) {
      const section = run.section(key, raw[key]);
      if (section) guide[key] = section;
    }
    run.assignIds();
    return { value: guide as unknown as ValidGuide, problems: run.problems, version: version as SchemaVersion };
  });
}

/** One line per problem, as printed in console warnings. */
export function describeProblems(problems: ContentProblem[]): string {
  return problems.map((p) => `  ${p.path || '(document)'}: ${p.message}`).join('\n');
}
