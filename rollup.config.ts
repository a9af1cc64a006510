import { existsSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join, relative, resolve as resolvePath, sep } from 'node:path';
import minifyLiterals from '@lit-labs/rollup-plugin-minify-html-literals';
import { defaultMinifyOptions, defaultStrategy } from '@lit-labs/rollup-plugin-minify-html-literals/lib/strategy.js';
import json from '@rollup/plugin-json';
import resolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';
import type { ManualChunkMeta, Plugin, PreRenderedChunk, RollupOptions } from 'rollup';
import { cdnBudgets } from './scripts/cdn-budgets.js';

const KB = 1024;

/**
 * What a page may pay for an entry, min+gzip with everything it imports statically: ceilings a
 * fifth to a third of a KB over today's figures, below what the smallest chunk loaded on demand (one
 * language's words, 0.6 KB alone) adds when made static, about 0.4 KB, so a chunk made static, a dependency pulled in or one element's code moved into the
 * shared chunk fails the build, while a fix of a few lines does not. A raise is argued where it is
 * made, in its commit. The aims, 10 KB for one element and 20 KB for all, are printed beside them: Lit with
 * @lit/context (6.3 KB) and the code most elements share (12.6 KB: validation of schema versions 1
 * and 2, children, strings, styles, links, text direction, the checks of attributes) leave no room
 * for them.
 */
const ALL_BUDGET = 29.875 * KB;
const ALL_AIM = 20 * KB;
const ELEMENT_AIM = 10 * KB;
/**
 * The hydrating bundle carries Lit's hydration support as well, 1.6 KB, and the FAQ's search (1.5 KB),
 * which the other bundles fetch when used: a server-rendered FAQ's first render must match its markup.
 */
const HYDRATE_BUDGET = 32.625 * KB;
/**
 * Each element's own: the FAQ's and the guide's own code is the most of any element's, 4.2 and 3.7 KB
 * over the shared chunk (the accordion, deep links and the loading of its search; fetching `src` and
 * the loading of JSON-LD). An element with no line here is held to the aim, so it gets one on purpose.
 */
const ELEMENT_BUDGETS = {
  'faq-accordion.js': 23.375 * KB,
  'guide.js': 22.75 * KB,
  'procedure-timeline.js': 21.625 * KB,
  'risk-list.js': 21.5 * KB,
  'review-note.js': 21.25 * KB,
  'benefits-card.js': 20.875 * KB,
  'guide-header.js': 20.625 * KB,
  'topic-list.js': 20.25 * KB,
};

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return path.endsWith('.ts') && !path.endsWith('.d.ts') ? [path] : [];
  });
}

/**
 * Minifies Lit templates. Where Lit's static-html puts an expression in a tag name (`<${tag}>`),
 * the minifier's usual placeholder is not a valid tag name and it gives up on the whole file, so
 * such a template gets a placeholder that is a valid name in every position.
 */
function minifyTemplates(): Plugin {
  const staticTag = /<\/?$/;
  const strategy: typeof defaultStrategy = {
    ...defaultStrategy,
    getPlaceholder(parts) {
      if (!parts.some((part) => staticTag.test(part.text))) return defaultStrategy.getPlaceholder(parts);
      let placeholder = 'lit-static-expression';
      while (parts.some((part) => part.text.includes(placeholder))) placeholder += '-x';
      return placeholder;
    },
  };
  return minifyLiterals({ options: { strategy, minifyOptions: { ...defaultMinifyOptions, removeAttributeQuotes: true } } });
}

/** Ships the JSON Schema and content packs as files, for CMSs and `<care-guide src>`. */
function copyContentJson(): Plugin {
  return {
    name: 'copy-content-json',
    generateBundle() {
      for (const name of readdirSync('src/content').filter((n) => n.endsWith('.json'))) {
        this.emitFile({ type: 'asset', fileName: `content/${name}`, source: readFileSync(join('src/content', name)) });
      }
    },
  };
}

/** Ships the optional pre-upgrade stylesheet beside the CDN bundle, as `dist/cdn/care-elements.css`. */
function copyPreUpgradeCss(): Plugin {
  return {
    name: 'copy-pre-upgrade-css',
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: 'care-elements.css', source: readFileSync('src/styles/pre-upgrade.css') });
    },
  };
}

/** Node-only code, built by its own entry below. */
const NODE_ONLY = /^src[\\/](server|cli)[\\/]/;

const modules: RollupOptions = {
  input: Object.fromEntries(
    sourceFiles('src')
      .filter((file) => !NODE_ONLY.test(file))
      .map((file) => [relative('src', file).replace(/\.ts$/, ''), file]),
  ),
  external: [/^lit(\/|$)/, /^@lit\//, /^@lit-labs\//, /^tslib$/, /^react(\/|$)/, /^syllable$/],
  plugins: [
    json({ preferConst: true }),
    typescript({ tsconfig: './tsconfig.build.json', outputToFilesystem: true }),
    minifyTemplates(),
    copyContentJson(),
  ],
  output: { dir: 'dist', format: 'es', preserveModules: true, preserveModulesRoot: 'src', entryFileNames: '[name].js' },
  // Type-only modules (content/types.ts) build to an empty file on purpose, so `content/*.js` still resolves for them.
  onwarn: (warning, warn) => warning.code === 'EMPTY_BUNDLE' || warn(warning),
};

/** Empties a folder before the build writes it, so no chunk of an earlier build is left to publish. */
function cleanFolder(dir: string): Plugin {
  return { name: 'clean-folder', buildStart: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Every element folder: its `define.ts` registers the element and its child tags (internal/'s is the helper they call). */
const elements = readdirSync('src').filter((name) => name !== 'internal' && existsSync(join('src', name, 'define.ts')));

const elementEntries = new Set(elements.map((name) => resolvePath('src', name, 'define.ts')));

/**
 * Code that most elements use, Lit included, goes in one shared chunk: a page pays for few files,
 * and one file compresses better than many. Code a few elements use gets a chunk of its own for
 * them (Rollup's default), and code of one element stays in its entry.
 */
function sharedChunk(id: string, { getModuleInfo }: ManualChunkMeta): string | undefined {
  const users = new Set<string>();
  const seen = new Set<string>();
  const walk = (module: string) => {
    if (seen.has(module)) return;
    seen.add(module);
    if (elementEntries.has(module)) users.add(module);
    else getModuleInfo(module)?.importers.forEach(walk);
  };
  walk(id);
  return users.size > elementEntries.size / 2 ? 'shared' : undefined;
}

/**
 * Each language's words are a chunk of their own, `strings/<lang>.js`, loaded only by pages that show
 * it; other chunks, the FAQ's search among them, are `chunks/<module>-<hash>.js`.
 */
const chunkName = (chunk: PreRenderedChunk) =>
  chunk.facadeModuleId?.includes(`${sep}src${sep}strings${sep}`) ? 'strings/[name].js' : 'chunks/[name]-[hash].js';

/** The plugins both CDN builds share: Lit resolved for production, templates and code minified. */
const cdnPlugins = (): Plugin[] => [
  resolve({ exportConditions: ['production'] }),
  json({ preferConst: true }),
  typescript({ tsconfig: './tsconfig.build.json', declaration: false, outDir: 'dist/cdn', outputToFilesystem: true }),
  minifyTemplates(),
  terser({ ecma: 2022, module: true, compress: { passes: 3 }, format: { comments: false } }),
];

/**
 * `dist/cdn/care-elements.js`: every element in one self-contained file with Lit inside, so one
 * `integrity` hash covers it; only code a page may not need (other languages' words, the FAQ's
 * search, a guide's JSON-LD) is fetched beside it when used.
 */
const cdnAll: RollupOptions = {
  input: { 'care-elements': 'src/index.ts' },
  plugins: [
    cleanFolder('dist/cdn'),
    ...cdnPlugins(),
    cdnBudgets({
      title: 'care-elements.js, every element in one file',
      budgets: { 'care-elements.js': ALL_BUDGET },
      aims: { 'care-elements.js': ALL_AIM },
    }),
    copyPreUpgradeCss(),
  ],
  output: { dir: 'dist/cdn', format: 'es', entryFileNames: '[name].js', chunkFileNames: chunkName },
  // Chunks loaded later import what they need from care-elements.js itself, which so stays one file, not a facade.
  preserveEntrySignatures: 'allow-extension',
};

/**
 * `dist/cdn/<element>.js`: one element and its child tags each. They import the code two or more of
 * them use, Lit included, from one shared chunk by relative URL, so a page that loads two of them
 * downloads it once. Chunk names carry a content hash, so an entry never meets a chunk of another
 * version.
 */
const cdnElements: RollupOptions = {
  input: Object.fromEntries(elements.map((name) => [name, `src/${name}/define.ts`])),
  plugins: [
    ...cdnPlugins(),
    cdnBudgets({
      title: 'one file per element, over shared chunks',
      budgets: ELEMENT_BUDGETS,
      defaultBudget: ELEMENT_AIM,
      defaultAim: ELEMENT_AIM,
    }),
  ],
  output: { dir: 'dist/cdn', format: 'es', entryFileNames: '[name].js', chunkFileNames: chunkName, manualChunks: sharedChunk },
};

/** The same bundle with Lit's hydration support first, for pages rendered on the server; one copy of Lit, so one Trusted Types policy. */
const cdnHydrate: RollupOptions = {
  input: { 'care-elements-hydrate': 'src/hydrate.ts' },
  plugins: [...cdnPlugins(), cdnBudgets({ title: 'care-elements-hydrate.js, for server-rendered pages', budgets: { 'care-elements-hydrate.js': HYDRATE_BUDGET } })],
  // Its lazily loaded chunks import from it, so they are its own, beside the plain bundle's.
  output: { dir: 'dist/cdn', format: 'es', entryFileNames: '[name].js', chunkFileNames: (chunk) => `hydrate/${chunkName(chunk)}` },
  preserveEntrySignatures: 'allow-extension',
};

/**
 * `care-elements/server` and the `care-elements` command, for Node. Imports of the elements and the
 * content model stay imports of the modules built above (dist mirrors src); markup stays unminified.
 */
const server: RollupOptions = {
  input: { 'server/index': 'src/server/index.ts', 'cli/main': 'src/cli/main.ts' },
  external: (id, importer) =>
    /^(node:|lit(\/|$)|@lit\/|@lit-labs\/|schema-dts$)/.test(id) ||
    Boolean(importer && id.startsWith('.') && !NODE_ONLY.test(relative('.', join(importer, '..', id)))),
  makeAbsoluteExternalsRelative: false,
  plugins: [typescript({ tsconfig: './tsconfig.build.json', outputToFilesystem: true })],
  output: { dir: 'dist', format: 'es', preserveModules: true, preserveModulesRoot: 'src', entryFileNames: '[name].js' },
};

// cdnAll empties dist/cdn first, so it builds before the other CDN outputs.
export default [modules, cdnAll, cdnElements, cdnHydrate, server];
