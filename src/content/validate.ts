import { describeError, describeValue, isObject, type Raw } from './describe.js';
import { LATEST, SCHEMA_VERSIONS, VERSION_SECTIONS, type ItemKind, type ItemKinds } from './rules.js';
import { Run } from './run.js';
import { slugify } from './slug.js';
import type { Checked, ContentProblem, SchemaVersion, Source, Valid, ValidGuide } from './types.js';

export { SECTION_KINDS, SCHEMA_VERSIONS, VERSION_SECTIONS, SEVERITIES, parseDate, isDate } from './rules.js';
export type { ItemKind, ItemKinds } from './rules.js';

/** The largest guide document read, in bytes (5 MB): `<care-guide src>`'s default and the command's cap. */
export const MAX_GUIDE_BYTES = 5 * 1024 * 1024;

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
): ItemsValidation<K extends 'source' ? Checked<Source> : Valid<ItemKinds[K]>> {
  type Result = ItemsValidation<K extends 'source' ? Checked<Source> : Valid<ItemKinds[K]>>;
  return guarded<Result>({ value: [], indexes: [] }, () => {
    const run = new Run(LATEST, true);
    const items = run.items(kind, raw, path) ?? [];
    run.assignIds();
    return { value: items as unknown as Result['value'], problems: run.problems, indexes: run.kept };
  });
}

/** Validates a list of sources, giving each an id; a source without a title is left out, an unsafe URL is dropped. Never throws. */
export function validateSources(raw: unknown, path = 'sources'): Validation<Checked<Source>[]> {
  return guarded<Validation<Checked<Source>[]>>({ value: [] }, () => {
    const run = new Run();
    const sources = run.sources(raw, path) ?? [];
    return { value: sources as unknown as Checked<Source>[], problems: run.problems };
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
    // Both dates stay: which one is the typo is unknown, and dropping the next review could hide that the page is overdue.
    if (guide.lastReviewed && guide.nextReview && String(guide.nextReview) < String(guide.lastReviewed)) {
      run.problem('nextReview', `"${String(guide.nextReview)}" is before lastReviewed, "${String(guide.lastReviewed)}"; both are shown`);
    }
    // From version 2 items may cite only the guide's own sources, none when it lists none.
    if (version === 2) run.sourceIds = new Set();
    if (raw.sources != null) guide.sources = run.sources(raw.sources);
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
