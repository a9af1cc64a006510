import { open, readFile } from 'node:fs/promises';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { DEFAULT_LIMITS, guideReadability, harderThan, type Formula, type GuideReadability } from '../content/readability.js';
import { describeError, isObject } from '../content/describe.js';
import type { ContentProblem } from '../content/types.js';
import { MAX_GUIDE_BYTES, validateGuide } from '../content/validate.js';
import { renderGuide, renderGuideDocument } from '../server/render.js';

/** Where the command reads `-` from and writes; the real streams in the command. */
export interface Output {
  stdin: () => AsyncIterable<Buffer>;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

/** Exit codes: every file valid; content problems; a usage error or a file that is unreadable or not JSON. */
export const OK = 0;
export const PROBLEMS = 1;
export const FAILED = 2;

const USAGE = `Usage: care-elements <command> [options]

Commands:
  validate FILE...   Check guide JSON files; one line per problem, FILE: PATH: MESSAGE.
  render FILE        Write a guide as an HTML page that reads without JavaScript.
A FILE of - is read from standard input.

Options for validate:
  --json             Print the problems as JSON instead.
  --readability[=GRADE]
                     Also check plain language: warn for every text field of 20 words or more
                     harder than GRADE (Flesch-Kincaid, default 8) in English, or below INFLESZ 55
                     (Szigriszt-Pazos) in Spanish, and print the whole guide's score.
  --strict           Exit 1 on a warning too: a nextReview date that has passed (warned about
                     with or without --strict) or, with --readability, a field harder than the limit.

Options for render:
  --script URL       Add <script type="module" src="URL">, such as the CDN's care-elements-hydrate.js.
  --fragment         Write only <care-guide> with its JSON-LD, for a CMS template (no --script).

  -h, --help         Show this help.
  --version          Print the version of care-elements.

Exit codes: 0 when every guide is valid; 1 when a guide has problems (render still writes
every valid section); 2 for a usage error or a file that cannot be read, is over 5 MB
(5242880 bytes) or is not JSON, or when the output cannot be written.
`;

const OPTIONS = {
  validate: {
    json: { type: 'boolean' },
    readability: { type: 'string' },
    strict: { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
  },
  render: { script: { type: 'string' }, fragment: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
} satisfies Record<string, ParseArgsConfig['options']>;

type Loaded = { file: string; raw: unknown } | { file: string; error: string };

type Read = { text: string } | { tooLarge: number | undefined };

/** A stream's text, counted as it comes so that one past the cap is never held whole. */
async function readStream(stream: AsyncIterable<Buffer>): Promise<Read> {
  const chunks: Buffer[] = [];
  let read = 0;
  for await (const chunk of stream) {
    read += chunk.byteLength;
    if (read > MAX_GUIDE_BYTES) return { tooLarge: undefined };
    chunks.push(chunk);
  }
  return { text: Buffer.concat(chunks).toString('utf8') };
}

/**
 * A file's text, or how large it is when past the cap a browser's `<care-guide src>` has (a guide
 * that size would take gigabytes to render): refused by its size before reading, or by counting as
 * it streams when it has none (a pipe, a device, standard input).
 */
async function readCapped(file: string, out: Output): Promise<Read> {
  if (file === '-') return readStream(out.stdin());
  const handle = await open(file);
  try {
    const { size } = await handle.stat();
    if (size > MAX_GUIDE_BYTES) return { tooLarge: size };
    return await readStream(handle.createReadStream({ autoClose: false }));
  } finally {
    await handle.close();
  }
}

/** Why reading or writing failed, in words: the common system errors by name, any other by its message. */
export function failureReason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  const reasons: Record<string, string> = { ENOENT: 'no such file', EISDIR: 'a directory', EACCES: 'permission denied', ENOSPC: 'no space left on device' };
  return reasons[code ?? ''] ?? describeError(error);
}

async function load(file: string, out: Output): Promise<Loaded> {
  let read;
  try {
    read = await readCapped(file, out);
  } catch (error) {
    return { file, error: `cannot read the file (${failureReason(error)})` };
  }
  if ('tooLarge' in read) {
    const size = read.tooLarge === undefined ? '' : `${read.tooLarge} bytes, `;
    return { file, error: `cannot read the file (${size}more than the limit of ${MAX_GUIDE_BYTES} bytes)` };
  }
  // Some editors on Windows save UTF-8 with a byte-order mark, which browsers skip when they fetch JSON.
  const text = read.text.replace(/^\uFEFF/, '');
  // An export that failed half-way, or standard input left unconnected, leaves nothing to parse: said so, not as a syntax error.
  if (text.trim() === '') return { file, error: file === '-' ? 'empty: nothing came on standard input' : 'empty: the file holds no JSON' };
  try {
    return { file, raw: JSON.parse(text) };
  } catch (error) {
    return { file, error: `not JSON (${(error as Error).message})` };
  }
}

const problemLines = (file: string, problems: ContentProblem[]) =>
  problems.map((p) => `${file}: ${p.path || '(document)'}: ${p.message}\n`).join('');

const warningLines = (file: string, warnings: ContentProblem[]) => warnings.map((w) => `${file}: ${w.path}: warning: ${w.message}\n`).join('');

/** A parseArgs error as one line: Node's own messages run on, over lines too, with advice about `--`. */
function usageError(error: unknown): string {
  const { code, message } = error as { code?: string; message: string };
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return `unknown option ${/'([^']+)'/.exec(message)?.[1] ?? ''}`;
  return message.split(/\.\s/)[0];
}

const FORMULA_NAMES: Record<Formula, string> = { 'flesch-kincaid': 'Flesch-Kincaid grade', 'szigriszt-pazos': 'INFLESZ (Szigriszt-Pazos)' };

/** The plain-language report of one guide: a warning per hard field, and a line with the whole guide's score. */
function readabilityReport(file: string, result: GuideReadability, limits: Record<Formula, number>): { warnings: ContentProblem[]; summary: string } {
  const { formula, score, fields } = result;
  if (!formula) return { warnings: [], summary: `${file}: readability: no check for the language "${result.lang}" (English and Spanish have one)\n` };
  const name = FORMULA_NAMES[formula];
  const limit = limits[formula];
  const hard = fields.filter((field) => harderThan(field.score, formula, limit));
  const side = formula === 'flesch-kincaid' ? 'above' : 'below';
  const warnings = hard.map((f) => ({ path: f.path, message: `${name} ${f.score}, ${side} ${limit} (${f.words} words)` }));
  return { warnings, summary: `${file}: readability: ${name} ${score ?? 'n/a'} for the whole guide; ${hard.length} of ${fields.length} fields of 20 words or more ${side} ${limit}\n` };
}

/** The machine's own day as YYYY-MM-DD: its time zone, as a reader's browser uses the reader's. */
function localDay(now = new Date()): string {
  const [year, month, day] = [now.getFullYear(), now.getMonth() + 1, now.getDate()];
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** A warning when the guide's next review is before today, in the browser's words; due today is not overdue. */
function overdueReview(nextReview: string | undefined): ContentProblem[] {
  if (!nextReview || nextReview >= localDay()) return [];
  return [{ path: 'nextReview', message: `${nextReview} has passed; have a clinician review this guide, then update nextReview and lastReviewed` }];
}

interface ValidateOptions {
  json: boolean;
  /** Limits when --readability was given. */
  readability?: Record<Formula, number>;
  strict: boolean;
}

async function validate(files: string[], options: ValidateOptions, out: Output): Promise<number> {
  const { json, readability, strict } = options;
  const results = await Promise.all(files.map((file) => load(file, out)));
  let code = OK;
  const report = results.map((result) => {
    if ('error' in result) {
      code = FAILED;
      if (!json) out.stderr(`${result.file}: ${result.error}\n`);
      return result;
    }
    const { value: guide, problems } = validateGuide(result.raw);
    const warnings = overdueReview(guide?.nextReview);
    let scores: GuideReadability | undefined;
    let summary = '';
    // The readability pass reads the raw document: one that is no guide object at all has only its problem.
    if (readability && isObject(result.raw)) {
      scores = guideReadability(result.raw);
      const plainLanguage = readabilityReport(result.file, scores, readability);
      warnings.push(...plainLanguage.warnings);
      summary = plainLanguage.summary;
    }
    if ((problems.length || (strict && warnings.length)) && code === OK) code = PROBLEMS;
    if (!json) out.stdout(`${problemLines(result.file, problems)}${warningLines(result.file, warnings)}${summary}`);
    return { file: result.file, problems, warnings, ...(scores && { readability: scores }) };
  });
  if (json) out.stdout(`${JSON.stringify(report, null, 2)}\n`);
  return code;
}

async function renderFile(file: string, script: string | undefined, fragment: boolean, out: Output): Promise<number> {
  const loaded = await load(file, out);
  if ('error' in loaded) {
    out.stderr(`${file}: ${loaded.error}\n`);
    return FAILED;
  }
  const result = fragment ? await renderGuide(loaded.raw) : await renderGuideDocument(loaded.raw, { script });
  out.stdout(fragment ? `${result.html}\n` : result.html);
  out.stderr(problemLines(file, result.problems));
  return result.problems.length ? PROBLEMS : OK;
}

/** Runs the `care-elements` command with its arguments; resolves to the exit code. */
export async function run(args: string[], out: Output): Promise<number> {
  const [command, ...rest] = args;
  if (command === undefined || command === '-h' || command === '--help' || command === 'help') {
    (command ? out.stdout : out.stderr)(USAGE);
    return command ? OK : FAILED;
  }
  if (command === '--version') {
    // Read when asked, beside the installed module, so it is the version that runs.
    const { version } = JSON.parse(await readFile(new URL('../../package.json', import.meta.url), 'utf8'));
    out.stdout(`${version}\n`);
    return OK;
  }
  if (!(command in OPTIONS)) {
    out.stderr(`care-elements: unknown command "${command}"; see care-elements --help\n`);
    return FAILED;
  }
  let parsed;
  try {
    // --readability takes an optional grade, which parseArgs cannot say: the bare flag means the default.
    const args = rest.map((arg) => (arg === '--readability' ? '--readability=' : arg));
    parsed = parseArgs({ args, options: OPTIONS[command as keyof typeof OPTIONS], allowPositionals: true });
  } catch (error) {
    out.stderr(`care-elements ${command}: ${usageError(error)}; see care-elements --help\n`);
    return FAILED;
  }
  const { values, positionals } = parsed as { values: Record<string, string | boolean | undefined>; positionals: string[] };
  if (values.help) {
    out.stdout(USAGE);
    return OK;
  }
  if (command === 'validate') {
    if (positionals.length === 0) {
      out.stderr('care-elements validate: no FILE given; see care-elements --help\n');
      return FAILED;
    }
    if (positionals.filter((file) => file === '-').length > 1) {
      out.stderr('care-elements validate: - (standard input) given more than once; see care-elements --help\n');
      return FAILED;
    }
    let readability: Record<Formula, number> | undefined;
    if (typeof values.readability === 'string') {
      const grade = values.readability === '' ? DEFAULT_LIMITS['flesch-kincaid'] : Number(values.readability);
      if (!Number.isFinite(grade) || grade <= 0) {
        out.stderr(`care-elements validate: --readability takes a grade such as 8, not "${values.readability}"; see care-elements --help\n`);
        return FAILED;
      }
      readability = { ...DEFAULT_LIMITS, 'flesch-kincaid': grade };
    }
    return validate(positionals, { json: Boolean(values.json), readability, strict: Boolean(values.strict) }, out);
  }
  if (positionals.length !== 1) {
    out.stderr(`care-elements render: expected one FILE, got ${positionals.length}; see care-elements --help\n`);
    return FAILED;
  }
  if (values.fragment && values.script !== undefined) {
    out.stderr('care-elements render: --script needs a whole page, and --fragment writes none; see care-elements --help\n');
    return FAILED;
  }
  return renderFile(positionals[0], values.script as string | undefined, Boolean(values.fragment), out);
}
