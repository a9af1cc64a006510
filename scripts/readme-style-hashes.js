import { readFileSync, writeFileSync } from 'node:fs';
import { renderGuide } from '../dist/server/index.js';
import { stemCellInjectionBackPain } from '../dist/content/stem-cell-injection-back-pain.js';

/**
 * Writes the README's `style-src` hashes from what the built server renderer emits, so the policy a
 * reader copies allows exactly this version's style blocks. Run by `npm run readme:hashes` after a
 * build; test/server/render.test.js checks the README against the renderer.
 */
const { styleHashes } = await renderGuide(stemCellInjectionBackPain);
const readme = readFileSync('README.md', 'utf8');
const line = /^style-src 'self'( 'sha256-[A-Za-z0-9+/=]+')+$/m;
if (!line.test(readme)) {
  console.error("README.md has no `style-src 'self' 'sha256-…'` line to rewrite: put one back in its server-rendering section.");
  process.exit(1);
}
const written = readme.replace(line, `style-src 'self' ${styleHashes.join(' ')}`);
if (written !== readme) {
  writeFileSync('README.md', written);
  console.log("README.md: style-src hashes rewritten from the server renderer.");
}
