import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import listed from './mutations.list.js';
import { verdictOf } from './test-verdict.js';

/**
 * `npm run test:mutations [-- words]`: plants each bug of scripts/mutations.list.js in src/, one at a
 * time, runs the test files named for it in Chromium, or in the browsers it names (Node's
 * `*.test.js` with `node --test`), stops them at the first failed assertion, and restores the file.
 * Also generates one bug per inline-axis logical property in src/ (made physical) and per
 * `@media (forced-colors: active)` block (deleted), so new styles are held too. Prints caught/total
 * and every survivor by name; a listed bug whose text is no longer in its file is reported loudly.
 * A bug that no assertion caught, only tests that timed out, is listed apart; one that hangs a test
 * file is errored.
 * Words on the command line run only the bugs whose names contain one of them; `--check` plants none
 * and only reports the listed bugs that no longer apply, as `npm test` does.
 */
const WTR = join('node_modules', '@web', 'test-runner', 'dist', 'bin.js');
const TIMEOUT_MS = 6 * 60_000;
// eslint-disable-next-line no-control-regex -- terminal colour codes start with ESC
const COLOURS = /\x1b\[[0-9;]*[A-Za-z]/g;
const RTL_TESTS = ['test/rtl.test.ts'];
const FORCED_COLORS_TESTS = ['test/forced-colors.chromium.test.ts'];

/** `--check`: only says whether every listed bug still applies (its text once in its file), planting none: quick enough for `npm test`. */
const checkOnly = process.argv.includes('--check');
const filters = process.argv.slice(2).filter((arg) => arg !== '--check').map((word) => word.toLowerCase());
const npm = process.env.npm_execpath ? [process.execPath, process.env.npm_execpath] : ['npm'];

/** Every stylesheet-bearing source file: the styles files, the elements with inline styles, the CSS. */
function sourceFiles(dir = 'src') {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.(ts|css)$/.test(entry.name) ? [path] : [];
  });
}

const lineOf = (text, index) => text.slice(0, index).split('\n').length;

/** A CSS value's space-separated parts, keeping `calc(a + b)` and the like whole. */
function topLevelValues(value) {
  const parts = [''];
  let depth = 0;
  for (const char of value.trim()) {
    depth += { '(': 1, ')': -1 }[char] ?? 0;
    if (/\s/.test(char) && depth === 0) {
      if (parts.at(-1) !== '') parts.push('');
    } else parts[parts.length - 1] += char;
  }
  return parts.filter(Boolean);
}

/** Inline-axis logical properties made physical, as a left-to-right author would write them. */
function logicalMutations() {
  const physical = { start: 'left', end: 'right' };
  const found = [];
  for (const file of sourceFiles()) {
    const text = readFileSync(file, 'utf8');
    const patterns = [
      // margin-inline-start, padding-inline-end, border-inline-start(-color…), inset-inline-start
      [/\b(margin|padding|border|inset)-inline-(start|end)((?:-[a-z]+)?)\s*:/g, (m) => `${m[1] === 'inset' ? '' : `${m[1]}-`}${physical[m[2]]}${m[3]}:`],
      [/\btext-align:\s*(start|end)\b/g, (m) => `text-align: ${physical[m[1]]}`],
      [/\bfloat:\s*inline-(start|end)\b/g, (m) => `float: ${physical[m[1]]}`],
      // Two-value shorthands name both sides; one value is the same on both, so it has no direction.
      [/\b(margin|padding|inset)-inline:\s*([^;]+);/g, (m) => {
        const values = topLevelValues(m[2]);
        if (values.length !== 2) return undefined;
        const prefix = m[1] === 'inset' ? '' : `${m[1]}-`;
        return `${prefix}left: ${values[0]}; ${prefix}right: ${values[1]};`;
      }],
    ];
    for (const [pattern, toPhysical] of patterns) {
      for (const m of text.matchAll(pattern)) {
        const replacement = toPhysical(m);
        if (replacement === undefined) continue;
        found.push({
          name: `rtl: ${file}:${lineOf(text, m.index)} ${m[0].replace(/\s+/g, ' ').trim()} → ${replacement}`,
          file,
          apply: (source) => source.slice(0, m.index) + replacement + source.slice(m.index + m[0].length),
          original: text,
          tests: RTL_TESTS,
        });
      }
    }
  }
  return found;
}

/** Each forced-colours block deleted whole. */
function forcedColorsMutations() {
  const found = [];
  for (const file of sourceFiles()) {
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(/@media\s*\(forced-colors:\s*active\)\s*\{/g)) {
      let depth = 1;
      let end = m.index + m[0].length;
      while (depth > 0 && end < text.length) depth += { '{': 1, '}': -1 }[text[end++]] ?? 0;
      found.push({
        name: `forced colours: ${file}:${lineOf(text, m.index)} block deleted`,
        file,
        apply: (source) => source.slice(0, m.index) + source.slice(end),
        original: text,
        tests: FORCED_COLORS_TESTS,
      });
    }
  }
  return found;
}

/** A listed bug as an edit; undefined (with the reason) when it no longer applies to the file. */
function fromList(entry) {
  if (!existsSync(entry.file)) return { ...entry, stale: `${entry.file} does not exist` };
  const text = readFileSync(entry.file, 'utf8');
  const count = text.split(entry.find).length - 1;
  if (count !== 1) return { ...entry, stale: `its text occurs ${count} times in ${entry.file}, not once` };
  const missing = entry.tests.filter((test) => !existsSync(test));
  if (missing.length > 0) return { ...entry, stale: `its tests ${missing.join(', ')} do not exist` };
  return { ...entry, original: text, apply: (source) => source.replace(entry.find, () => entry.replace) };
}

/**
 * Runs Node test files (`*.test.js`, as `npm run test:node` does), then the others in `browsers`
 * (Chromium unless a bug names others, for one that only they show), as below.
 */
async function runTests(files, browsers = 'chromium') {
  const node = files.filter((file) => file.endsWith('.test.js'));
  const browser = files.filter((file) => !file.endsWith('.test.js'));
  return (node.length ? await runNodeTests(node) : undefined) ?? (browser.length ? runBrowserTests(browser, browsers) : undefined);
}

/**
 * Runs Node test files with `node --test`; resolves with `{ failed }`, the first failed test's name,
 * with `{ errored }` when they ran out of time or ended in failure without a failed test, or undefined when all pass.
 */
function runNodeTests(files) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--test', '--test-reporter=spec', ...files], { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const timer = setTimeout(() => child.kill('SIGTERM'), TIMEOUT_MS);
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      // The spec reporter marks each failed test ✖ before the suite around it.
      const failed = /^\s*✖ (.+?)(?: \([\d.]+ms\))?$/m.exec(output.replace(COLOURS, ''))?.[1];
      if (signal) resolve({ errored: `no result within ${TIMEOUT_MS / 60_000} minutes` });
      else if (failed) resolve({ failed });
      else if (code !== 0) resolve({ errored: `node --test ended with exit ${code} and no failed test: ${output.trim().split('\n').slice(-3).join(' ')}` });
      else resolve(undefined);
    });
  });
}

/**
 * Runs test files in `browsers` (as BROWSERS names them), stopped at the first failed assertion;
 * resolves with `{ failed }`, the first such test's name, or `{ failed, timedOut }` when every test that failed did so only by
 * running out of time; with `{ errored }` when the run timed out, a file hung, or the run ended
 * without a failed test (a crash, a build error); or with undefined when all pass.
 */
function runBrowserTests(files, browsers) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [WTR, '--static-logging', '--files', ...files], {
      env: { ...process.env, BROWSERS: browsers },
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    });
    let output = '';
    let stopped;
    const stop = (reason) => {
      stopped ??= reason;
      try {
        process.kill(-child.pid, 'SIGTERM');
      } catch {
        // Already gone.
      }
    };
    const timer = setTimeout(() => stop(`no result within ${TIMEOUT_MS / 60_000} minutes`), TIMEOUT_MS);
    const read = (chunk) => {
      output += chunk;
      // A test that timed out lets the run go on: a later one may still fail by an assertion.
      const verdict = verdictOf(output);
      if (verdict?.failed && !verdict.timedOut) stop('a failed assertion');
    };
    child.stdout.on('data', read);
    child.stderr.on('data', read);
    // 'close', not 'exit': the output may still be arriving when the process has exited.
    child.on('close', (code) => {
      clearTimeout(timer);
      const verdict = verdictOf(`${output}\n`);
      if (verdict?.failed) resolve(verdict);
      else if (stopped) resolve({ errored: stopped });
      // A hung file is no verdict; another file of the run may still fail.
      else if (verdict?.hungMs) resolve({ errored: `a test file hung until the runner gave up after ${verdict.hungMs / 1000} s, and no test failed` });
      else if (code !== 0) resolve({ errored: `the test run ended with exit ${code} and no failed test: ${output.trim().split('\n').slice(-3).join(' ')}` });
      else resolve(undefined);
    });
  });
}

function build() {
  const { status } = spawnSync(npm[0], [...npm.slice(1), 'run', 'build', '--silent'], {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, CDN_BUDGETS: 'warn' },
  });
  if (status !== 0) throw new Error('npm run build failed');
}

const wanted = (m) => filters.length === 0 || filters.some((word) => m.name.toLowerCase().includes(word));
const all = [...listed.map(fromList), ...logicalMutations(), ...forcedColorsMutations()].filter(wanted);
const stale = all.filter((m) => m.stale);
const runnable = all.filter((m) => !m.stale);
const generated = all.length - listed.filter(wanted).length;
if (checkOnly) {
  for (const m of stale) console.log(`‼ NO LONGER APPLIES  ${m.name}: ${m.stale}`);
  console.log(`mutations: ${runnable.length} of ${all.length} bugs still apply to their files${stale.length ? '; update scripts/mutations.list.js' : ''}`);
  process.exit(stale.length ? 1 : 0);
}
console.log(`mutations: ${runnable.length} to plant, ${runnable.length - generated} listed and ${generated} generated; tests in Chromium`);
for (const m of stale) console.log(`‼ NO LONGER APPLIES  ${m.name}: ${m.stale}`);

if (runnable.length === 0) {
  console.log('No bug to plant.');
  process.exit(stale.length ? 1 : 0);
}

let current;
const restore = () => {
  if (current) writeFileSync(current.file, current.original);
  current = undefined;
};
// Stopped by Ctrl+C, a closed terminal or a CI timeout: the planted file is put back first.
for (const [signal, code] of [['SIGINT', 130], ['SIGTERM', 143], ['SIGHUP', 129]]) {
  process.on(signal, () => {
    restore();
    process.exit(code);
  });
}

// The tests must pass before anything is planted, or every bug would look caught.
if (runnable.some((m) => m.build)) spawnSync(process.execPath, ['scripts/build-if-stale.js'], { stdio: 'inherit' });
let baseline;
for (const browsers of new Set(runnable.map((m) => m.browsers ?? 'chromium'))) {
  const tests = runnable.filter((m) => (m.browsers ?? 'chromium') === browsers).flatMap((m) => m.tests);
  baseline ??= await runTests([...new Set(tests)], browsers);
}
if (baseline) {
  console.error(`✗ the tests fail with no bug planted (${baseline.failed ?? baseline.errored}); fix them first.`);
  process.exit(1);
}

const survivors = [];
// Caught only because a test waited for something that never came: true, but no assertion names what a reader would miss.
const timedOut = [];
// A run that hangs or crashes proves nothing either way: it is neither caught nor survived.
const errored = [];
let caught = 0;
let built = false;
try {
  for (const m of runnable) {
    current = m;
    writeFileSync(m.file, m.apply(m.original));
    if (m.build) {
      build();
      built = true;
    }
    const failure = await runTests(m.tests, m.browsers);
    restore();
    if (failure?.timedOut) {
      caught++;
      timedOut.push(m);
      console.log(`⏱ TIMED OUT ${m.name}: caught only by tests that timed out, by no assertion; the first: ${failure.failed}`);
    } else if (failure?.failed) {
      caught++;
      console.log(`✓ caught    ${m.name}, by: ${failure.failed}`);
    } else if (failure?.errored) {
      errored.push(m);
      console.log(`? ERRORED   ${m.name}: ${failure.errored}`);
    } else {
      survivors.push(m);
      console.log(`✗ SURVIVED  ${m.name} (${m.tests.join(', ')})`);
    }
  }
} finally {
  restore();
  // Leave dist/ as the sources are, not as the last planted bug made it.
  if (built) build();
}

console.log(`\nmutations: ${caught} caught of ${runnable.length} (${timedOut.length} only by a timeout); ${survivors.length} survived, ${errored.length} errored, ${stale.length} no longer apply`);
if (timedOut.length) console.log(`caught only by a timeout (make the test assert what a reader would miss):\n${timedOut.map((m) => `  - ${m.name}`).join('\n')}`);
if (survivors.length) console.log(`survivors:\n${survivors.map((m) => `  - ${m.name}`).join('\n')}`);
if (errored.length) console.log(`errored (timed out or crashed; fix the run, then plant again):\n${errored.map((m) => `  - ${m.name}`).join('\n')}`);
if (stale.length) console.log(`no longer apply (update scripts/mutations.list.js):\n${stale.map((m) => `  - ${m.name}`).join('\n')}`);
process.exit(survivors.length || errored.length || stale.length ? 1 : 0);
