import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher, puppeteerCore } from '@web/test-runner-chrome';
import { a11ySnapshotPlugin } from '@web/test-runner-commands/plugins';
import { visualRegressionPlugin } from '@web/test-runner-visual-regression/plugin';
import { CHROMIUM_ARGS, findChromium, findFirefox } from './scripts/find-browsers.js';
import { printPdf } from './test/plugins/print-pdf.js';
import { frameworkApps } from './test/frameworks/apps.js';

/** One CDP session per page, kept for the page's life: Chromium drops a session's emulation when it detaches. */
const cdpSessions = new WeakMap();

/** `emulate-media-features`: any CSS media feature, e.g. forced-colors, which puppeteer's emulateMediaFeatures refuses. */
const mediaFeatures = {
  name: 'emulate-media-features',
  async executeCommand({ command, payload, session }) {
    if (command !== 'emulate-media-features') return undefined;
    const page = session.browser.getPage(session.id);
    if (!cdpSessions.has(page)) {
      const cdp = page.createCDPSession().catch(() => {
        throw new Error(`emulate-media-features needs the Chrome DevTools Protocol, which ${session.browser.name} does not speak`);
      });
      cdpSessions.set(page, cdp);
    }
    await (await cdpSessions.get(page)).send('Emulation.setEmulatedMedia', { features: payload });
    return true;
  },
};

/** `emulate-timezone`: the page's time zone, an IANA name such as `America/Los_Angeles`; '' for the system's again. */
const timezone = {
  name: 'emulate-timezone',
  async executeCommand({ command, payload, session }) {
    if (command !== 'emulate-timezone') return undefined;
    await session.browser.getPage(session.id).emulateTimezone(payload || undefined);
    return true;
  },
};

/** Vite's `?url` imports, as stories use them: the module's default export is the file's URL. */
const assetUrls = {
  name: 'asset-urls',
  serve(context) {
    if (context.URL.searchParams.has('url')) return { body: `export default ${JSON.stringify(context.path)};`, type: 'js' };
    return undefined;
  },
};

/**
 * Screenshot tests (test/visual/): baselines in test/visual/<browser>/baseline, committed. A pixel
 * counts as changed past pixelmatch's colour threshold 0.1, anti-aliasing aside; a screenshot fails
 * past 100 changed pixels. Update on purpose with `npm run test:unit -- --update-visual-baseline`.
 */
const visualRegression = visualRegressionPlugin({
  update: process.argv.includes('--update-visual-baseline'),
  baseDir: 'test/visual',
  diffOptions: { threshold: 0.1 },
  failureThresholdType: 'pixel',
  failureThreshold: 100,
});

/** Browsers to test in, from BROWSERS (e.g. `BROWSERS=chromium`); Chromium and Firefox ESR by default. */
const launchers = {
  chromium: () => chromeLauncher({ puppeteer: puppeteerCore, launchOptions: { executablePath: findChromium(), headless: true, args: [...CHROMIUM_ARGS, '--js-flags=--expose-gc'] } }),
  // Firefox is driven over WebDriver BiDi, which has no media emulation: tests that need it are Chromium-only.
  firefox: () => chromeLauncher({ puppeteer: puppeteerCore, launchOptions: { browser: 'firefox', executablePath: findFirefox(), headless: true } }),
};
const selected = {};
try {
  for (const name of (process.env.BROWSERS ?? 'chromium,firefox').split(',').map((n) => n.trim()).filter(Boolean)) {
    if (!launchers[name]) throw new Error(`BROWSERS names "${name}"; known are ${Object.keys(launchers).join(', ')}.`);
    selected[name] ??= launchers[name]();
  }
} catch (error) {
  // A missing browser is one line that says how to fix it, not a stack trace.
  console.error(error.message);
  process.exit(1);
}
const browsers = Object.values(selected);

/**
 * The Chromium-only group: tests of forced colours, print, reduced motion, time zones, `page.pdf` and screenshots,
 * which need Chromium's DevTools Protocol to emulate or capture. Each such file is named
 * `*.chromium.test.ts` and says why in its first comment; everything else runs in every browser.
 */
const CHROMIUM_ONLY = 'test/**/*.chromium.test.ts';
const isChromiumOnly = (pattern) => /\.chromium\.test\.ts$/.test(pattern);

/** The patterns given with `--files` on the command line, which replace `files` (but not the groups). */
function filesFromArgv(argv) {
  const patterns = [];
  for (let i = 0; i < argv.length; i++) {
    if (argv[i].startsWith('--files=')) patterns.push(argv[i].slice('--files='.length));
    else if (argv[i] === '--files') while (argv[i + 1] && !argv[i + 1].startsWith('-')) patterns.push(argv[++i]);
  }
  return patterns;
}

const named = filesFromArgv(process.argv);
let groups = [];
let runIn = browsers;
if (named.length === 0) {
  if (selected.chromium) groups = [{ name: 'chromium-only', files: CHROMIUM_ONLY, browsers: [selected.chromium] }];
} else if (named.some((pattern) => isChromiumOnly(pattern) || /[*?[{]/.test(pattern))) {
  // Named files run in the top-level browsers; a list that names a Chromium-only file, or a glob that may, runs in Chromium alone.
  if (!selected.chromium) {
    console.error('--files names Chromium-only tests (*.chromium.test.ts) or a glob, but BROWSERS leaves Chromium out.');
    process.exit(1);
  }
  if (browsers.length > 1) console.log('--files names Chromium-only tests or a glob: running them in Chromium only.');
  runIn = [selected.chromium];
}

/** A test page under /test/pages/ is served with the Content-Security-Policy its `csp` query names, as a real header. */
async function cspHeader(ctx, next) {
  await next();
  if (ctx.path.startsWith('/test/pages/') && typeof ctx.query.csp === 'string') ctx.set('Content-Security-Policy', ctx.query.csp);
}

export default {
  files: ['test/**/*.test.ts', `!${CHROMIUM_ONLY}`],
  groups,
  nodeResolve: true,
  // One page at a time: a page in a background tab gets no animation frames, and fixtures wait for them.
  concurrency: 1,
  middleware: [cspHeader],
  plugins: [
    mediaFeatures,
    timezone,
    a11ySnapshotPlugin(),
    assetUrls,
    printPdf,
    visualRegression,
    esbuildPlugin({ ts: true, tsconfig: './tsconfig.json', target: 'esnext' }),
    // The React, Vue and Svelte test apps, bundled as an app's bundler would: see test/frameworks/apps.js.
    frameworkApps(),
  ],
  browsers: runIn,
  // Lit's dev build stays for its checks (bindings, updates scheduled while updating); only its once-per-page dev-mode notice goes.
  // Before the tests: a failed assertion about an element would otherwise hang the page (see the setup file).
  testRunnerHtml: (testFramework) =>
    `<!DOCTYPE html><html><head><script>globalThis.litIssuedWarnings = new Set(['dev-mode']);</script></head><body><script type="module" src="/test/setup/cloneable-errors.ts"></script><script type="module" src="${testFramework}"></script></body></html>`,
  testFramework: { config: { timeout: 5000 } },
};
