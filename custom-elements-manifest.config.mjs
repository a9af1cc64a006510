import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { getTsProgram, typeParserPlugin } from '@wc-toolkit/type-parser';
import { frameworkFiles } from './scripts/framework-files.mjs';

/**
 * Reads the JSDoc of every public module in src/ into custom-elements.json, the one source for
 * Storybook docs, editors and framework types. Internal modules and styles are left out, and so is
 * every member that is not public API.
 */

/** The global tokens documented once, on the shared styles, as `@cssprop [--name=default] - description`. */
function globalTokens() {
  const source = readFileSync('src/styles/base.ts', 'utf8');
  return [...source.matchAll(/@cssprop \[(--[\w-]+)=(.+?)\] - (.+)/g)].map(([, name, defaultValue, description]) => ({
    name,
    default: defaultValue,
    description,
  }));
}

/** Names in a class's `static properties` that are internal reactive state (`state: true`). */
function stateProperties(ts, node) {
  const names = [];
  for (const member of node.members ?? []) {
    const isStatic = member.modifiers?.some((m) => m.kind === ts.SyntaxKind.StaticKeyword);
    if (!isStatic || member.name?.getText() !== 'properties' || !member.initializer) continue;
    for (const property of member.initializer.properties ?? []) {
      if (/\bstate:\s*true\b/.test(property.initializer?.getText() ?? '')) names.push(property.name.getText());
    }
  }
  return names;
}

/** The attributes a light-DOM data element declares in `static dataAttributes = [...]`. */
function dataAttributes(ts, node) {
  for (const member of node.members ?? []) {
    if (member.name?.getText() !== 'dataAttributes' || !member.initializer) continue;
    return member.initializer.elements?.filter(ts.isStringLiteral).map((literal) => literal.text) ?? [];
  }
  return undefined;
}

function publicSurface() {
  const state = new Map();
  const data = new Map();
  const styled = new Set();
  return {
    name: 'public-surface',
    analyzePhase({ ts, node, moduleDoc }) {
      if (ts.isImportDeclaration(node) && node.moduleSpecifier.text.endsWith('/styles/base.js')) styled.add(moduleDoc.path);
      if (!ts.isClassDeclaration(node) || !node.name) return;
      const key = `${moduleDoc.path}#${node.name.text}`;
      state.set(key, stateProperties(ts, node));
      const attributes = dataAttributes(ts, node);
      if (attributes) data.set(key, attributes);
    },
    packageLinkPhase({ customElementsManifest }) {
      const tokens = globalTokens();
      for (const module of customElementsManifest.modules) {
        for (const declaration of module.declarations ?? []) {
          if (declaration.kind !== 'class') continue;
          const key = `${module.path}#${declaration.name}`;
          const internal = new Set(state.get(key) ?? []);
          declaration.members = declaration.members?.filter(
            (member) =>
              !member.name.startsWith('#') &&
              (member.privacy ?? 'public') === 'public' &&
              !internal.has(member.name) &&
              member.name !== 'dataAttributes',
          );
          declaration.attributes = declaration.attributes?.filter((attribute) => !internal.has(attribute.fieldName));
          if (data.has(key)) {
            declaration.attributes = data.get(key).map((name) => {
              const member = declaration.members?.find((m) => m.name === name);
              return { name, fieldName: name, type: member?.type, description: member?.description };
            });
          }
          if (declaration.tagName && styled.has(module.path)) {
            declaration.cssProperties = [...(declaration.cssProperties ?? []), ...tokens];
          }
        }
      }
      // The analyzer lists modules in the order its file reads finish; sorting makes the file reproducible.
      customElementsManifest.modules.sort((a, b) => a.path.localeCompare(b.path));
    },
  };
}

export default {
  globs: ['src/**/*.ts'],
  // Node-only modules have no elements: their API is documented in the README.
  exclude: ['src/internal/**', 'src/styles/**', 'src/**/*.styles.ts', 'src/**/*.d.ts', 'src/react/**', 'src/server/**', 'src/cli/**'],
  outdir: '.',
  litelement: true,
  packagejson: true,
  // The type checker lets type-parser spell aliases such as `Severity` out as the values editors offer.
  overrideModuleCreation({ ts, globs }) {
    const files = new Set(globs.map((glob) => resolve(glob)));
    return getTsProgram(ts, globs, 'tsconfig.build.json')
      .getSourceFiles()
      .filter((file) => files.has(resolve(file.fileName)));
  },
  plugins: [typeParserPlugin(), publicSurface(), frameworkFiles()],
};
