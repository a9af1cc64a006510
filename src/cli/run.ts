import { readFile } from 'node:fs/promises';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import type { ContentProblem } from '../content/types.js';
import { validateGuide } from '../content/validate.js';
import { renderGuide, renderGuideDocument } from '../server/render.js';

/** Where the command writes; the real streams in the command, strings in tests. */
export interface Output {
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

Options for validate:
  --json             Print the problems as JSON instead.

Options for render:
  --script URL       Add <script type="module" src="URL">, such as the CDN's care-elements-hydrate.js.
  --fragment         Write only <care-guide> with its JSON-LD, for a CMS template.

  -h, --help         Show this help.

Exit codes: 0 when every guide is valid; 1 when a guide has problems (render still writes
every valid section); 2 for a usage error or a file that cannot be read or is not JSON.
`;

const OPTIONS = {
  validate: { json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
  render: { script: { type: 'string' }, fragment: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
} satisfies Record<string, ParseArgsConfig['options']>;

type Loaded = { file: string; raw: unknown } | { file: string; error: string };

async function load(file: string): Promise<Loaded> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    const { code, message } = error as NodeJS.ErrnoException;
    const reason = { ENOENT: 'no such file', EISDIR: 'a directory', EACCES: 'permission denied' }[code ?? ''] ?? message;
    return { file, error: `cannot read the file (${reason})` };
  }
  try {
    return { file, raw: JSON.parse(text) };
  } catch (error) {
    return { file, error: `not JSON (${(error as Error).message})` };
  }
}

const problemLines = (file: string, problems: ContentProblem[]) =>
  problems.map((p) => `${file}: ${p.path || '(document)'}: ${p.message}\n`).join('');

/** A parseArgs error as one line: Node's own messages run on with advice about `--`. */
function usageError(error: unknown): string {
  const { code, message } = error as { code?: string; message: string };
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return `unknown option ${/'([^']+)'/.exec(message)?.[1] ?? ''}`;
  return message.split('. ')[0];
}

async function validate(files: string[], json: boolean, out: Output): Promise<number> {
  const results = await Promise.all(files.map(load));
  let code = OK;
  const report = results.map((result) => {
    if ('error' in result) {
      code = FAILED;
      if (!json) out.stderr(`${result.file}: ${result.error}\n`);
      return result;
    }
    const { problems } = validateGuide(result.raw);
    if (problems.length && code === OK) code = PROBLEMS;
    if (!json) out.stdout(problemLines(result.file, problems));
    return { file: result.file, problems };
  });
  if (json) out.stdout(`${JSON.stringify(report, null, 2)}\n`);
  return code;
}

async function renderFile(file: string, script: string | undefined, fragment: boolean, out: Output): Promise<number> {
  const loaded = await load(file);
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
  if (!(command in OPTIONS)) {
    out.stderr(`care-elements: unknown command "${command}"; see care-elements --help\n`);
    return FAILED;
  }
  let parsed;
  try {
    parsed = parseArgs({ args: rest, options: OPTIONS[command as keyof typeof OPTIONS], allowPositionals: true });
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
    return validate(positionals, Boolean(values.json), out);
  }
  if (positionals.length !== 1) {
    out.stderr(`care-elements render: expected one FILE, got ${positionals.length}; see care-elements --help\n`);
    return FAILED;
  }
  return renderFile(positionals[0], values.script as string | undefined, Boolean(values.fragment), out);
}
