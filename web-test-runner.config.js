import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher, puppeteerCore } from '@web/test-runner-chrome';
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

/** Browsers to test in, from BROWSERS (e.g. `BROWSERS=chromium,firefox`); Chromium only by default. */
const launchers = {
  chromium: () => chromeLauncher({ puppeteer: puppeteerCore, launchOptions: { executablePath: findChromium(), headless: true, args: CHROMIUM_ARGS } }),
  // Firefox is driven over WebDriver BiDi; some tests still need what only Chromium offers (CDP).
  firefox: () => chromeLauncher({ puppeteer: puppeteerCore, launchOptions: { browser: 'firefox', executablePath: findFirefox(), headless: true } }),
};
let browsers;
try {
  browsers = (process.env.BROWSERS ?? 'chromium').split(',').map((name) => {
    if (!launchers[name.trim()]) throw new Error(`BROWSERS names "${name}"; known are ${Object.keys(launchers).join(', ')}.`);
    return launchers[name.trim()]();
  });
} catch (error) {
  // A missing browser is one line that says how to fix it, not a stack trace.
  console.error(error.message);
  process.exit(1);
}

/** A test page under /test/pages/ is served with the Content-Security-Policy its `csp` query names, as a real header. */
async function cspHeader(ctx, next) {
  await next();
  if (ctx.path.startsWith('/test/pages/') && typeof ctx.query.csp === 'string') ctx.set('Content-Security-Policy', ctx.query.csp);
}

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: true,
  // One page at a time: a page in a background tab gets no animation frames, and fixtures wait for them.
  concurrency: 1,
  middleware: [cspHeader],
  plugins: [
    mediaFeatures,
    assetUrls,
    printPdf,
    visualRegression,
    esbuildPlugin({ ts: true, tsconfig: './tsconfig.json', target: 'esnext' }),
    // The React, Vue and Svelte test apps, bundled as an app's bundler would: see test/frameworks/apps.js.
    frameworkApps(),
  ],
  browsers,
  // Lit's dev build stays for its checks (bindings, updates scheduled while updating); only its once-per-page dev-mode notice goes.
  testRunnerHtml: (testFramework) =>
    `<!DOCTYPE html><html><head><script>globalThis.litIssuedWarnings = new Set(['dev-mode']);</script></head><body><script type="module" src="${testFramework}"></script></body></html>`,
  testFramework: { config: { timeout: 5000 } },
};
