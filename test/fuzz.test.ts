import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import type Ajv2020 from 'ajv/dist/2020.js';
import type { ValidateFunction } from 'ajv/dist/2020.js';
// Ajv's own browser build: ajv itself is CommonJS, which the test server does not convert.
import 'ajv-dist/dist/ajv2020.bundle.js';
import schemaV1 from '../src/content/care-guide.schema.json' with { type: 'json' };
import schemaV2 from '../src/content/care-guide.v2.schema.json' with { type: 'json' };
import { safeUrl } from '../src/content/safe-url.js';
import { SECTION_KINDS, VERSION_SECTIONS, validateGuide, validateItems } from '../src/content/validate.js';
import type { ContentProblem, SchemaVersion, SectionKey } from '../src/content/types.js';

/**
 * Property-based tests of the validator: generated documents, seeded so any failure can be replayed.
 * A fresh seed each run explores new documents; a failure prints its seed and counterexample.
 */
const REPLAY_SEED: number | undefined = undefined; // set to a printed seed to replay that run exactly
const seed = REPLAY_SEED ?? Math.floor(Math.random() * 2 ** 31);
const DOCUMENTS = 10_000;

const Ajv = (window as unknown as { ajv2020: typeof Ajv2020 }).ajv2020;
const ajv = new Ajv({ strict: true });
ajv.addSchema(schemaV1);
ajv.addSchema(schemaV2);

type ItemDef = 'topic' | 'benefit' | 'step' | 'risk' | 'faq';
/** The guide's own text fields, each kept, trimmed, whenever the schema accepts it. */
const GUIDE_FIELDS = ['id', 'lang', 'title', 'summary', 'lastReviewed', 'nextReview', 'reviewedBy', 'disclaimer'];
/** Each version's published schema, in parts: the guide, a source and each kind of item. Version 1 benefits are topics. */
const ORACLES = Object.fromEntries(
  ([[1, schemaV1], [2, schemaV2]] as const).map(([version, schema]) => {
    const part = (pointer: string) => ajv.getSchema(`${schema.$id}#${pointer}`) as ValidateFunction;
    const item: Record<ItemDef, ValidateFunction> = {
      topic: part('/$defs/topic'),
      benefit: part(version === 1 ? '/$defs/topic' : '/$defs/benefit'),
      step: part('/$defs/step'),
      risk: part('/$defs/risk'),
      faq: part('/$defs/faq'),
    };
    const fields = Object.fromEntries(GUIDE_FIELDS.map((key) => [key, part(`/properties/${key}`)]));
    // A source's fields, each kept likewise, but its id, which may give way to an earlier source's.
    const sourceFields = Object.keys(schema.$defs.source.properties).filter((key) => key !== 'id');
    return [version, { guide: part(''), source: part('/$defs/source'), item, fields, sourceFields }];
  }),
) as Record<SchemaVersion, { guide: ValidateFunction; source: ValidateFunction; item: Record<ItemDef, ValidateFunction>; fields: Record<string, ValidateFunction>; sourceFields: string[] }>;
/** The fields that name an item, so a kept item can be matched to the raw item it came from. */
const LABELS: Record<ItemDef | 'source', string[]> = {
  topic: ['title'],
  benefit: ['title'],
  step: ['title'],
  risk: ['title'],
  faq: ['question', 'answer'],
  source: ['title'],
};
const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_-]*$/;

type Raw = Record<string, unknown>;
const isObject = (value: unknown): value is Raw => typeof value === 'object' && value !== null && !Array.isArray(value);

/* Generators: guide-shaped documents whose every field is sometimes right, sometimes wrong, sometimes anything. */
const junk = fc.jsonValue({ maxDepth: 2 });
// CMS exports write null for an empty field.
const maybe = <T>(arbitrary: fc.Arbitrary<T>) =>
  fc.oneof({ weight: 6, arbitrary }, { weight: 1, arbitrary: junk }, { weight: 1, arbitrary: fc.constant(null) });
const text = fc.oneof(
  { weight: 4, arbitrary: fc.string({ maxLength: 10 }) },
  { weight: 2, arbitrary: fc.string({ maxLength: 10, unit: 'grapheme' }) },
  { weight: 1, arbitrary: fc.constantFrom('', ' ', '\u00a0', '\n\n', '\u202eevil', 'Is it safe?', 'Is it safe? ', '<b>x</b>') },
);
// `source-fda` and `source-x` are the links to sources of those ids: an item may not take them.
const id = fc.oneof(fc.constantFrom('x', 'x-2', 'x-3', 'is-it-safe', 'is-it-safe-2', 'a_b', 'has space', '-x', '', 'source-fda', 'source-x'), fc.stringMatching(/^[a-z0-9-]{1,5}$/));
const url = fc.oneof(
  fc.tuple(fc.constantFrom('https://', 'http://', '//', '/', '?', '#', ''), fc.string({ maxLength: 8 })).map(([a, b]) => a + b),
  fc.constantFrom('javascript:alert(1)', '\u00a0javascript:alert(1)', 'java\tscript:x', 'data:text/html,x', 'mailto:a@b.org', 'tel:+1555', '/guide', 'HTTPS://A.ORG'),
  fc.constantFrom('https ://www.has-sante.fr/', 'https://a.org/a b', '/\\evil.example', '\\\\evil.example\\x', '//a.org/x', 'tel:+33 1 23'),
  fc.constantFrom('https://clinic.example@evil.example/', 'https://u:p@a.org', '//a@b.org/x', 'https:///a@b.org', 'https://a.org/@x', '//a.org/@x'),
  fc.constantFrom('tel:+44 20 7946 0000', 'tel:+33\u00a01 23', 'mailto:a@b.org?subject=Back pain', 'tel :+44', 'tel:+44\t20', 'mailto:a@b.org?subject=a\\b'),
  fc.string({ maxLength: 12 }),
);
const pad = (n: number, width = 2) => String(n).padStart(width, '0');
const date = fc.oneof(
  fc.constantFrom('2026-11-25', '0025-06-01', '2024-02-30', '1900-01-01', '2100-12-31', '2101-01-01', '1899-12-31', '25 Nov 2026'),
  fc.constantFrom('2026-02-29', '2024-02-29', '1900-02-29', '2000-02-29', '2100-02-29', '2026-04-31', '2026-13-01', '2026-00-10'),
  fc.date({ min: new Date('1800-01-01'), max: new Date('2200-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
  // Any day number in any month, near the ends of the years allowed: most are not days at all.
  fc.tuple(fc.integer({ min: 1895, max: 2105 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 })).map(([y, m, d]) => `${pad(y, 4)}-${pad(m)}-${pad(d)}`),
);
const lang = fc.constantFrom('en', 'pt-BR', 'de', 'zh-Hant-TW', 'es-419', 'de-CH-1996', 'sr-Latn-RS', 'en-x-clinic', 'x', 'en_US', 'pt_br', 'not a language', 'x-private', 'zh-min-nan', 'root', '');
const optional = { requiredKeys: [] as never[] };
/* Schema version 2's fields: source ids that exist, repeat or are malformed, frequencies on and off their band, evidence. */
const sourceId = fc.constantFrom('fda', 'nih', 'review', 'x', 'has space', '');
const refs = fc.array(maybe(sourceId), { maxLength: 3 });
const rate = fc.oneof(fc.constantFrom(1, 3, 10, 33, 136, 1_000, 10_000, 0, -1, 0.5, Number.MAX_VALUE, Infinity), fc.integer({ min: 1, max: 20_000 }));
const frequency = fc.record(
  { band: maybe(fc.constantFrom('very-common', 'common', 'uncommon', 'rare', 'very-rare', 'not-known', 'often')), count: maybe(rate), per: maybe(rate) },
  { requiredKeys: ['band'] },
);
const evidence = fc.record({ level: maybe(fc.constantFrom('limited', 'moderate', 'strong', 'weak')), note: maybe(text) }, { requiredKeys: ['level'] });
const cites = { sources: maybe(refs) };
const ITEM_FIELDS: Record<ItemDef, Record<string, fc.Arbitrary<unknown>>> = {
  topic: { title: text, description: text, ...cites },
  benefit: { title: text, description: text, evidence: maybe(evidence), frequency: maybe(frequency), ...cites },
  step: { title: text, description: text, duration: text, ...cites },
  risk: { title: text, description: text, severity: fc.constantFrom('low', 'moderate', 'high', 'extreme', 'HIGH'), frequency: maybe(frequency), ...cites },
  faq: { question: text, answer: text, ...cites },
};
// `markup` is how CMS children say their markup is the body; a JSON document must not get to say it.
const item = (def: ItemDef) =>
  fc.record({ id, markup: fc.constant(true), ...Object.fromEntries(Object.entries(ITEM_FIELDS[def]).map(([k, a]) => [k, maybe(a)])) }, optional);
const source = fc.record({ id: maybe(sourceId), title: maybe(text), publisher: maybe(text), url: maybe(url), quote: maybe(text), lang: maybe(lang) }, optional);
const section = (def: ItemDef) =>
  maybe(fc.record({ title: maybe(text), intro: maybe(text), items: maybe(fc.array(maybe(item(def)), { maxLength: 5 })) }, { requiredKeys: ['items'] }));
const guide = fc.record(
  {
    schemaVersion: fc.oneof({ weight: 6, arbitrary: fc.constant(1) }, { weight: 6, arbitrary: fc.constant(2) }, { weight: 1, arbitrary: junk }),
    id: maybe(id),
    lang: maybe(lang),
    title: maybe(text),
    summary: maybe(text),
    lastReviewed: maybe(date),
    nextReview: maybe(date),
    reviewedBy: maybe(text),
    disclaimer: maybe(text),
    sources: maybe(fc.array(maybe(source), { maxLength: 3 })),
    ...Object.fromEntries(Object.entries(SECTION_KINDS).map(([key, def]) => [key, section(def as ItemDef)])),
  },
  { requiredKeys: ['schemaVersion'] },
);
/** Mostly guide-shaped documents, sometimes any JSON at all; always JSON, as a parser would give it. */
const documents = fc.oneof({ weight: 9, arbitrary: guide }, { weight: 1, arbitrary: fc.jsonValue() }).map((doc) => JSON.parse(JSON.stringify(doc)) as unknown);

/* Checks. */

/** Asserts, building the message only on failure: the checks run hundreds of thousands of times. */
function ok(condition: boolean, message: () => string): void {
  if (!condition) expect.fail(message());
}

/** Where a problem points, as keys and indexes; undefined for a path this test cannot read. */
function segments(path: string): (string | number)[] | undefined {
  if (path === '') return [];
  const parts = [...path.matchAll(/(?:^|\.)([A-Za-z]+)|\[(\d+)\]/g)];
  if (parts.map((m) => m[0]).join('') !== path) return undefined;
  return parts.map((m) => (m[2] === undefined ? m[1] : Number(m[2])));
}

/** True when `path` resolves in `doc`, or names a missing key of an object that does. */
function resolves(doc: unknown, path: string): boolean {
  const keys = segments(path);
  if (!keys) return false;
  let value: unknown = doc;
  for (const [i, key] of keys.entries()) {
    const last = i === keys.length - 1;
    if (typeof key === 'number') {
      if (!Array.isArray(value) || key >= value.length) return false;
      value = value[key];
    } else {
      if (!isObject(value)) return false;
      if (!(key in value)) return last;
      value = value[key];
    }
  }
  return true;
}

/** A null counts as absent; text the schema accepts is kept, trimmed. */
function expectFields(raw: Raw, out: Raw, keys: string[], where: string, valid?: Record<string, ValidateFunction>) {
  for (const key of keys) {
    const written = raw[key];
    if (written === undefined || (valid && !valid[key](written))) continue;
    // The schema's URL pattern cannot parse a URL; one the browser's parser refuses is dropped.
    if (key === 'url' && typeof written === 'string' && !URL.canParse(written.trim(), 'https://relative.invalid/')) continue;
    const kept = written === null ? undefined : (written as string).trim();
    ok(out[key] === kept, () => `${where}.${key} is valid by the schema and was kept as ${JSON.stringify(kept)}, not ${JSON.stringify(out[key])}`);
  }
}

/** Kept items match, in order, the raw items they came from; every schema-valid raw item is among them. */
function expectKept(kind: ItemDef | 'source', raw: unknown[], kept: Raw[], valid: ValidateFunction, where: string, firstIds: Set<string>, sourceFields: string[] = []) {
  let next = 0;
  for (const [i, entry] of raw.entries()) {
    const out = kept[next];
    const same = Boolean(out) && isObject(entry) && LABELS[kind].every((k) => typeof entry[k] === 'string' && (entry[k] as string).trim() === out[k]);
    if (valid(entry)) ok(same, () => `${where}[${i}] is valid by the schema and was kept`);
    if (!same) continue;
    next++;
    if (kind === 'source') {
      if (valid(entry)) expectFields(entry as Raw, out, sourceFields, `${where}[${i}]`);
      continue;
    }
    const wanted = (entry as Raw).id;
    if (typeof wanted === 'string' && ID_PATTERN.test(wanted) && !firstIds.has(wanted)) {
      ok(out.id === wanted, () => `${where}[${i}] keeps its explicit id "${wanted}", not "${String(out.id)}"`);
    }
    if (typeof wanted === 'string') firstIds.add(wanted);
  }
  ok(next === kept.length, () => `${where}: no item appears that the content did not have`);
}

/** Checks one document; returns the problems for statistics. */
function check(doc: unknown): ContentProblem[] {
  const { value, problems } = validateGuide(doc);
  for (const problem of problems) {
    ok(resolves(doc, problem.path), () => `problem path "${problem.path}" resolves in the document`);
    ok(problem.message.length < 250, () => `a short message: ${problem.message}`);
  }
  if (!isObject(doc) || (doc.schemaVersion !== 1 && doc.schemaVersion !== 2)) {
    ok(value === undefined, () => 'no guide from a document that is not of schema version 1 or 2');
    return problems;
  }
  const version = doc.schemaVersion;
  ok(value !== undefined, () => `a schema version ${version} object always gives a guide`);
  const oracle = ORACLES[version];
  const validItem = oracle.item;
  const validSource = oracle.source;
  const validGuide = oracle.guide;
  const out = value as unknown as Raw;
  ok(out.schemaVersion === version, () => `the guide says it was read as version ${version}`);
  expectFields(doc, out, GUIDE_FIELDS, 'guide', oracle.fields);
  // The sources list's links, `#source-<id>`, are taken before any item's id.
  const firstIds = new Set(((out.sources as Raw[] | undefined) ?? []).filter((s) => s.id !== undefined).map((s) => `source-${String(s.id)}`));
  const ids: string[] = [];
  for (const key of Object.keys(SECTION_KINDS) as SectionKey[]) {
    if (!VERSION_SECTIONS[version].includes(key)) {
      ok(out[key] === undefined, () => `${key} is not a section of version ${version}: ignored`);
      continue;
    }
    const def = SECTION_KINDS[key] as ItemDef;
    const rawSection = doc[key];
    const items = (out[key] as { items: Raw[] } | undefined)?.items;
    if (isObject(rawSection) && Array.isArray(rawSection.items)) {
      ok(Array.isArray(items), () => `${key} is kept`);
      expectKept(def, rawSection.items, items!, validItem[def], `${key}.items`, firstIds);
    }
    for (const kept of items ?? []) {
      ok(validItem[def](kept), () => `${key}: every kept item matches the schema: ${JSON.stringify(kept)}`);
      ids.push(String(kept.id));
    }
  }
  ok(new Set(ids).size === ids.length, () => `ids are unique across the guide: ${ids}`);
  if (Array.isArray(doc.sources)) {
    const sources = out.sources as Raw[];
    expectKept('source', doc.sources, sources, validSource, 'sources', new Set(), oracle.sourceFields);
    const itemIds = new Set(ids);
    for (const kept of sources) ok(kept.id === undefined || !itemIds.has(`source-${String(kept.id)}`), () => `no item takes the link to source "${String(kept.id)}"`);
    for (const kept of sources) {
      const { url, ...rest } = kept;
      // The schema's URL pattern is coarser than the browser's parser, which the runtime follows.
      ok(url === undefined || safeUrl(url) !== undefined, () => `a kept URL is safe: ${String(url)}`);
      ok(validSource(rest), () => `every kept source matches the schema: ${JSON.stringify(kept)}`);
    }
  }
  const guideFieldsFine = !problems.some((p) => ['title', 'lang', 'id', 'lastReviewed'].includes(p.path));
  if (guideFieldsFine && !(out.sources as Raw[] | undefined)?.some((s) => s.url !== undefined)) {
    ok(validGuide(out), () => `the whole guide matches the schema: ${JSON.stringify(validGuide.errors)}`);
  }
  return problems;
}

/* Values no JSON parser makes, as a page's script can set them through the `guide` and `items` properties. */
function deep(depth: number): unknown {
  let value: unknown = [];
  for (let i = 0; i < depth; i++) value = [value];
  return value;
}
const strange = fc.anything({
  withBigInt: true, withBoxedValues: true, withMap: true, withSet: true, withObjectString: true,
  withNullPrototype: true, withDate: true, withTypedArray: true, withSparseArray: true, stringUnit: 'binary', maxDepth: 3,
});
/** Values fast-check cannot hold itself (it looks inside every value it generates), made inside the property. */
const SPECIAL: Record<string, () => unknown> = {
  trap: () => new Proxy({}, { get: () => { throw new Error('trap'); }, ownKeys: () => { throw new Error('trap'); } }),
  revoked: () => {
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    return proxy;
  },
  deep: () => deep(5_000),
  symbol: () => Symbol('s'),
  function: () => () => 1,
  'huge BigInt': () => 10n ** 400n,
  'megabyte string': () => 'x'.repeat(1 << 20),
};
const value = fc.oneof(strange.map((v) => () => v), fc.constantFrom(...Object.values(SPECIAL)));

/** A guide-shaped document with a strange value in a field, in an item, or a cycle back to itself. */
function plant(doc: unknown, key: string, value: unknown, where: string): Raw {
  const out: Raw = { ...(doc as Raw), schemaVersion: where === 'field' && key === 'schemaVersion' ? value : 2 };
  if (where === 'cycle') out[key] = out;
  else if (where === 'item') {
    out.faqs = { items: [{ question: 'Q', answer: 'A' }, { id: value, question: value, answer: value, sources: value }, value] };
    out.risks = { items: [{ title: 'R', frequency: value, sources: [value] }, { title: 'S', frequency: { band: value, count: value, per: value } }] };
    out.benefits = { items: [{ title: 'B', evidence: value }, { title: 'C', evidence: { level: value, note: value } }] };
  }
  else out[key] = value;
  return out;
}

describe(`validator properties (seed ${seed})`, () => {
  before(() => console.log(`fuzz seed ${seed}: set REPLAY_SEED in test/fuzz.test.ts to replay this run`));

  it(`keeps every schema-valid item of ${DOCUMENTS} generated documents, names only paths in them, and never throws`, function () {
    this.timeout(120_000);
    const started = performance.now();
    let problems = 0;
    fc.assert(fc.property(documents, (doc) => void (problems += check(doc).length)), { seed, numRuns: DOCUMENTS });
    console.log(`fuzz: ${DOCUMENTS} documents, ${problems} problems reported, ${Math.round(performance.now() - started)} ms`);
  });

  it('never throws on values no JSON parser makes, and keeps their messages short', function () {
    this.timeout(60_000);
    fc.assert(
      fc.property(
        guide,
        fc.constantFrom('schemaVersion', 'title', 'lang', 'faqs', 'sources', 'risks', 'benefits', 'research'),
        fc.constantFrom('field', 'item', 'cycle'),
        value,
        value,
        (doc, key, where, make, makeItems) => {
          const items = makeItems();
          for (const result of [validateGuide(plant(doc, key, make(), where)), validateItems('faq', items), validateItems('step', [items, doc])]) {
            for (const problem of result.problems) ok(problem.message.length < 250, () => `a short message: ${problem.message}`);
          }
        },
      ),
      { seed, numRuns: 1_000 },
    );
  });

  it('safeUrl returns the very string it checked, but a tel: or mailto: one without spaces, and never one a browser would open as anything but http(s), mailto or tel, or with a user name or password', function () {
    this.timeout(60_000);
    const space = fc.constantFrom('', ' ', '\t', '\n', '\u00a0', '\ufeff', '\u2028', '\u3000', '\u1680', '\u0000', '\u001f', '\u180e');
    const scheme = fc.constantFrom('javascript:', 'JavaScript:', 'java\tscript:', 'data:', 'vbscript:', 'https:', 'http://', 'mailto:', 'tel:', '//', '/', '', 'https://a@', '//a:b@', 'http:a@', '///a@', 'tel:+44 20 ', 'mailto:a@b.org?subject=a ', 'TEL: ');
    fc.assert(
      fc.property(space, space, scheme, fc.string({ maxLength: 8 }), space, (a, b, s, rest, z) => {
        const candidate = `${a}${b}${s}${rest}${z}`;
        const result = safeUrl(candidate);
        if (result === undefined) return;
        const trimmed = candidate.trim();
        if (!/^(?:tel|mailto):/i.test(trimmed)) expect(result).to.equal(trimmed);
        // A tel: or mailto: URL's spaces are dropped or written %20: the href holds none, and is itself safe as it is.
        expect(result, JSON.stringify(candidate)).not.to.match(/\s/u);
        expect(safeUrl(result), JSON.stringify(candidate)).to.equal(result);
        const anchor = document.createElement('a');
        anchor.href = result;
        // ':' is an href the browser cannot parse at all, such as "https:" alone: it opens nothing.
        expect(['http:', 'https:', 'mailto:', 'tel:', ':'], JSON.stringify(candidate)).to.include(anchor.protocol);
        expect(anchor.username + anchor.password, JSON.stringify(candidate)).to.equal('');
      }),
      { seed, numRuns: 2_000 },
    );
  });
});
