import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Fails when the committed custom-elements.json no longer matches what the source says. */
const file = 'custom-elements.json';
const committed = readFileSync(file, 'utf8');
try {
  execFileSync(join('node_modules', '.bin', 'cem'), ['analyze'], { stdio: 'pipe' });
  const fresh = readFileSync(file, 'utf8');
  if (fresh.trim() !== committed.trim()) {
    const a = committed.split('\n');
    const b = fresh.split('\n');
    const line = a.findIndex((text, i) => text !== b[i]);
    console.error(`${file} is stale: run "npm run analyze" and commit the result.`);
    console.error(`  first difference at line ${line + 1}:\n  - ${a[line]?.trim()}\n  + ${b[line]?.trim()}`);
    process.exitCode = 1;
  } else {
    console.log(`${file} matches the source.`);
  }
} finally {
  writeFileSync(file, committed);
}
