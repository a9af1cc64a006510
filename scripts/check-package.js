import { existsSync, readFileSync } from 'node:fs';

/** Fails when an entry of the package's exports map points at a file the build did not write. */
const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
/** A wildcard entry is checked with the built-in content pack. */
const SAMPLE = 'stem-cell-injection-back-pain';
const missing = [];
let checked = 0;
for (const [entry, target] of Object.entries(pkg.exports)) {
  for (const path of typeof target === 'string' ? [target] : Object.values(target)) {
    const file = path.replace('*', SAMPLE);
    checked++;
    if (!existsSync(file)) missing.push(`${entry} → ${file}`);
  }
}
if (!existsSync('dist/content/care-guide.schema.json')) missing.push('./content/care-guide.schema.json');
if (missing.length) {
  console.error(`package exports point at missing files:\n  ${missing.join('\n  ')}`);
  process.exit(1);
}
console.log(`package exports: ${checked} targets exist.`);
