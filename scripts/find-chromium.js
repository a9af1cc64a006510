import { existsSync } from 'node:fs';

const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];

/** The system Chromium: CHROME_PATH, then the usual install paths. Never downloads a browser. */
export function findChromium() {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    console.error(`CHROME_PATH is set to "${fromEnv}", which does not exist.`);
    process.exit(1);
  }
  const found = CANDIDATES.find((path) => existsSync(path));
  if (found) return found;
  console.error('No Chromium found: install one (Debian: apt-get install chromium) or set CHROME_PATH to its executable.');
  process.exit(1);
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
