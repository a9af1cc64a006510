import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { verdictOf } from '../scripts/test-verdict.js';

/** A failed test as web-test-runner's static log writes it: a ❌ line naming it, its error below (red in a terminal). */
const failed = (title, error) => ` ❌ ${title}\n      \x1b[31m${error}\x1b[39m\n        at n.<anonymous> (test/x.test.ts:7:31)\n\n`;
const timedOut = (title) => failed(title, 'Error: Timeout of 5000ms exceeded. For async tests and hooks, ensure "done()" is called; if returning a Promise, ensure it resolves.');
const asserted = (title) => failed(title, 'AssertionError: the search code is asked for: expected +0 to equal 1');
const file = (name, ...failures) => `test/${name}.test.ts:\n\n${failures.join('')}`;
const hung = (name) =>
  `test/${name}.test.ts:\n\n ❌ Browser tests did not finish within 120000ms. You can increase this timeout with the testsFinishTimeout option. \n\n`;

describe('the verdict of a test run, for a planted bug', () => {
  it('names a test that failed by an assertion after one that timed out in the same file', () => {
    const output = file('faq', timedOut('search > waits for a fetch'), asserted('search > asks for the code on focus'));
    assert.deepEqual(verdictOf(output), { failed: 'search > asks for the code on focus' });
  });

  it('names a test that failed by an assertion in a later file than one that timed out', () => {
    const output = file('faq', timedOut('search > waits for a fetch')) + file('highlight', asserted('marks > the matching words'));
    assert.deepEqual(verdictOf(output), { failed: 'marks > the matching words' });
  });

  it('says a bug was caught only by a timeout when every test that failed timed out, naming the first', () => {
    const output = file('faq', timedOut('search > waits for a fetch'), timedOut('search > waits for an update')) + hung('highlight');
    assert.deepEqual(verdictOf(output), { failed: 'search > waits for a fetch', timedOut: true });
  });

  it('counts a hung file as no failed test, and a test failed in another file as one', () => {
    assert.deepEqual(verdictOf(hung('faq')), { hungMs: 120_000 });
    assert.deepEqual(verdictOf(hung('faq') + file('highlight', asserted('marks > the matching words'))), { failed: 'marks > the matching words' });
  });

  it('finds nothing in a run whose tests all passed', () => {
    assert.equal(verdictOf('test/faq.test.ts:\n\nChromium: 1/1 test files | 12 passed, 0 failed\n'), undefined);
  });

  it('reads no line not yet ended, whose end may say it timed out', () => {
    const whole = file('faq', timedOut('search > waits for a fetch'));
    const cut = whole.indexOf('Timeout of');
    assert.equal(verdictOf(whole.slice(0, cut)), undefined);
    assert.deepEqual(verdictOf(whole), { failed: 'search > waits for a fetch', timedOut: true });
  });
});
