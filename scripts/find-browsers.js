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

/** The system Firefox: FIREFOX_PATH, then the usual install paths. Never downloads a browser. */
export function findFirefox() {
  return find('FIREFOX_PATH', FIREFOX, 'No Firefox found: install one (Debian: apt-get install firefox-esr) or set FIREFOX_PATH to its executable.');
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
