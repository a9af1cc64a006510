#!/usr/bin/env node
import { describeError } from '../content/describe.js';
import { FAILED, failureReason, run } from './run.js';

const args = process.argv.slice(2);
const name = ['validate', 'render'].includes(args[0]) ? `care-elements ${args[0]}` : 'care-elements';

/** An error no guide explains, as one line and exit 2: a stack trace would read as a problem in the content. */
function fail(what: string, reason: string): never {
  process.stderr.write(`${name}: ${what} (${reason})\n`);
  process.exit(FAILED);
}

let readerGone = false;
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  // The reader has gone (`| head`): stop writing and end quietly, as cat and grep do.
  if (error.code === 'EPIPE') readerGone = true;
  else fail('cannot write to standard output', failureReason(error));
});
// With standard error gone there is nowhere to say what failed; the exit code still says it.
process.stderr.on('error', () => process.exit(FAILED));

try {
  process.exitCode = await run(args, {
    stdin: () => process.stdin,
    stdout: (text) => readerGone || process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
  });
} catch (error) {
  fail('stopped by an unexpected error', describeError(error));
}
