import { clip, describeValue, isObject, type Raw } from './describe.js';
import { readEvidence, readFrequency } from './evidence.js';
import { BODY, FIELDS, FORMATS, ID_PATTERN, LATEST, SECTION_KINDS, displayText, type FieldSet, type ItemKind, type Structured } from './rules.js';
import { IdClaims, slugify } from './slug.js';
import type { ContentProblem, SchemaVersion, SectionKey } from './types.js';

const join = (path: string, key: string | number) =>
  typeof key === 'number' ? `${path}[${key}]` : path ? `${path}.${key}` : key;

/** An item waiting for its id: the one its content wrote, if any, else one derived from its label. */
interface PendingId {
  item: Raw;
  wanted?: string;
  label: string;
  path: string;
}

/**
 * Collects problems and hands out ids once every explicit id is known.
 * @internal
 */
export class Run {
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

  /** Records a problem; bound, so that it can be passed on as the report of a reader of one field. */
  problem = (path: string, message: string) => {
    this.problems.push({ path, message });
  };

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
      const leavesOut = needed && !partial;
      const text = typeof value === 'string' ? value.trim() : '';
      const format = FORMATS[rule.format];
      if (typeof value !== 'string' && value != null) {
        // A number, list or object where text belongs: said what came, and what a date, a severity, a language or an id would be.
        const expected = rule.format === 'text' || rule.format === 'url' ? 'expected text' : format.message;
        this.#fieldProblem(join(path, key), `${expected}, got ${describeValue(value)}`, leavesOut);
        complete &&= !needed;
      } else if (text === '') {
        if (value != null || needed) this.#fieldProblem(join(path, key), FORMATS.text.message, leavesOut);
        complete &&= !needed;
      } else if (format.test && !format.test(text)) {
        this.#fieldProblem(join(path, key), format.explain?.(text) ?? format.message, leavesOut);
        complete &&= !needed;
      } else {
        out[key] = rule.format === 'text' ? displayText(text, join(path, key), this.problem) : text;
      }
    }
    return complete || partial ? out : undefined;
  }

  /** A field's problem; one that leaves its item out says so, or a CMS author would look for the item in vain. */
  #fieldProblem(path: string, message: string, leavesOut: boolean) {
    this.problem(path, leavesOut ? `${message}; the item is left out` : message);
  }

  #structured(format: Structured, value: unknown, path: string): unknown {
    if (format === 'frequency') return readFrequency(value, path, this.problem);
    if (format === 'evidence') return readEvidence(value, path, this.problem);
    return this.#refs(value, path);
  }

  /** Source ids an item cites: well-formed, listed once, and (in a guide) naming one of its sources. */
  #refs(value: unknown, path: string): string[] | undefined {
    if (!Array.isArray(value)) {
      this.problem(path, 'expected a list of source ids');
      return undefined;
    }
    // A set, not the list, answers "cited already?": an item may cite 100,000 sources.
    const refs = new Set<string>();
    value.forEach((ref, i) => {
      const at = join(path, i);
      if (typeof ref !== 'string' || !ID_PATTERN.test(ref)) this.problem(at, `${FORMATS.id.message}; left out`);
      else if (this.sourceIds && !this.sourceIds.has(ref)) this.problem(at, `no source has the id "${clip(ref)}"; left out`);
      else if (refs.has(ref)) this.problem(at, `"${clip(ref)}" is cited twice; left out`);
      else refs.add(ref);
    });
    return refs.size ? [...refs] : undefined;
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
    this.assignIds(pending, []);
    this.sourceIds = new Set(sources.map((source) => String(source.id)));
    return sources;
  }

  section(key: SectionKey, raw: unknown): Raw | undefined {
    if (raw == null) return undefined;
    if (!isObject(raw)) {
      this.problem(key, 'expected a section object with "items"');
      return undefined;
    }
    const items = this.items(SECTION_KINDS[key], raw.items, join(key, 'items'));
    return items && { ...this.fields('section', raw, key), items };
  }

  #queueId(item: Raw, id: unknown, label: string, path: string, queue = this.#pending) {
    let wanted: string | undefined;
    if (id != null) {
      if (typeof id === 'string' && ID_PATTERN.test(id)) wanted = id;
      else this.problem(join(path, 'id'), `${FORMATS.id.message}; an id was derived instead`);
    }
    queue.push({ item, wanted, label, path });
  }

  /**
   * Explicit ids are claimed first, each as written where it first appears; then repeated explicit
   * ids and derived ones get a free `-N`, so neither can take an id the content wrote elsewhere.
   * Items share the page's `#` links with the sources list, so each source's `source-<id>` is taken
   * before any item's.
   */
  assignIds(queue = this.#pending, anchors = [...(this.sourceIds ?? [])].map((id) => `source-${id}`)) {
    const ids = new IdClaims();
    for (const anchor of anchors) ids.take(anchor);
    const reserved = new Set(anchors);
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
      const taken = reserved.has(entry.wanted) ? `id "${clip(entry.wanted)}" is the link to a source` : `duplicate id "${clip(entry.wanted)}"`;
      this.problem(join(entry.path, 'id'), `${taken}; "${clip(String(entry.item.id))}" was used instead`);
    }
    queue.length = 0;
  }
}
