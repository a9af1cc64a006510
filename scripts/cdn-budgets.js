import { gzipSync } from 'node:zlib';

/**
 * What a page pays for each CDN entry: the gzip bytes of the entry and of every file it imports
 * statically, transitively, each file compressed on its own as a server sends it. Code behind a
 * dynamic `import()` is loaded only by the pages that use it, so it is listed apart and outside
 * the budgets.
 *
 * A budget is a ceiling that catches what nobody meant: a chunk loaded on demand made static, a
 * dependency or Lit's development build pulled in, one element's code moved into every page. Its
 * headroom over today's figure is kept below what the smallest chunk loaded on demand would add
 * made static (merged into the chunk that imports it, where it compresses better than alone), so
 * that any of these fails the build, and the table says when it is not. Each entry's aim is
 * printed beside it.
 */

const KB = 1024;
const kb = (bytes) => `${(bytes / KB).toFixed(2)} KB`;

/** gzip bytes of every JavaScript file of a Rollup output bundle, by file name. */
export function gzipSizes(bundle) {
  return Object.fromEntries(
    Object.values(bundle)
      .filter((file) => file.type === 'chunk')
      .map((chunk) => [chunk.fileName, gzipSync(chunk.code, { level: 9 }).length]),
  );
}

/** The file and everything it imports statically, transitively. */
export function staticClosure(bundle, fileName, seen = new Set()) {
  if (seen.has(fileName)) return seen;
  seen.add(fileName);
  for (const imported of bundle[fileName]?.imports ?? []) staticClosure(bundle, imported, seen);
  return seen;
}

/**
 * One row per entry with its own size, what a page pays for it, its budget and its aim; then one row
 * per file loaded only on demand with what it adds to the entries that import it.
 * `budgets` and `aims` map an entry's file name to bytes; `defaultBudget` and `defaultAim` apply to the rest.
 */
export function measure(bundle, { budgets = {}, defaultBudget, aims = {}, defaultAim } = {}) {
  const sizes = gzipSizes(bundle);
  const sum = (files) => [...files].reduce((total, file) => total + (sizes[file] ?? 0), 0);
  const chunks = Object.values(bundle).filter((file) => file.type === 'chunk');
  const entries = chunks
    .filter((chunk) => chunk.isEntry)
    .map((chunk) => {
      const closure = staticClosure(bundle, chunk.fileName);
      const budget = budgets[chunk.fileName] ?? defaultBudget;
      const total = sum(closure);
      const aim = aims[chunk.fileName] ?? defaultAim;
      return { file: chunk.fileName, own: sizes[chunk.fileName], total, files: closure.size, budget, over: budget != null && total > budget, aim };
    })
    .sort((a, b) => (a.budget ?? Infinity) - (b.budget ?? Infinity) || a.file.localeCompare(b.file));
  const lazy = chunks
    .filter((chunk) => chunk.isDynamicEntry && !chunk.isEntry)
    .map((chunk) => {
      const importers = chunks.filter((c) => c.dynamicImports.includes(chunk.fileName));
      const already = new Set(importers.flatMap((c) => [...staticClosure(bundle, c.fileName)]));
      const adds = [...staticClosure(bundle, chunk.fileName)].filter((file) => !already.has(file));
      // Made static, Rollup merges a chunk into the one that imports it, where it compresses with that one's code.
      const merged = Math.min(...importers.map((c) => gzipSync(c.code + chunk.code, { level: 9 }).length - sizes[c.fileName]));
      return { file: chunk.fileName, own: sizes[chunk.fileName], adds: sum(adds), merged, by: importers.map((c) => c.fileName) };
    });
  const shared = chunks
    .filter((chunk) => !chunk.isEntry && !chunk.isDynamicEntry)
    .map((chunk) => ({ file: chunk.fileName, own: sizes[chunk.fileName] }));
  const smallestLazy = lazy.length ? Math.min(...lazy.map((l) => l.merged)) : undefined;
  const loose = smallestLazy == null ? [] : entries.filter((e) => e.budget != null && e.budget - e.total >= smallestLazy);
  return { entries, lazy, shared, all: sum(Object.keys(sizes)), smallestLazy, loose };
}

/** The table every build prints, under a title. */
export function formatTable({ entries, lazy, shared, all, smallestLazy, loose = [] }, title = 'CDN') {
  const width = Math.max(28, ...[...entries, ...lazy, ...shared].map((row) => row.file.length + 2));
  const line = (cells) => cells.map((cell, i) => (i === 0 ? cell.padEnd(width) : cell.padStart(12))).join('');
  const optional = (bytes) => (bytes == null ? '–' : kb(bytes));
  const rows = [
    `${title}: what a page pays, min+gzip (the entry and every file it imports)`,
    line(['entry', 'own', 'page pays', 'budget', 'headroom', 'aim', '']),
    ...entries.map((e) =>
      line([
        e.file,
        kb(e.own),
        kb(e.total),
        optional(e.budget),
        e.budget == null ? '–' : kb(e.budget - e.total),
        optional(e.aim),
        e.over ? '  OVER' : e.budget == null ? '' : '  ok',
      ]),
    ),
    ...(shared.length ? ['shared chunks (downloaded once per page, whichever entries need them)'] : []),
    ...shared.map((s) => line([`  ${s.file}`, kb(s.own)])),
    'loaded only when used (dynamic import(), outside the budgets)',
    ...(lazy.length ? lazy.map((l) => line([`  ${l.file}`, kb(l.own), `+${kb(l.adds)}`, '', `  by ${l.by.join(', ')}`])) : ['  none']),
    line(['every file of this build', '', kb(all)]),
    ...loose.map((e) => `note: ${e.file}'s headroom is not below what the smallest chunk loaded on demand adds when made static (${kb(smallestLazy)}): it would pass unseen`),
  ];
  return rows.join('\n');
}

/**
 * A Rollup plugin that prints the table on every build and fails the build past a budget, unless
 * CDN_BUDGETS=warn: the planted bugs of `npm run test:mutations` may add bytes, and are built to be tested.
 */
export function cdnBudgets(options) {
  return {
    name: 'cdn-budgets',
    generateBundle(_output, bundle) {
      const result = measure(bundle, options);
      console.log(formatTable(result, options.title));
      const over = result.entries.filter((e) => e.over);
      if (!over.length) return;
      const message = `CDN budget exceeded: ${over.map((e) => `${e.file} ${kb(e.total)} > ${kb(e.budget)}`).join('; ')}`;
      if (process.env.CDN_BUDGETS === 'warn') this.warn(message);
      else this.error(message);
    },
  };
}
