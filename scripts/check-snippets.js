import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Fails when a tsx, vue or svelte snippet of the README's "Use with a framework" is not in a file of
 * test/frameworks, where the tests render and type-check it. A `// …` line separates excerpts.
 */
const readme = readFileSync('README.md', 'utf8');
const section = readme.slice(readme.indexOf('## Use with a framework'), readme.indexOf('\n## ', readme.indexOf('## Use with a framework') + 1));
const files = (dir) =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : files(path);
    return /\.(tsx?|vue|svelte)$/.test(entry.name) ? [path] : [];
  });
const sources = files('test/frameworks').map((path) => readFileSync(path, 'utf8'));
const snippets = [...section.matchAll(/```(tsx|vue|svelte)\n([\s\S]*?)```/g)].map(([, lang, code]) => ({ lang, code }));
const missing = snippets.flatMap(({ lang, code }) =>
  code
    .split(/^\/\/ …\n/m)
    .filter((excerpt) => !sources.some((source) => source.includes(excerpt)))
    .map((excerpt) => `${lang}: ${excerpt.split('\n')[0]}`),
);
if (snippets.length === 0) missing.push('no tsx, vue or svelte snippet found');
if (missing.length) {
  console.error(`README snippets not found in test/frameworks:\n  ${missing.join('\n  ')}`);
  process.exit(1);
}
console.log(`README: ${snippets.length} framework snippets are the tested apps' own code.`);
