import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Fails when the Storybook introduction's page snippet is not the README's "Use on a site" one, or when a tsx, vue or svelte snippet of the README's "Use with a framework" is not in a file of
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
const firstHtml = (text, from = 0) => /```html\n[\s\S]*?```/.exec(text.slice(from))?.[0];
const pageSnippet = firstHtml(readme, readme.indexOf('## Use on a site'));
if (!pageSnippet || firstHtml(readFileSync('stories/Introduction.mdx', 'utf8')) !== pageSnippet) {
  missing.push('stories/Introduction.mdx: its first html snippet is not the one of the README\'s "Use on a site"');
}
if (missing.length) {
  console.error(`README snippets not where they are tested or shown:\n  ${missing.join('\n  ')}`);
  process.exit(1);
}
console.log(`README: ${snippets.length} framework snippets are the tested apps' own code, and Storybook's introduction shows its page snippet.`);
