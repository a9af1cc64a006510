import assert from 'node:assert/strict';
import { execFile, spawn } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { promisify } from 'node:util';
import { hostile } from './server/hostile.js';

/** The command as a CMS build step runs it: a separate process, its output and its exit code. */
async function careElements(...args) {
  return careElementsWith({}, ...args);
}

/** The command given `input` on standard input, with `env` (a time zone in TZ), run from the folder `cwd` by node with `nodeArgs`. */
async function careElementsWith({ input, env, cwd, nodeArgs = [] }, ...args) {
  const main = join(process.cwd(), 'dist/cli/main.js');
  const running = promisify(execFile)(process.execPath, [...nodeArgs, main, ...args], { env: { ...process.env, ...env }, cwd });
  running.child.stdin.end(input);
  try {
    const { stdout, stderr } = await running;
    return { code: 0, stdout, stderr };
  } catch (error) {
    if (typeof error.code !== 'number') throw error;
    return { code: error.code, stdout: error.stdout, stderr: error.stderr };
  }
}

const BUILT_IN = 'src/content/stem-cell-injection-back-pain.json';
const KNEE = 'test/fixtures/knee-arthroscopy.json';
const PARTIAL = 'test/fixtures/partial.json';
const BROKEN = 'test/fixtures/broken.json';
/** Loaded with `node --import`, it stops the command's clock at FIXED_NOW. */
const CLOCK = join(process.cwd(), 'test/fixtures/fixed-clock.js');
const dir = mkdtempSync(join(tmpdir(), 'care-elements-cli-'));
after(() => rmSync(dir, { recursive: true, force: true }));

/** The cap `<care-guide src>` puts on a guide, 5 MB, which the README documents. */
const MAX_BYTES = 5242880;
/** A 20 MB file, as a guide that size took gigabytes of memory to render; sparse, so it costs no disk. */
const HUGE = join(dir, 'huge.json');
writeFileSync(HUGE, '');
truncateSync(HUGE, 20 * 1024 * 1024);

describe('care-elements validate --readability', () => {
  const SPANISH = 'src/content/stem-cell-injection-back-pain.es.json';

  it('prints each guide\'s score in its language\'s formula, and exits 0 when every field reads plainly', async () => {
    const { code, stdout } = await careElements('validate', '--readability', BUILT_IN, SPANISH);
    assert.equal(code, 0);
    assert.match(stdout, new RegExp(`^${BUILT_IN}: readability: Flesch-Kincaid grade [\\d.]+ for the whole guide; 0 of \\d+ fields of 20 words or more above 8$`, 'm'));
    assert.match(stdout, new RegExp(`^${SPANISH}: readability: INFLESZ \\(Szigriszt-Pazos\\) [\\d.]+ for the whole guide; 0 of \\d+ fields of 20 words or more below 55$`, 'm'));
  });

  it('warns for every field above the grade it is given, with its path, and exits 1 only with --strict', async () => {
    const loose = await careElements('validate', '--readability=4', BUILT_IN);
    assert.equal(loose.code, 0);
    const warnings = loose.stdout.split('\n').filter((line) => line.includes(': warning: '));
    assert.ok(warnings.length > 0);
    for (const line of warnings) assert.match(line, new RegExp(`^${BUILT_IN}: [\\w.\\[\\]]+: warning: Flesch-Kincaid grade [\\d.]+, above 4 \\(\\d+ words\\)$`));
    assert.equal((await careElements('validate', '--readability=4', '--strict', BUILT_IN)).code, 1);
  });

  it('says when a guide\'s language has no check, and refuses a limit that is not a number', async () => {
    const french = join(dir, 'french.json');
    writeFileSync(french, JSON.stringify({ schemaVersion: 1, id: 'fr', lang: 'fr', title: 'Guide' }));
    assert.equal((await careElements('validate', '--readability', french)).stdout, `${french}: readability: no check for the language "fr" (English and Spanish have one)\n`);
    const { code, stderr } = await careElements('validate', '--readability=hard', BUILT_IN);
    assert.deepEqual({ code, stderr }, { code: 2, stderr: 'care-elements validate: --readability takes a grade such as 8, not "hard"; see care-elements --help\n' });
  });

  it('checks only the problem of a document that is no guide object, and still reports every other file', async () => {
    const notGuides = ['null', '"text"', '42'].map((json, i) => {
      const file = join(dir, `not-a-guide-${i}.json`);
      writeFileSync(file, json);
      return file;
    });
    const { code, stdout, stderr } = await careElements('validate', '--readability', ...notGuides, KNEE);
    assert.equal(stderr, '');
    assert.equal(code, 1);
    assert.deepEqual(stdout.split('\n').slice(0, 3), notGuides.map((file) => `${file}: (document): expected a guide object`));
    assert.match(stdout, new RegExp(`^${KNEE}: readability: Flesch-Kincaid grade [\\d.]+ for the whole guide`, 'm'));
    const report = JSON.parse((await careElements('validate', '--json', '--readability', notGuides[0], KNEE)).stdout);
    assert.deepEqual(report[0], { file: notGuides[0], problems: [{ path: '', message: 'expected a guide object' }], warnings: [] });
    assert.equal(report[1].readability.formula, 'flesch-kincaid');
  });

  it('puts the scores in the --json report', async () => {
    const [report] = JSON.parse((await careElements('validate', '--json', '--readability', BUILT_IN)).stdout);
    assert.equal(report.readability.formula, 'flesch-kincaid');
    assert.ok(report.readability.fields.every((field) => typeof field.path === 'string' && typeof field.score === 'number'));
  });

  it('lists each field harder than the limit in the --json report\'s warnings, as the lines name it', async () => {
    const { stdout } = await careElements('validate', '--readability=4', BUILT_IN);
    const lines = stdout.split('\n').filter((line) => line.includes(': warning: '));
    const [report] = JSON.parse((await careElements('validate', '--json', '--readability=4', BUILT_IN)).stdout);
    assert.deepEqual(report.warnings.map((w) => `${BUILT_IN}: ${w.path}: warning: ${w.message}`), lines);
  });
});

describe('care-elements validate, the next review', () => {
  /** The knee guide with its next review on `date`, a year after its last, in a file of its own. */
  const dueOn = (date) => {
    const file = join(dir, `review-${date}.json`);
    const lastReviewed = `${Number(date.slice(0, 4)) - 1}${date.slice(4, 10).replace('-02-29', '-02-28')}`;
    writeFileSync(file, JSON.stringify({ ...JSON.parse(readFileSync(KNEE, 'utf8')), lastReviewed, nextReview: date }));
    return file;
  };
  const overdue = (file, date) => `${file}: nextReview: warning: ${date} has passed; have a clinician review this guide, then update nextReview and lastReviewed\n`;

  it('warns when nextReview has passed, as the browser does, and exits 0', async () => {
    const file = dueOn('2020-01-01');
    assert.deepEqual(await careElements('validate', file), { code: 0, stdout: overdue(file, '2020-01-01'), stderr: '' });
  });

  it('fails a file with an overdue review under --strict, without --readability', async () => {
    const file = dueOn('2020-01-01');
    assert.deepEqual(await careElements('validate', '--strict', file, BUILT_IN), { code: 1, stdout: overdue(file, '2020-01-01'), stderr: '' });
  });

  it('goes by the machine\'s own day: a review due today is not overdue, and is the day after', async () => {
    // Today where the day starts last (UTC-12) is a day or two behind where it starts first (UTC+14).
    const today = new Date(Date.now() - 12 * 3600_000).toISOString().slice(0, 10);
    const file = dueOn(today);
    assert.deepEqual(await careElementsWith({ env: { TZ: 'Etc/GMT+12' } }, 'validate', '--strict', file), { code: 0, stdout: '', stderr: '' });
    const later = await careElementsWith({ env: { TZ: 'Etc/GMT-14' } }, 'validate', '--strict', file);
    assert.deepEqual(later, { code: 1, stdout: overdue(file, today), stderr: '' });
  });

  it('compares today, zero-padded, with the date: a review due later in the year is not overdue, nor one due today', async () => {
    // Without its zeros 2025-03-07 reads "2025-3-7", which sorts after "2025-03-07" and "2025-12-25"; "2025-10-5" after "2025-10-10".
    const cases = [
      ['2025-03-07', '2025-03-07', false],
      ['2025-03-07', '2025-12-25', false],
      ['2025-03-07', '2025-03-06', true],
      ['2025-10-05', '2025-10-10', false],
      ['2025-12-25', '2025-12-25', false],
      ['2025-12-25', '2025-12-24', true],
    ];
    for (const [today, date, late] of cases) {
      const file = dueOn(date);
      const clock = { env: { TZ: 'UTC', FIXED_NOW: `${today}T12:00:00Z` }, nodeArgs: ['--import', CLOCK] };
      const expected = late ? { code: 1, stdout: overdue(file, date), stderr: '' } : { code: 0, stdout: '', stderr: '' };
      assert.deepEqual(await careElementsWith(clock, 'validate', '--strict', file), expected, `due ${date}, on ${today}`);
    }
  });

  it('lists the overdue review in the --json report\'s warnings', async () => {
    const file = dueOn('2020-01-01');
    const { code, stdout } = await careElements('validate', '--json', file);
    assert.equal(code, 0);
    assert.deepEqual(JSON.parse(stdout), [{
      file,
      problems: [],
      warnings: [{ path: 'nextReview', message: '2020-01-01 has passed; have a clinician review this guide, then update nextReview and lastReviewed' }],
    }]);
  });
});

describe('care-elements validate', () => {
  it('exits 0 and prints nothing when every file is valid', async () => {
    assert.deepEqual(await careElements('validate', BUILT_IN, KNEE), { code: 0, stdout: '', stderr: '' });
  });

  it('exits 1 with one FILE: PATH: MESSAGE line per problem, the paths care-content-error names', async () => {
    const { code, stdout } = await careElements('validate', BUILT_IN, PARTIAL);
    assert.equal(code, 1);
    assert.equal(stdout, `${PARTIAL}: risks.items: expected a list\n${PARTIAL}: faqs.items[1].question: expected non-empty text; the item is left out\n`);
  });

  it('exits 2 with a line saying so for a file that is not JSON, and still checks the others', async () => {
    const { code, stdout, stderr } = await careElements('validate', BROKEN, PARTIAL);
    assert.equal(code, 2);
    assert.match(stderr, /^test\/fixtures\/broken\.json: not JSON \(.+\)\n$/);
    assert.equal(stdout.split('\n').filter(Boolean).length, 2);
  });

  it('exits 2 with a line saying a file or standard input is empty, not a JSON syntax error', async () => {
    const empty = join(dir, 'empty.json');
    writeFileSync(empty, '\uFEFF \n');
    assert.deepEqual(await careElements('validate', empty), { code: 2, stdout: '', stderr: `${empty}: empty: the file holds no JSON\n` });
    const { code, stderr } = await careElementsWith({ input: '' }, 'render', '-');
    assert.deepEqual({ code, stderr }, { code: 2, stderr: '-: empty: nothing came on standard input\n' });
  });

  it('reads a file saved with a UTF-8 byte-order mark, as a browser fetching it does', async () => {
    const withBom = join(dir, 'bom.json');
    writeFileSync(withBom, `\uFEFF${readFileSync(BUILT_IN, 'utf8')}`);
    assert.deepEqual(await careElements('validate', withBom), { code: 0, stdout: '', stderr: '' });
    const { code, stdout } = await careElements('render', withBom, '--fragment');
    assert.equal(code, 0);
    assert.match(stdout, /^<care-guide /);
  });

  it('exits 2 with one line for a file that does not exist', async () => {
    const { code, stderr } = await careElements('validate', 'no-such-guide.json');
    assert.equal(code, 2);
    assert.equal(stderr, 'no-such-guide.json: cannot read the file (no such file)\n');
  });

  it('exits 2 with one line for a folder given as a FILE', async () => {
    const { code, stderr } = await careElements('validate', 'test/fixtures');
    assert.deepEqual({ code, stderr }, { code: 2, stderr: 'test/fixtures: cannot read the file (a directory)\n' });
  });

  it('exits 2 with one line naming a file over 5 MB, its size and the limit, and still checks the others', async () => {
    const { code, stdout, stderr } = await careElements('validate', HUGE, PARTIAL);
    assert.equal(code, 2);
    assert.equal(stderr, `${HUGE}: cannot read the file (20971520 bytes, more than the limit of ${MAX_BYTES} bytes)\n`);
    assert.equal(stdout, `${PARTIAL}: risks.items: expected a list\n${PARTIAL}: faqs.items[1].question: expected non-empty text; the item is left out\n`);
  });

  it('reads a guide of exactly 5 MB', async () => {
    const text = readFileSync(BUILT_IN, 'utf8');
    const padded = join(dir, 'padded.json');
    writeFileSync(padded, text + ' '.repeat(MAX_BYTES - Buffer.byteLength(text)));
    assert.deepEqual(await careElements('validate', padded), { code: 0, stdout: '', stderr: '' });
  });

  it('stops reading a file without a size, such as an endless device, at 5 MB', async () => {
    const { code, stderr } = await careElements('validate', '/dev/zero');
    assert.deepEqual({ code, stderr }, { code: 2, stderr: `/dev/zero: cannot read the file (more than the limit of ${MAX_BYTES} bytes)\n` });
  });

  it('prints the problems as JSON with --json', async () => {
    const { code, stdout } = await careElements('validate', '--json', PARTIAL, BUILT_IN, 'no-such-guide.json');
    assert.equal(code, 2);
    assert.deepEqual(JSON.parse(stdout), [
      { file: PARTIAL, problems: [{ path: 'risks.items', message: 'expected a list' }, { path: 'faqs.items[1].question', message: 'expected non-empty text; the item is left out' }], warnings: [] },
      { file: BUILT_IN, problems: [], warnings: [] },
      { file: 'no-such-guide.json', error: 'cannot read the file (no such file)' },
    ]);
  });

  it('reads - from standard input, named - in its lines, beside other files', async () => {
    const { code, stdout } = await careElementsWith({ input: readFileSync(PARTIAL) }, 'validate', BUILT_IN, '-');
    assert.equal(code, 1);
    assert.equal(stdout, '-: risks.items: expected a list\n-: faqs.items[1].question: expected non-empty text; the item is left out\n');
  });

  it('reports a JSON document that is not a guide at its root path', async () => {
    const list = join(dir, 'list.json');
    writeFileSync(list, '[]');
    const { code, stdout } = await careElements('validate', list);
    assert.equal(code, 1);
    assert.equal(stdout, `${list}: (document): expected a guide object\n`);
  });
});

/** The command with its standard output written to the file descriptor `fd`. */
function careElementsTo(fd, ...args) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['dist/cli/main.js', ...args], { stdio: ['ignore', fd, 'pipe'] });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (text) => (stderr += text));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stderr }));
  });
}

describe('care-elements render', () => {
  it('writes a whole page for the guide, with the script tag', async () => {
    const { code, stdout, stderr } = await careElements('render', BUILT_IN, '--script', 'https://cdn.example/care-elements-hydrate.js');
    assert.equal(code, 0);
    assert.equal(stderr, '');
    assert.match(stdout, /^<!doctype html>\n<html lang="en" dir="ltr">\n<head>/);
    assert.ok(stdout.includes('<title>Stem cell injection for back pain</title>'));
    assert.match(stdout, /<meta name="description" content="[^"]{40,}">/);
    assert.match(stdout, /<script type="module" src="https:\/\/cdn.example\/care-elements-hydrate.js"\s*><\/script>/);
    assert.match(stdout, /<script type="application\/ld\+json" slot="structured-data">\{"@context":"https:\/\/schema.org"/);
    assert.match(stdout, /<care-faq-accordion\s+toggle-all searchable>/);
  });

  it('writes no script tag without --script', async () => {
    const { stdout } = await careElements('render', KNEE);
    assert.doesNotMatch(stdout, /<script type="module"/);
    assert.match(stdout, /<html lang="en-GB" dir="ltr">/);
  });

  it('writes only <care-guide> and its JSON-LD with --fragment, with every < in inline JSON as \\u003c', async () => {
    const guide = join(dir, 'hostile.json');
    writeFileSync(guide, JSON.stringify(hostile(JSON.parse(await (await import('node:fs/promises')).readFile(KNEE, 'utf8')))));
    const { code, stdout } = await careElements('render', guide, '--fragment');
    assert.equal(code, 0);
    assert.match(stdout, /^<care-guide[^>]*>/);
    assert.match(stdout, /<\/care-guide>\n$/);
    assert.doesNotMatch(stdout, /<!doctype|<html|<title/);
    const scripts = [...stdout.matchAll(/<script type="application\/(?:ld\+)?json"[^>]*>([^<]*)<\/script>/g)].map((m) => m[1]);
    assert.equal(scripts.length, 2);
    for (const json of scripts) {
      assert.ok(json.includes('\\u003c/script\\u003e'));
      assert.doesNotMatch(json, /[<>]/);
      assert.ok(JSON.stringify(JSON.parse(json)).includes('</script><script>'));
    }
  });

  it('writes the problems to stderr with their paths, renders the valid sections, and exits 1', async () => {
    const { code, stdout, stderr } = await careElements('render', PARTIAL);
    assert.equal(code, 1);
    assert.equal(stderr, `${PARTIAL}: risks.items: expected a list\n${PARTIAL}: faqs.items[1].question: expected non-empty text; the item is left out\n`);
    assert.ok(stdout.includes('Does it hurt?'));
    assert.ok(stdout.includes('Less pain'));
    assert.doesNotMatch(stdout, /An answer without a question/);
  });

  it('exits 2 and writes nothing but one line for a file over 5 MB', async () => {
    const { code, stdout, stderr } = await careElements('render', HUGE);
    assert.deepEqual({ code, stdout, stderr }, { code: 2, stdout: '', stderr: `${HUGE}: cannot read the file (20971520 bytes, more than the limit of ${MAX_BYTES} bytes)\n` });
  });

  it('reads - from standard input', async () => {
    const { code, stdout } = await careElementsWith({ input: readFileSync(KNEE) }, 'render', '-', '--fragment');
    assert.equal(code, 0);
    assert.match(stdout, /^<care-guide[^>]* lang="en-GB"/);
  });

  it('ends quietly when the reader stops early, as | head does', async () => {
    // A shell's pipe, not Node's socket: the page is larger than a pipe holds, so the command is still writing when head goes.
    const pipeline = '"$0" dist/cli/main.js render "$1" | head -c 10; exit "${PIPESTATUS[0]}"';
    const { stdout, stderr } = await promisify(execFile)('bash', ['-c', pipeline, process.execPath, BUILT_IN]);
    assert.deepEqual({ stdout, stderr }, { stdout: '<!doctype ', stderr: '' });
  });

  it('exits 2 with one line when the output cannot be written', async () => {
    const full = openSync('/dev/full', 'w');
    try {
      const result = await careElementsTo(full, 'render', KNEE);
      assert.deepEqual(result, { code: 2, stderr: 'care-elements render: cannot write to standard output (no space left on device)\n' });
    } finally {
      closeSync(full);
    }
  });

  it('exits 2 and writes nothing for a file that is not JSON', async () => {
    const { code, stdout, stderr } = await careElements('render', BROKEN);
    assert.equal(code, 2);
    assert.equal(stdout, '');
    assert.match(stderr, /^test\/fixtures\/broken\.json: not JSON/);
  });
});

describe('care-elements on a control character in text, or a link without "//"', () => {
  const file = join(dir, 'broken-text.json');
  const knee = JSON.parse(readFileSync(KNEE, 'utf8'));
  writeFileSync(file, JSON.stringify({ ...knee, title: 'Knee\u0000 arthroscopy', reviewedBy: 'Dr\u001b Okafor', sources: [{ title: 'Arthroscopy', url: 'https:evil.example' }] }));
  const problems = [
    `${file}: title: contains a control character U+0000; shown as "�" (U+FFFD)\n`,
    `${file}: reviewedBy: contains a control character U+001B; shown as "�" (U+FFFD)\n`,
    `${file}: sources[0].url: expected "//" after "https:"; dropped\n`,
  ].join('');
  /** Characters HTML does not allow in a document: the C0 controls but tab, line feed and carriage return. */
  const controls = (text) => [...text].filter((char) => char < ' ' && !'\t\n\r'.includes(char));

  it('validate names each field and exits 1', async () => {
    assert.deepEqual(await careElements('validate', file), { code: 1, stdout: problems, stderr: '' });
  });

  it('render writes U+FFFD where each character was and the source without a link, as the elements show them, and exits 1', async () => {
    const { code, stdout, stderr } = await careElements('render', file);
    assert.deepEqual({ code, stderr }, { code: 1, stderr: problems });
    assert.deepEqual(controls(stdout), []);
    assert.ok(stdout.includes('<title>Knee\uFFFD arthroscopy</title>'));
    assert.match(stdout, /<slot name=heading><!--lit-part-->Knee\uFFFD arthroscopy<!--\/lit-part--><\/slot>/);
    assert.ok(stdout.includes('Dr\uFFFD Okafor'));
    assert.ok(stdout.includes('Arthroscopy'));
    assert.ok(!stdout.includes('evil.example'));
  });
});

describe('care-elements usage', () => {
  it('explains itself with --help, for the command and for each subcommand', async () => {
    for (const args of [['--help'], ['-h'], ['help'], ['validate', '--help'], ['render', '-h']]) {
      const { code, stdout } = await careElements(...args);
      assert.equal(code, 0, args.join(' '));
      assert.match(stdout, /^Usage: care-elements <command> \[options\]/);
      assert.match(stdout, /validate FILE\.\.\./);
      assert.match(stdout, /--fragment/);
    }
  });

  it('says in --help what --strict fails on', async () => {
    const { stdout } = await careElements('--help');
    assert.match(stdout, /--strict +Exit 1 on a warning too: a nextReview date that has passed \(warned about\n +with or without --strict\) or, with --readability, a field harder than the limit\./);
  });

  it('prints the version of the package it runs from with --version, wherever it is run', async () => {
    const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
    assert.deepEqual(await careElementsWith({ cwd: dir }, '--version'), { code: 0, stdout: `${version}\n`, stderr: '' });
  });

  for (const [args, message] of [
    [['validate', '--frobnicate', BUILT_IN], 'care-elements validate: unknown option --frobnicate; see care-elements --help\n'],
    [['render', BUILT_IN, '--json'], 'care-elements render: unknown option --json; see care-elements --help\n'],
    [['render', BUILT_IN, '--script'], "care-elements render: Option '--script <value>' argument missing; see care-elements --help\n"],
    [['render'], 'care-elements render: expected one FILE, got 0; see care-elements --help\n'],
    [['render', BUILT_IN, KNEE], 'care-elements render: expected one FILE, got 2; see care-elements --help\n'],
    [['validate', '--readability=0', BUILT_IN], 'care-elements validate: --readability takes a grade such as 8, not "0"; see care-elements --help\n'],
    [['render', BUILT_IN, '--script', '--fragment'], "care-elements render: Option '--script' argument is ambiguous; see care-elements --help\n"],
    [['render', BUILT_IN, '--fragment', '--script', 'x.js'], 'care-elements render: --script needs a whole page, and --fragment writes none; see care-elements --help\n'],
    [['validate', '-', '-'], 'care-elements validate: - (standard input) given more than once; see care-elements --help\n'],
    [['validate'], 'care-elements validate: no FILE given; see care-elements --help\n'],
    [['publish', BUILT_IN], 'care-elements: unknown command "publish"; see care-elements --help\n'],
  ]) {
    it(`answers "${args.join(' ')}" with one line and exit code 2`, async () => {
      const { code, stdout, stderr } = await careElements(...args);
      assert.deepEqual({ code, stdout, stderr }, { code: 2, stdout: '', stderr: message });
    });
  }

  it('prints the usage to stderr and exits 2 when given no command', async () => {
    const { code, stderr } = await careElements();
    assert.equal(code, 2);
    assert.match(stderr, /^Usage: care-elements/);
  });
});
