import assert from 'node:assert/strict';
import { chmodSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, it } from 'node:test';
import { FIREFOX_MIN_VERSION, findFirefox } from '../scripts/find-browsers.js';

/** An executable that answers `--version` as a Firefox of this version would. */
function fakeFirefox(version) {
  const path = join(mkdtempSync(join(tmpdir(), 'firefox-')), 'firefox');
  writeFileSync(path, `#!/bin/sh\necho "Mozilla Firefox ${version}"\n`);
  chmodSync(path, 0o755);
  return path;
}

describe('finding the system Firefox', () => {
  const saved = process.env.FIREFOX_PATH;
  afterEach(() => {
    if (saved === undefined) delete process.env.FIREFOX_PATH;
    else process.env.FIREFOX_PATH = saved;
  });

  it('gives the path of a Firefox recent enough to be driven', () => {
    process.env.FIREFOX_PATH = fakeFirefox('153.7.0esr');
    assert.equal(findFirefox(), process.env.FIREFOX_PATH);
  });

  it('refuses an older one in one line that says how to fix it, instead of a protocol error in every test file', () => {
    process.env.FIREFOX_PATH = fakeFirefox('140.12.0esr');
    assert.throws(findFirefox, (error) => {
      assert.match(error.message, new RegExp(`^Firefox 140 \\(.+\\) is too old .* Firefox ${FIREFOX_MIN_VERSION} or later: update it .*BROWSERS=chromium\\.$`));
      assert.doesNotMatch(error.message, /\n/);
      return true;
    });
  });

  it('says so in one line when FIREFOX_PATH names nothing', () => {
    process.env.FIREFOX_PATH = '/nowhere/firefox';
    assert.throws(findFirefox, { message: 'FIREFOX_PATH is set to "/nowhere/firefox", which does not exist.' });
  });
});
