import { safeUrl } from './safe-url.js';
import { IdRegistry, slugify } from './slug.js';
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
  ValidSection,
} from './types.js';

/** The shapes an item can have; each section uses one. */
export interface ItemKinds {
  topic: TopicItem;
  step: Step;
  risk: Risk;
  faq: FaqItem;
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

type Raw = Record<string, unknown>;
const isObject = (value: unknown): value is Raw =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const join = (path: string, key: string | number) =>
  typeof key === 'number' ? `${path}[${key}]` : path ? `${path}.${key}` : key;

/** Collects problems and hands out ids once every explicit id is known. */
class Run {
  problems: ContentProblem[] = [];
  private pending: { item: Raw; wanted?: string; label: string; path: string }[] = [];

  problem(path: string, message: string) {
    this.problems.push({ path, message });
  }

  text(obj: Raw, key: string, path: string, required: boolean): string | undefined {
    const value = obj[key];
    if (value === undefined || value === null) {
      if (required) this.problem(join(path, key), 'expected non-empty text');
      return undefined;
    }
    if (typeof value !== 'string' || value.trim() === '') {
      this.problem(join(path, key), 'expected non-empty text');
      return undefined;
    }
    return value.trim();
  }

  /** Queue an item for an id; explicit ids are claimed before derived ones. */
  queueId(item: Raw, raw: Raw, label: string, path: string) {
    const explicit = raw.id;
    let wanted: string | undefined;
    if (explicit !== undefined) {
      if (typeof explicit === 'string' && ID_PATTERN.test(explicit)) wanted = explicit;
      else this.problem(join(path, 'id'), 'expected letters, digits, "-" or "_"; an id was derived instead');
    }
    this.pending.push({ item, wanted, label, path });
  }

  assignIds(ids = new IdRegistry()) {
    for (const entry of this.pending) {
      if (entry.wanted === undefined) continue;
      if (ids.has(entry.wanted)) this.problem(join(entry.path, 'id'), `duplicate id "${entry.wanted}"`);
      entry.item.id = ids.claim(entry.wanted);
    }
    for (const entry of this.pending) {
      if (entry.wanted === undefined) entry.item.id = ids.claim(slugify(entry.label));
    }
    this.pending = [];
  }

  item<K extends ItemKind>(kind: K, raw: unknown, path: string): Raw | undefined {
    if (!isObject(raw)) {
      this.problem(path, 'expected an object');
      return undefined;
    }
    const labelKey = kind === 'faq' ? 'question' : 'title';
    const label = this.text(raw, labelKey, path, true);
    const body =
      kind === 'faq' ? this.text(raw, 'answer', path, true) : this.text(raw, 'description', path, false);
    if (label === undefined || (kind === 'faq' && body === undefined)) return undefined;

    const item: Raw = { [labelKey]: label };
    if (body !== undefined) item[kind === 'faq' ? 'answer' : 'description'] = body;
    if (kind === 'step') {
      const duration = this.text(raw, 'duration', path, false);
      if (duration !== undefined) item.duration = duration;
    }
    if (kind === 'risk' && raw.severity != null) {
      if (SEVERITIES.includes(raw.severity as Severity)) item.severity = raw.severity;
      else this.problem(join(path, 'severity'), `expected one of ${SEVERITIES.map((s) => `"${s}"`).join(', ')}`);
    }
    this.queueId(item, raw, label, path);
    return item;
  }

  /** Index in the raw list of each item kept by the last `items()` call. */
  kept: number[] = [];

  items<K extends ItemKind>(kind: K, raw: unknown, path: string): Raw[] | undefined {
    this.kept = [];
    if (!Array.isArray(raw)) {
      this.problem(path, 'expected a list');
      return undefined;
    }
    return raw.flatMap((entry, i) => {
      const item = this.item(kind, entry, join(path, i));
      if (!item) return [];
      this.kept.push(i);
      return [item];
    });
  }

  section(key: SectionKey, raw: unknown): Raw | undefined {
    if (raw === undefined) return undefined;
    if (!isObject(raw)) {
      this.problem(key, 'expected a section object with "items"');
      return undefined;
    }
    const items = this.items(SECTION_KINDS[key], raw.items, join(key, 'items'));
    if (!items) return undefined;
    const section: Raw = { items };
    for (const field of ['title', 'intro']) {
      const value = this.text(raw, field, key, false);
      if (value !== undefined) section[field] = value;
    }
    return section;
  }

  sources(raw: unknown, base = 'sources'): Source[] | undefined {
    if (raw === undefined) return undefined;
    if (!Array.isArray(raw)) {
      this.problem(base, 'expected a list');
      return undefined;
    }
    return raw.flatMap((entry, i): Source[] => {
      const path = join(base, i);
      if (!isObject(entry)) {
        this.problem(path, 'expected an object');
        return [];
      }
      const title = this.text(entry, 'title', path, true);
      if (title === undefined) return [];
      const source: Source = { title };
      const publisher = this.text(entry, 'publisher', path, false);
      if (publisher !== undefined) source.publisher = publisher;
      const url = this.text(entry, 'url', path, false);
      if (url !== undefined) {
        if (safeUrl(url)) source.url = url;
        else this.problem(join(path, 'url'), 'only http(s), mailto and tel links are allowed; the link was dropped');
      }
      return [source];
    });
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

/**
 * Validates a list of items of one kind (a component's `items` property or its light-DOM children).
 * Bad items are left out; every item that stays has a unique id.
 */
export function validateItems<K extends ItemKind>(
  kind: K,
  raw: unknown,
  path = 'items',
): ItemsValidation<Valid<ItemKinds[K]>> {
  const run = new Run();
  const items = run.items(kind, raw, path) ?? [];
  run.assignIds();
  return { value: items as unknown as Valid<ItemKinds[K]>[], problems: run.problems, indexes: run.kept };
}

/** Validates a list of sources; a source without a title is left out, an unsafe URL is dropped. */
export function validateSources(raw: unknown, path = 'sources'): Validation<Source[]> {
  const run = new Run();
  return { value: run.sources(raw, path) ?? [], problems: run.problems };
}

function isLanguageTag(value: string): boolean {
  try {
    return Intl.getCanonicalLocales(value).length === 1;
  } catch {
    return false;
  }
}

/** True for a real calendar date written YYYY-MM-DD. */
export function isDate(value: string): boolean {
  const match = DATE_PATTERN.exec(value);
  if (!match) return false;
  const date = new Date(Date.UTC(+match[1], +match[2] - 1, +match[3]));
  return date.getUTCMonth() === +match[2] - 1 && date.getUTCDate() === +match[3];
}

/**
 * Validates a whole guide. Returns a usable guide whenever the document is an object of schema
 * version 1, even with problems: bad items and sections are dropped, the rest stays.
 */
export function validateGuide(raw: unknown): Validation<ValidGuide | undefined> {
  const run = new Run();
  if (!isObject(raw)) {
    run.problem('', 'expected a guide object');
    return { value: undefined, problems: run.problems };
  }
  if (raw.schemaVersion !== 1) {
    run.problem('schemaVersion', `expected 1, got ${JSON.stringify(raw.schemaVersion) ?? 'nothing'}`);
    return { value: undefined, problems: run.problems };
  }

  const title = run.text(raw, 'title', '', true) ?? '';
  let lang = run.text(raw, 'lang', '', true) ?? '';
  if (lang && !isLanguageTag(lang)) {
    run.problem('lang', 'expected a BCP 47 language tag such as "en" or "pt-BR"');
    lang = '';
  }
  let id = run.text(raw, 'id', '', true);
  if (id !== undefined && !ID_PATTERN.test(id)) {
    run.problem('id', 'expected letters, digits, "-" or "_"');
    id = undefined;
  }
  const guide: Raw = { schemaVersion: 1, id: id ?? slugify(title || 'guide'), lang, title };

  for (const field of ['summary', 'reviewedBy', 'disclaimer']) {
    const value = run.text(raw, field, '', false);
    if (value !== undefined) guide[field] = value;
  }
  const reviewed = run.text(raw, 'lastReviewed', '', false);
  if (reviewed !== undefined) {
    if (isDate(reviewed)) guide.lastReviewed = reviewed;
    else run.problem('lastReviewed', 'expected a date as YYYY-MM-DD');
  }
  const sources = run.sources(raw.sources);
  if (sources) guide.sources = sources;

  for (const key of Object.keys(SECTION_KINDS) as SectionKey[]) {
    const section = run.section(key, raw[key]);
    if (section) guide[key] = section as unknown as ValidSection<never>;
  }
  run.assignIds();
  return { value: guide as unknown as ValidGuide, problems: run.problems };
}

/** One line per problem, as printed in console warnings. */
export function describeProblems(problems: ContentProblem[]): string {
  return problems.map((p) => `  ${p.path || '(document)'}: ${p.message}`).join('\n');
}
