import { readFileSync, readdirSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join, relative } from 'node:path';
import minifyLiterals from '@lit-labs/rollup-plugin-minify-html-literals';
import json from '@rollup/plugin-json';
import resolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';
import type { Plugin, RollupOptions } from 'rollup';

/**
 * The CDN bundle with every element may not grow past this, minified and gzipped. 23 KB from schema
 * version 2 on: its validation and the frequency, evidence and citations every page shows cost 2 KB.
 */
const BUDGET_BYTES = 23 * 1024;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return path.endsWith('.ts') && !path.endsWith('.d.ts') ? [path] : [];
  });
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

/** Prints the bundle's min+gzip size on every build and fails the build past the budget. */
function sizeBudget(limit: number): Plugin {
  return {
    name: 'size-budget',
    generateBundle(_options, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk') continue;
        const size = gzipSync(chunk.code, { level: 9 }).length;
        const line = `${chunk.fileName}: ${(size / 1024).toFixed(2)} KB min+gzip (budget ${(limit / 1024).toFixed(0)} KB)`;
        if (size > limit) this.error(`size budget exceeded: ${line}`);
        console.log(`size: ${line}`);
      }
    },
  };
}

const modules: RollupOptions = {
  input: Object.fromEntries(
    sourceFiles('src').map((file) => [relative('src', file).replace(/\.ts$/, ''), file]),
  ),
  external: [/^lit(\/|$)/, /^@lit\//, /^tslib$/, /^react(\/|$)/, /^syllable$/],
  plugins: [
    json({ preferConst: true }),
    typescript({ tsconfig: './tsconfig.build.json', outputToFilesystem: true }),
    minifyLiterals({ options: { minifyOptions: { removeAttributeQuotes: true } } }),
    copyContentJson(),
  ],
  output: { dir: 'dist', format: 'es', preserveModules: true, preserveModulesRoot: 'src', entryFileNames: '[name].js' },
  // Type-only modules (content/types.ts) build to an empty file on purpose, so `content/*.js` still resolves for them.
  onwarn: (warning, warn) => warning.code === 'EMPTY_BUNDLE' || warn(warning),
};

const cdn: RollupOptions = {
  input: 'src/index.ts',
  plugins: [
    resolve({ exportConditions: ['production'] }),
    json({ preferConst: true }),
    typescript({ tsconfig: './tsconfig.build.json', declaration: false, outDir: 'dist/cdn', outputToFilesystem: true }),
    minifyLiterals({ options: { minifyOptions: { removeAttributeQuotes: true } } }),
    terser({ ecma: 2022, module: true, compress: { passes: 3, unsafe_arrows: true, unsafe_methods: true, pure_getters: true }, format: { comments: false } }),
    sizeBudget(BUDGET_BYTES),
    copyPreUpgradeCss(),
  ],
  // Each language's words are a chunk of their own, next to the bundle, loaded only by pages that show it.
  output: { dir: 'dist/cdn', format: 'es', entryFileNames: 'care-elements.js', chunkFileNames: 'strings/[name].js' },
};

export default [modules, cdn];
