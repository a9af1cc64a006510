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

/** How a field is checked. Lang and id are required too. */
type Rule = 'optional' | 'required' | 'severity' | 'url' | 'date' | 'lang' | 'id';

const FIELDS: Record<ItemKind | 'guide' | 'section', Record<string, Rule>> = {
  topic: { title: 'required', description: 'optional' },
  step: { title: 'required', description: 'optional', duration: 'optional' },
  risk: { title: 'required', description: 'optional', severity: 'severity' },
  faq: { question: 'required', answer: 'required' },
  source: { title: 'required', publisher: 'optional', url: 'url' },
  section: { title: 'optional', intro: 'optional' },
  guide: {
    title: 'required',
    lang: 'lang',
    id: 'id',
    summary: 'optional',
    lastReviewed: 'date',
    reviewedBy: 'optional',
    disclaimer: 'optional',
  },
};

const MESSAGES: Partial<Record<Rule, string>> = {
  severity: 'expected one of "low", "moderate", "high"',
  url: 'not an http(s), mailto or tel link; dropped',
  date: 'expected a date as YYYY-MM-DD',
  lang: 'expected a BCP 47 language tag such as "pt-BR"',
  id: 'expected letters, digits, "-" or "_"',
};

/** The field holding an item's body text; a CMS-written child's markup can stand in for it. */
const BODY: Record<ItemKind, string | undefined> = {
  topic: 'description',
  step: 'description',
  risk: 'description',
  faq: 'answer',
  source: undefined,
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

/** True for a real calendar date written YYYY-MM-DD. */
export function isDate(value: string): boolean {
  const match = DATE_PATTERN.exec(value);
  if (!match) return false;
  const date = new Date(Date.UTC(+match[1], +match[2] - 1, +match[3]));
  return date.getUTCMonth() === +match[2] - 1 && date.getUTCDate() === +match[3];
}

const CHECKS: Partial<Record<Rule, (value: string) => boolean>> = {
  severity: (value) => SEVERITIES.includes(value as Severity),
  url: (value) => safeUrl(value) !== undefined,
  date: isDate,
  lang: isLanguageTag,
  id: (value) => ID_PATTERN.test(value),
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

  problem(path: string, message: string) {
    this.problems.push({ path, message });
  }

  /** Copies the fields of `raw` that pass their rules; undefined when a required one fails, unless `partial`. */
  fields(kind: keyof typeof FIELDS, raw: Raw, path: string, partial = false): Raw | undefined {
    const out: Raw = {};
    let complete = true;
    const markupBody = raw.markup === true && kind in BODY ? BODY[kind as ItemKind] : undefined;
    for (const [key, rule] of Object.entries(FIELDS[kind])) {
      const value = raw[key];
      const required = (rule === 'required' || rule === 'lang' || rule === 'id') && key !== markupBody;
      if (value == null) {
        if (required) this.problem(join(path, key), 'expected non-empty text');
        complete &&= !required;
      } else if (typeof value !== 'string' || value.trim() === '') {
        this.problem(join(path, key), 'expected non-empty text');
        complete &&= rule !== 'required';
      } else if (CHECKS[rule] && !CHECKS[rule](value.trim())) {
        this.problem(join(path, key), MESSAGES[rule]!);
      } else {
        out[key] = value.trim();
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
    if (item && kind !== 'source') this.#queueId(item, raw, (item.title ?? item.question) as string, path);
    return item;
  }

  items(kind: ItemKind, raw: unknown, path: string): Raw[] | undefined {
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
    return items && { ...this.fields('section', raw, key), items };
  }

  #queueId(item: Raw, raw: Raw, label: string, path: string) {
    let wanted: string | undefined;
    if (raw.id !== undefined) {
      if (typeof raw.id === 'string' && ID_PATTERN.test(raw.id)) wanted = raw.id;
      else this.problem(join(path, 'id'), `${MESSAGES.id}; an id was derived instead`);
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
      this.problem(join(entry.path, 'id'), `duplicate id "${entry.wanted}"; "${entry.item.id}" was used instead`);
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

/**
 * Validates a list of items of one kind (a component's `items` property or its light-DOM children).
 * Bad items are left out; every item that stays has a unique id.
 */
export function validateItems<K extends ItemKind>(
  kind: K,
  raw: unknown,
  path = 'items',
): ItemsValidation<K extends 'source' ? Source : Valid<ItemKinds[K]>> {
  const run = new Run();
  const items = run.items(kind, raw, path) ?? [];
  run.assignIds();
  return { value: items as never, problems: run.problems, indexes: run.kept };
}

/** Validates a list of sources; a source without a title is left out, an unsafe URL is dropped. */
export function validateSources(raw: unknown, path = 'sources'): Validation<Source[]> {
  return validateItems('source', raw, path);
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
  const guide: Raw = { lang: '', title: '', ...run.fields('guide', raw, '', true), schemaVersion: 1 };
  guide.id ??= slugify(String(guide.title || 'guide'));
  if (raw.sources !== undefined) guide.sources = run.items('source', raw.sources, 'sources');
  for (const key of Object.keys(SECTION_KINDS) as SectionKey[]) {
    const section = run.section(key, raw[key]);
    if (section) guide[key] = section;
  }
  run.assignIds();
  return { value: guide as unknown as ValidGuide, problems: run.problems };
}

/** One line per problem, as printed in console warnings. */
export function describeProblems(problems: ContentProblem[]): string {
  return problems.map((p) => `  ${p.path || '(document)'}: ${p.message}`).join('\n');
}
