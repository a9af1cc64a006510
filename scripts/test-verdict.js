// eslint-disable-next-line no-control-regex -- terminal colour codes start with ESC
const COLOURS = /\x1b\[[0-9;]*[A-Za-z]/g;
/** web-test-runner's word for a test file that never reported: it hung, and no test in it failed. */
const HUNG = /^Browser tests did not finish within (\d+)ms/;
/** Mocha's word for a test that failed only by waiting too long, for an event or an update that never came. */
const TIMED_OUT = /\bTimeout of \d+ms exceeded/;

/**
 * What the output of a web-test-runner run so far says: `{ failed }`, the first test that failed by
 * an assertion (or any error but mocha's timeout), wherever it stands; else `{ failed, timedOut: true }`,
 * the first test that failed only by running out of time; else `{ hungMs }` when a test file hung
 * without a failed test; else undefined. Each failed test is a ❌ line naming it, its error on the next;
 * a line not yet ended is not read, as its end may change what it says.
 */
export function verdictOf(output) {
  let timedOut;
  let hungMs;
  for (const [, line, error] of output.replace(COLOURS, '').matchAll(/❌ (.+)\n(.*)\n/g)) {
    const title = line.trim();
    const hang = HUNG.exec(title);
    if (hang) hungMs ??= Number(hang[1]);
    else if (TIMED_OUT.test(error)) timedOut ??= { failed: title, timedOut: true };
    else return { failed: title };
  }
  return timedOut ?? (hungMs === undefined ? undefined : { hungMs });
}
