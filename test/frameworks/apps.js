import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

/**
 * Serves each framework test app as an app's bundler would build it: `/test/frameworks/<app>/app.bundle.js`
 * is `test/frameworks/<app>/app.*` bundled with its framework, compiled `.vue` and `.svelte` files,
 * and care-elements from src/ (through tsconfig's `paths`). The apps are bundles because React ships
 * CommonJS, and because React 18 must stand in for React 19 in the wrappers' own imports.
 */
const here = (path) => fileURLToPath(new URL(path, import.meta.url));

/** Every `care-*` tag is a custom element, as in the README's Vite and Nuxt config. */
export const isCustomElement = (tag) => tag.startsWith('care-');

const react18 = {
  react: here('./react18/node_modules/react'),
  'react-dom': here('./react18/node_modules/react-dom'),
};

/** `.vue` single-file components, compiled as `@vitejs/plugin-vue` would with the README's options. */
const vue = {
  name: 'vue-sfc',
  setup(esbuild) {
    esbuild.onLoad({ filter: /\.vue$/ }, async ({ path }) => {
      const { parse, compileScript } = await import('vue/compiler-sfc');
      const compilerOptions = { isCustomElement };
      const source = await readFile(path, 'utf8');
      const { descriptor, errors } = parse(source, { filename: path, templateParseOptions: compilerOptions });
      if (errors.length) return { errors: errors.map((error) => ({ text: String(error) })) };
      const script = compileScript(descriptor, {
        id: basename(path),
        inlineTemplate: true,
        templateOptions: { compilerOptions },
      });
      return { contents: script.content, loader: 'ts' };
    });
  },
};

/** `.svelte` components, compiled for the browser by Svelte 5. */
const svelte = {
  name: 'svelte',
  setup(esbuild) {
    esbuild.onLoad({ filter: /\.svelte$/ }, async ({ path }) => {
      const { compile } = await import('svelte/compiler');
      const { js } = compile(await readFile(path, 'utf8'), { filename: path, generate: 'client' });
      return { contents: js.code, loader: 'js' };
    });
  },
};

export function frameworkApps() {
  return {
    name: 'framework-apps',
    async serve(context) {
      const app = /^\/test\/frameworks\/(react19|react18|vue|svelte)\/app\.bundle\.js$/.exec(context.path)?.[1];
      if (!app) return undefined;
      const result = await build({
        entryPoints: [here(`./${app}/app.ts${app.startsWith('react') ? 'x' : ''}`)],
        bundle: true,
        write: false,
        format: 'esm',
        target: 'es2022',
        tsconfig: here('../../tsconfig.json'),
        alias: app === 'react18' ? react18 : {},
        define: {
          'process.env.NODE_ENV': '"development"',
          __VUE_OPTIONS_API__: 'false',
          __VUE_PROD_DEVTOOLS__: 'false',
          __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false',
        },
        plugins: [vue, svelte],
        logLevel: 'silent',
      });
      return { body: result.outputFiles[0].text, type: 'js' };
    },
  };
}
