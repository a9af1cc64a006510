import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { visualRegressionPlugin } from '@web/test-runner-visual-regression/plugin';
import { CHROMIUM_ARGS, findChromium } from './scripts/find-chromium.js';
import { printPdf } from './test/plugins/print-pdf.js';

const executablePath = findChromium();

/** CDP sessions kept per page: emulation set through a session ends when the session detaches. */
const cdpSessions = new WeakMap();

/** `emulate-media-features`: any CSS media feature, e.g. forced-colors, which the stock command lacks for Chromium. */
const mediaFeatures = {
  name: 'emulate-media-features',
  async executeCommand({ command, payload, session }) {
    if (command !== 'emulate-media-features') return undefined;
    const page = session.browser.getPage(session.id);
    if (!cdpSessions.has(page)) cdpSessions.set(page, await page.createCDPSession());
    await cdpSessions.get(page).send('Emulation.setEmulatedMedia', { features: payload });
    return true;
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

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: true,
  // One page at a time: a page in a background tab gets no animation frames, and fixtures wait for them.
  concurrency: 1,
  plugins: [mediaFeatures, printPdf, visualRegression, esbuildPlugin({ ts: true, tsconfig: './tsconfig.json', target: 'esnext' })],
  browsers: [chromeLauncher({ launchOptions: { executablePath, headless: true, args: CHROMIUM_ARGS } })],
  testFramework: { config: { timeout: 5000 } },
};
