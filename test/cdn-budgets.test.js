import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { describe, it } from 'node:test';
import { formatTable, gzipSizes, measure } from '../scripts/cdn-budgets.js';

const KB = 1024;
/** Code that gzip cannot shrink much, about `kb` KB of it once compressed. */
const code = (kb) => `export const x = "${randomBytes(Math.round(kb * KB)).toString('base64')}";`;
const chunk = (fileName, kb, { imports = [], dynamicImports = [], isEntry = false, isDynamicEntry = false } = {}) => ({
  type: 'chunk', fileName, code: code(kb), imports, dynamicImports, isEntry, isDynamicEntry,
});

/** A build like the CDN's: an entry over a shared chunk, and a language's words loaded on demand. */
function build({ wordsStatic = false } = {}) {
  const files = [
    chunk('faq.js', 3, { imports: ['shared.js', ...(wordsStatic ? ['es.js'] : [])], isEntry: true }),
    chunk('shared.js', 15, { dynamicImports: wordsStatic ? [] : ['es.js'] }),
    chunk('es.js', 0.6, { isDynamicEntry: !wordsStatic }),
  ];
  return Object.fromEntries(files.map((file) => [file.fileName, file]));
}

describe('CDN budgets', () => {
  it('count what a page pays for an entry, its imports included, and pass within the budget', () => {
    const bundle = build();
    const sizes = gzipSizes(bundle);
    const { entries } = measure(bundle, { budgets: { 'faq.js': 19 * KB }, defaultAim: 10 * KB });
    const [faq] = entries;
    assert.equal(faq.total, sizes['faq.js'] + sizes['shared.js']);
    assert.equal(faq.over, false);
    assert.equal(faq.aim, 10 * KB);
  });

  it('fail when a chunk loaded on demand becomes static, with headroom below the smallest such chunk', () => {
    const budgets = { 'faq.js': measure(build()).entries[0].total + 0.5 * KB };
    assert.equal(measure(build(), { budgets }).entries[0].over, false);
    assert.equal(measure(build({ wordsStatic: true }), { budgets }).entries[0].over, true);
  });

  it('count a chunk made static by what it adds merged into its importer, where it compresses better', () => {
    const shared = code(15);
    // Words much like the shared chunk's own: alone they cost far more than merged with it.
    const words = shared.slice(0, 2000).replace('export const x', 'export const y');
    const bundle = build();
    bundle['shared.js'].code = shared;
    bundle['es.js'].code = words;
    const { lazy, smallestLazy, entries } = measure(bundle);
    assert.ok(lazy[0].merged < lazy[0].own / 2, `${lazy[0].merged} merged, ${lazy[0].own} alone`);
    assert.equal(smallestLazy, lazy[0].merged);
    const between = measure(bundle, { budgets: { 'faq.js': entries[0].total + (lazy[0].merged + lazy[0].own) / 2 } });
    assert.deepEqual(between.loose.map((e) => e.file), ['faq.js'], 'headroom below the chunk alone, but not below what it adds merged');
  });

  it('say when a budget is too loose to catch such a chunk', () => {
    const total = measure(build()).entries[0].total;
    const tight = measure(build(), { budgets: { 'faq.js': total + 0.5 * KB } });
    const loose = measure(build(), { budgets: { 'faq.js': total + 0.7 * KB } });
    assert.deepEqual(tight.loose, []);
    assert.deepEqual(loose.loose.map((e) => e.file), ['faq.js']);
    assert.match(formatTable(loose), /note: faq\.js's headroom is not below what the smallest chunk loaded on demand adds when made static/);
    assert.doesNotMatch(formatTable(tight), /note:/);
  });
});
