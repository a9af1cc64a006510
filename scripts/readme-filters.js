import { readFileSync, writeFileSync } from 'node:fs';
import { drupalAllowedHtml } from './drupal-allowed-html.js';

/**
 * Writes the README's HTML-filter settings (DOMPurify's lists, WordPress's kses filter, Drupal's
 * allowed-tags line) from custom-elements.json, so every element and attribute is named. Run by
 * `npm run analyze`; test/sanitizers.test.ts checks the README against the manifest.
 */
const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
const elements = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.tagName);
const tags = elements.map((d) => d.tagName).sort();
const attributes = [...new Set(elements.flatMap((d) => (d.attributes ?? []).map((a) => a.name)))].sort();
const quoted = (names) => names.map((name) => `'${name}'`).join(', ');

const readme = readFileSync('README.md', 'utf8');
const written = readme
  .replace(/ADD_TAGS: \[[^\]]*\]/, `ADD_TAGS: [${quoted(tags)}]`)
  .replace(/ADD_ATTR: \[[^\]]*\]/, `ADD_ATTR: [${quoted(attributes)}]`)
  .replace(/\$attributes = array\( [^)]*\);/, `$attributes = array( ${quoted(['id', ...attributes])} );`)
  .replace(/foreach \( array\( [^)]*\) as \$tag \)/, `foreach ( array( ${quoted(tags)} ) as $tag )`)
  .replace(/```text\n<care-[^\n]*\n```/, `\`\`\`text\n${drupalAllowedHtml(manifest)}\n\`\`\``);
if (written !== readme) {
  writeFileSync('README.md', written);
  console.log('README.md: HTML-filter settings rewritten from custom-elements.json.');
}
