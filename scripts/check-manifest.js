import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { GENERATED_FILES } from './framework-files.mjs';

/**
 * Fails when a committed custom-elements.json, framework types or editor data file no longer matches
 * what the source says. Regenerates them all, compares each, and puts the committed ones back.
 */
const files = ['custom-elements.json', ...GENERATED_FILES];
const committed = new Map(files.map((file) => [file, existsSync(file) ? readFileSync(file, 'utf8') : undefined]));
try {
  execFileSync(join('node_modules', '.bin', 'cem'), ['analyze'], { stdio: 'pipe' });
  let stale = 0;
  for (const file of files) {
    const before = committed.get(file);
    const fresh = existsSync(file) ? readFileSync(file, 'utf8') : undefined;
    if (before === undefined || fresh === undefined) {
      console.error(`${file} is ${before === undefined ? 'not committed' : 'no longer generated'}.`);
      stale++;
    } else if (fresh.trim() !== before.trim()) {
      const a = before.split('\n');
      const b = fresh.split('\n');
      const line = a.findIndex((text, i) => text !== b[i]);
      console.error(`${file} is stale; first difference at line ${line + 1}:\n  - ${a[line]?.trim()}\n  + ${b[line]?.trim()}`);
      stale++;
    }
  }
  if (stale) {
    console.error('Run "npm run analyze" and commit the result.');
    process.exitCode = 1;
  } else {
    console.log(`${files.length} generated files match the source: ${files.join(', ')}.`);
  }
} finally {
  for (const [file, text] of committed) {
    if (text === undefined) rmSync(file, { force: true });
    else writeFileSync(file, text);
  }
}
