// The entry without side effects: the main one, imported before mocha is set up, would never register its fixtures' cleanup.
import { chai } from '@open-wc/testing/pure';

/**
 * Loaded on every test page before its tests (web-test-runner.config.js). The runner sends a failed
 * assertion's `actual` and `expected` to the terminal through `structuredClone`, which throws on an
 * element, and the page then never reports: the file hangs until the runner gives up
 * (modernweb-dev/web#2967). Such values go as chai prints them, so the assertion fails as written.
 */
chai.use(({ Assertion, AssertionError, util }) => {
  const cloneable = (value: unknown) => {
    try {
      structuredClone(value);
      return true;
    } catch {
      return false;
    }
  };
  const assert = Assertion.prototype.assert;
  Assertion.prototype.assert = function (this: Chai.AssertionStatic, ...args: Parameters<typeof assert>) {
    try {
      return assert.apply(this, args);
    } catch (error) {
      if (error instanceof AssertionError) {
        const values = error as { actual?: unknown; expected?: unknown };
        if (!cloneable(values.actual)) values.actual = util.inspect(values.actual);
        if (!cloneable(values.expected)) values.expected = util.inspect(values.expected);
      }
      throw error;
    }
  };
});
