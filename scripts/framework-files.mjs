import { readFileSync, writeFileSync } from 'node:fs';
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
 * `oncare-…` attributes) are the JSX types' own, with Svelte's attributes of an element for the rest.
 * The Svelte generator still writes Svelte 4's `on:`/`bind:` into a module-scoped `svelteHTML` that no
 * checker reads.
 */
const SVELTE_TYPES = `import type { HTMLAttributes } from 'svelte/elements';
import type { CustomElements, CustomElementsWith } from './jsx.js';

declare module 'svelte/elements' {
  interface SvelteHTMLElements
    extends CustomElementsWith<{ [Tag in keyof CustomElements]: HTMLAttributes<HTMLElementTagNameMap[Tag]> }> {}
}
`;

/**
 * The JSX generator gives every tag a framework-neutral `BaseProps` (a `ref` that takes no ref object,
 * `style` as a plain record, no ARIA or DOM events), which is neither React's nor Svelte's typing of an
 * element, and no option of its own changes that per framework. `CustomElementsWith` keeps each tag's own
 * props and events as generated and takes every other attribute from the framework's own typing of the
 * element: React's here, Svelte's in SVELTE_TYPES. Preact, Solid and Stencil keep the generator's types.
 */
const CUSTOM_ELEMENTS_WITH = `/** The keys of a tag's own props and events: all but the neutral \`BaseProps\`. */
type OwnKeys<Tag extends keyof CustomElements> = Exclude<keyof CustomElements[Tag], keyof BaseProps<HTMLElement>>;

/**
 * Every tag with its own props and events, and \`Attributes[tag]\`, a framework's own attributes of
 * the tag's element (such as React's \`HTMLAttributes\`), in place of the neutral \`BaseProps\`.
 */
export type CustomElementsWith<Attributes extends { [Tag in keyof CustomElements]: object }> = {
  [Tag in keyof CustomElements]: Pick<CustomElements[Tag], OwnKeys<Tag>> & Omit<Attributes[Tag], OwnKeys<Tag>>;
};
`;

/**
 * React's attributes and `ref` for each tag, and `class`, which React 19 sets on a custom element as it
 * does `className`. The two interfaces, empty, merge into React's own, and let the block stand in a
 * project without React's types. `react/jsx-runtime` and `react/jsx-dev-runtime` export React's own
 * `JSX`, so the generator's second declaration of the tags there would conflict with this one.
 */
const REACT_JSX = `declare module "react" {
  namespace JSX {
    interface IntrinsicElements
      extends CustomElementsWith<{
        [Tag in keyof CustomElements]: HTMLAttributes<HTMLElementTagNameMap[Tag]> &
          RefAttributes<HTMLElementTagNameMap[Tag]> &
          Pick<BaseProps<HTMLElementTagNameMap[Tag]>, "class">;
      }> {}
  }
  interface HTMLAttributes<T> {}
  interface RefAttributes<T> {}
`;

const jsxBlock = (module) => `declare module "${module}" {
  namespace JSX {
    interface IntrinsicElements extends CustomElements {}
  }
`;

/** Replaces the one `find` of the generator's output; says so loudly when the generator changed it. */
function replaceOnce(text, find, replacement) {
  const at = text.indexOf(find);
  if (at < 0 || text.indexOf(find, at + 1) >= 0) throw new Error(`framework-files: the JSX types no longer have one ${JSON.stringify(find)}`);
  return text.slice(0, at) + replacement + text.slice(at + find.length);
}

function withFrameworkAttributes(jsx) {
  let text = replaceOnce(jsx, jsxBlock('react'), `${CUSTOM_ELEMENTS_WITH}\n${REACT_JSX}`);
  for (const runtime of ['react/jsx-runtime', 'react/jsx-dev-runtime']) {
    text = replaceOnce(text, jsxBlock(runtime), `declare module "${runtime}" {\n`);
  }
  return text;
}

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

/** The members of a union type written as text, split at each `|` outside brackets and quotes (the `>` of a function's `=>` closes none). */
function unionMembers(type) {
  const members = [''];
  let depth = 0;
  let quote;
  let previous = '';
  for (const char of type) {
    if (quote) quote = char === quote ? undefined : quote;
    else if (char === "'" || char === '"' || char === '`') quote = char;
    else if (!(char === '>' && previous === '=')) depth += { '(': 1, '[': 1, '{': 1, '<': 1, ')': -1, ']': -1, '}': -1, '>': -1 }[char] ?? 0;
    if (char === '|' && depth === 0 && !quote) members.push('');
    else members[members.length - 1] += char;
    previous = char;
  }
  return members.map((member) => member.trim());
}

/**
 * An attribute's value in HTML is a string, never null or undefined: editors show the type it is read
 * as, without the `null | … | undefined` its property may also hold when set from a script.
 */
function forAttributes(view) {
  const copy = structuredClone(view);
  for (const [, declaration] of elementsOf(copy)) {
    for (const attribute of declaration.attributes ?? []) {
      for (const key of ['type', 'parsedType']) {
        const text = attribute[key]?.text;
        if (!text) continue;
        const members = unionMembers(text).filter((member) => member !== 'null' && member !== 'undefined');
        // A new object: the attribute may share its type with its property, whose type stays as written.
        attribute[key] = { ...attribute[key], text: members.join(' | ') || 'string' };
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
      writeFileSync('types/jsx.d.ts', withFrameworkAttributes(readFileSync('types/jsx.d.ts', 'utf8')));
      generateVuejsTypes(forVue(view), { ...quiet, outdir: 'types', fileName: 'vue.d.ts', globalTypePath: 'care-elements' });
      writeFileSync('types/svelte.d.ts', SVELTE_TYPES);
      const editors = { ...quiet, outdir: 'editors', typesSrc: 'parsedType' };
      generateVsCodeCustomElementData(structuredClone(view), { ...editors, htmlFileName: 'vscode.html-custom-data.json', cssFileName: null });
      generateVsCodeCustomElementData(forEditorCss(view), { ...editors, htmlFileName: null, cssFileName: 'vscode.css-custom-data.json' });
      // One file for tags and CSS: each tag's description leaves its CSS out rather than list part of it.
      generateJetBrainsWebTypes(forEditorCss(forAttributes(view)), {
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
