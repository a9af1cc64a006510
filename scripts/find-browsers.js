import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const CHROMIUM = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];

const FIREFOX = [
  '/usr/bin/firefox-esr',
  '/usr/bin/firefox',
  '/snap/bin/firefox',
  '/Applications/Firefox.app/Contents/MacOS/firefox',
];

/** The environment variable's path, else the first candidate that exists; throws one line saying how to fix it. */
function find(variable, candidates, install) {
  const fromEnv = process.env[variable];
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    throw new Error(`${variable} is set to "${fromEnv}", which does not exist.`);
  }
  const found = candidates.find((path) => existsSync(path));
  if (found) return found;
  throw new Error(install);
}

/** The system Chromium: CHROME_PATH, then the usual install paths. Never downloads a browser. */
export function findChromium() {
  return find('CHROME_PATH', CHROMIUM, 'No Chromium found: install one (Debian: apt-get install chromium) or set CHROME_PATH to its executable.');
}

/**
 * The oldest Firefox that puppeteer-core can drive: it opens every page with WebDriver BiDi's
 * `emulation.setScreenOrientationOverride`, which Firefox has had since 144. An older one (Firefox
 * ESR 140, say) fails every test file with a protocol error instead of running it.
 */
export const FIREFOX_MIN_VERSION = 144;

/** The major version a Firefox executable reports (`Mozilla Firefox 153.7.0esr`); undefined when it says none. */
function firefoxVersion(path) {
  try {
    const match = /Firefox (\d+)/.exec(execFileSync(path, ['--version'], { encoding: 'utf8', timeout: 20_000, stdio: ['ignore', 'pipe', 'ignore'] }));
    return match ? Number(match[1]) : undefined;
  } catch {
    return undefined;
  }
}

/** The system Firefox: FIREFOX_PATH, then the usual install paths, if recent enough to be driven. Never downloads a browser. */
export function findFirefox() {
  const path = find('FIREFOX_PATH', FIREFOX, 'No Firefox found: install one (Debian: apt-get install firefox-esr) or set FIREFOX_PATH to its executable.');
  const version = firefoxVersion(path);
  if (version !== undefined && version < FIREFOX_MIN_VERSION) {
    throw new Error(
      `Firefox ${version} (${path}) is too old to be driven by the tests, which need Firefox ${FIREFOX_MIN_VERSION} or later: update it (Debian: apt-get update && apt-get install firefox-esr), set FIREFOX_PATH to a newer one, or run BROWSERS=chromium.`,
    );
  }
  return path;
}

/** Flags for headless Chromium on a machine with no outside network, running as root in CI. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
];
