import { writeFileSync } from 'node:fs';
import { generateJsxTypes } from '@wc-toolkit/jsx-types';
import { generateJetBrainsWebTypes } from 'custom-element-jet-brains-integration';
import { generateVsCodeCustomElementData } from 'custom-element-vs-code-integration';
import { generateVuejsTypes } from 'custom-element-vuejs-integration';

/**
 * Framework types and editor data, written from custom-elements.json by the ecosystem's generators
 * on every `npm run analyze`. `npm run check:manifest` regenerates and compares each of these files.
 */
export const GENERATED_FILES = [
  'types/jsx.d.ts',
  'types/vue.d.ts',
  'types/svelte.d.ts',
  'editors/vscode.html-custom-data.json',
  'editors/vscode.css-custom-data.json',
  'editors/web-types.json',
];

const elementsOf = (manifest) =>
  manifest.modules.flatMap((module) => (module.declarations ?? []).filter((d) => d.tagName).map((d) => [module, d]));

/**
 * The manifest as the generators read it. They import every export of an element's module from the
 * package, so only the element classes stay; they pair a property with its attribute through
 * `attribute`, which the CMS child tags' members lack; read-only getters are not settable props.
 */
function generatorView(manifest) {
  const view = structuredClone(manifest);
  for (const [module, declaration] of elementsOf(view)) {
    const classes = new Set(module.declarations.filter((d) => d.tagName).map((d) => d.name));
    module.exports = module.exports?.filter((e) => classes.has(e.declaration.name));
    declaration.members = declaration.members?.filter((member) => !member.readonly);
    for (const attribute of declaration.attributes ?? []) {
      const member = declaration.members?.find((m) => m.name === attribute.fieldName);
      if (!member) continue;
      member.attribute ??= attribute.name;
      attribute.parsedType ??= member.parsedType;
    }
  }
  return view;
}

/**
 * Svelte 5 types its markup through `svelte/elements`, whose conventions (properties by name, events as
 * `oncare-…` attributes) are the JSX types' own; the Svelte generator still writes Svelte 4's
 * `on:`/`bind:` into a module-scoped `svelteHTML` that no checker reads.
 */
const SVELTE_TYPES = `import type { CustomElements } from './jsx.js';

declare module 'svelte/elements' {
  interface SvelteHTMLElements extends CustomElements {}
}
`;

/**
 * Vue's generator wraps an event's type in `CustomEvent<…>` itself, so it gets the detail, as an inline
 * `import()` type that it neither imports twice nor at all. A property whose attribute has another
 * name is listed under both names: Vue's checker looks `heading-level` up as `headingLevel`.
 */
function forVue(view) {
  const copy = structuredClone(view);
  for (const [, declaration] of elementsOf(copy)) {
    for (const member of declaration.members ?? []) {
      if (member.attribute && member.attribute !== member.name) delete member.attribute;
    }
    for (const event of declaration.events ?? []) {
      const detail = /^CustomEvent<(\w+)>$/.exec(event.type?.text ?? '')?.[1];
      if (detail) event.type = { text: `import('care-elements').${detail}` };
    }
  }
  return copy;
}

/**
 * Editors list custom properties and `::part()`s for every stylesheet, not per element: each name once,
 * with every element's description when they differ. The global tokens are on every element.
 */
function forEditorCss(view) {
  const copy = structuredClone(view);
  for (const key of ['cssProperties', 'cssParts']) {
    const first = new Map();
    for (const [, declaration] of elementsOf(copy)) {
      for (const entry of declaration[key] ?? []) {
        if (!first.has(entry.name)) first.set(entry.name, { entry: { ...entry }, tag: declaration.tagName, by: [] });
        first.get(entry.name).by.push([declaration.tagName, entry.description]);
      }
      declaration[key] = declaration[key]?.filter((entry) => first.get(entry.name).tag === declaration.tagName);
      declaration[key] = declaration[key]?.map((entry) => first.get(entry.name).entry);
    }
    for (const { entry, by } of first.values()) {
      if (new Set(by.map(([, description]) => description)).size > 1) {
        entry.description = by.map(([tag, description]) => `\`<${tag}>\`: ${description}`).join('\n');
      }
    }
  }
  return copy;
}

/** Removes what type-parser added: custom-elements.json keeps the types as the source spells them. */
function dropParsedTypes(value) {
  if (Array.isArray(value)) value.forEach(dropParsedTypes);
  else if (value && typeof value === 'object') {
    delete value.parsedType;
    Object.values(value).forEach(dropParsedTypes);
  }
}

export function frameworkFiles() {
  return {
    name: 'framework-files',
    packageLinkPhase({ customElementsManifest }) {
      const view = generatorView(customElementsManifest);
      const quiet = { hideLogs: true };
      generateJsxTypes(structuredClone(view), {
        outdir: 'types',
        fileName: 'jsx.d.ts',
        globalTypePath: 'care-elements',
        stronglyTypedEvents: true,
      });
      generateVuejsTypes(forVue(view), { ...quiet, outdir: 'types', fileName: 'vue.d.ts', globalTypePath: 'care-elements' });
      writeFileSync('types/svelte.d.ts', SVELTE_TYPES);
      const editors = { ...quiet, outdir: 'editors', typesSrc: 'parsedType' };
      generateVsCodeCustomElementData(structuredClone(view), { ...editors, htmlFileName: 'vscode.html-custom-data.json', cssFileName: null });
      generateVsCodeCustomElementData(forEditorCss(view), { ...editors, htmlFileName: null, cssFileName: 'vscode.css-custom-data.json' });
      // One file for tags and CSS: each tag's description leaves its CSS out rather than list part of it.
      generateJetBrainsWebTypes(forEditorCss(view), {
        ...editors,
        webTypesFileName: 'web-types.json',
        hideCssPropertiesDocs: true,
        hideCssPartsDocs: true,
        packageJson: false,
      });
      dropParsedTypes(customElementsManifest);
    },
  };
}
