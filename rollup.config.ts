import { existsSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join, relative, resolve as resolvePath } from 'node:path';
import minifyLiterals from '@lit-labs/rollup-plugin-minify-html-literals';
import { defaultMinifyOptions, defaultStrategy } from '@lit-labs/rollup-plugin-minify-html-literals/lib/strategy.js';
import json from '@rollup/plugin-json';
import resolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';
import type { ManualChunkMeta, Plugin, RollupOptions } from 'rollup';
import { cdnBudgets } from './scripts/cdn-budgets.js';

const KB = 1024;

/**
 * What a page may pay for an entry, min+gzip with everything it imports. The aim is 10 KB for one
 * element and 20 KB for all; Lit and the code every element shares already weigh 11.7 KB.
 */
const BUDGETS = { 'faq-accordion.js': 15.5 * KB, 'care-elements.js': 23 * KB };
const ELEMENT_BUDGET = 14 * KB;

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

const modules: RollupOptions = {
  input: Object.fromEntries(
    sourceFiles('src').map((file) => [relative('src', file).replace(/\.ts$/, ''), file]),
  ),
  external: [/^lit(\/|$)/, /^@lit\//, /^tslib$/],
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
 * Code that two or more elements use, Lit included, goes in one shared chunk: a page pays for a
 * few files, and each compresses better than many small ones. Code one element uses stays in that
 * element's entry.
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
  return users.size > 1 ? 'shared' : undefined;
}

/**
 * `dist/cdn/`: `care-elements.js` registers everything; `<element>.js` registers one element and
 * its child tags. All import the same shared chunks by relative URL, so a page that loads two
 * entries downloads each chunk once. Chunk names carry a content hash, so an entry never meets a
 * chunk from another version.
 */
const cdn: RollupOptions = {
  input: {
    'care-elements': 'src/index.ts',
    ...Object.fromEntries(elements.map((name) => [name, `src/${name}/define.ts`])),
  },
  plugins: [
    cleanFolder('dist/cdn'),
    resolve({ exportConditions: ['production'] }),
    json({ preferConst: true }),
    typescript({ tsconfig: './tsconfig.build.json', declaration: false, outDir: 'dist/cdn', outputToFilesystem: true }),
    minifyTemplates(),
    terser({ ecma: 2022, module: true, compress: { passes: 3 }, format: { comments: false } }),
    cdnBudgets({ budgets: BUDGETS, defaultBudget: ELEMENT_BUDGET }),
  ],
  output: {
    dir: 'dist/cdn',
    format: 'es',
    entryFileNames: '[name].js',
    chunkFileNames: 'chunks/[name]-[hash].js',
    manualChunks: sharedChunk,
  },
};

export default [modules, cdn];
