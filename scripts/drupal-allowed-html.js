/**
 * Prints the line that lets the elements through a Drupal text format: the "Allowed HTML tags"
 * of its "Limit allowed HTML tags and correct faulty HTML" filter, or with CKEditor 5 the
 * "Manually editable HTML tags" of its Source editing plugin. Read from custom-elements.json, so
 * every element and attribute the package has is named. Usage: npm run drupal:allowed-html
 */

/** Markup the README's examples put in named slots: the heading as a span, an FAQ question as strong. */
const SLOTTED = ['<span slot>', '<strong slot>'];

/** The allowed-tags line for a custom-elements.json manifest: each element with its attributes and `id`. */
export function drupalAllowedHtml(manifest) {
  const elements = manifest.modules
    .flatMap((module) => module.declarations ?? [])
    .filter((declaration) => declaration.tagName)
    .map(({ tagName, attributes = [] }) => `<${[tagName, ...attributes.map((a) => a.name), 'id'].join(' ')}>`);
  return [...elements, ...SLOTTED].join(' ');
}

const script = globalThis.process?.argv[1]?.replace(/\\/g, '/');
if (script && import.meta.url.endsWith(script)) {
  const { readFileSync } = await import('node:fs');
  console.log(drupalAllowedHtml(JSON.parse(readFileSync(new URL('../custom-elements.json', import.meta.url), 'utf8'))));
}
