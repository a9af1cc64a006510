import { generateJsxTypes } from '@wc-toolkit/jsx-types';
import { generateJetBrainsWebTypes } from 'custom-element-jet-brains-integration';
import { generateSvelteTypes } from 'custom-element-svelte-integration';
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
 * Vue's and Svelte's generators wrap an event's type in `CustomEvent<…>` themselves, so they get the
 * detail; as an inline `import()` type, which they neither import twice nor at all.
 */
function withDetailTypes(view) {
  const copy = structuredClone(view);
  for (const [, declaration] of elementsOf(copy)) {
    for (const event of declaration.events ?? []) {
      const detail = /^CustomEvent<(\w+)>$/.exec(event.type?.text ?? '')?.[1];
      if (detail) event.type = { text: `import('care-elements').${detail}` };
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
      generateVuejsTypes(withDetailTypes(view), { ...quiet, outdir: 'types', fileName: 'vue.d.ts', globalTypePath: 'care-elements' });
      generateSvelteTypes(withDetailTypes(view), { ...quiet, outdir: 'types', fileName: 'svelte.d.ts', globalTypePath: 'care-elements' });
      generateVsCodeCustomElementData(structuredClone(view), {
        ...quiet,
        outdir: 'editors',
        htmlFileName: 'vscode.html-custom-data.json',
        cssFileName: 'vscode.css-custom-data.json',
        typesSrc: 'parsedType',
      });
      generateJetBrainsWebTypes(structuredClone(view), {
        ...quiet,
        outdir: 'editors',
        webTypesFileName: 'web-types.json',
        typesSrc: 'parsedType',
        packageJson: false,
      });
      dropParsedTypes(customElementsManifest);
    },
  };
}
