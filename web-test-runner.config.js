import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { CHROMIUM_ARGS, findChromium } from './scripts/find-chromium.js';

const executablePath = findChromium();

/** `emulate-media-features`: any CSS media feature, e.g. forced-colors, which the stock command lacks for Chromium. */
const mediaFeatures = {
  name: 'emulate-media-features',
  async executeCommand({ command, payload, session }) {
    if (command !== 'emulate-media-features') return undefined;
    const cdp = await session.browser.getPage(session.id).createCDPSession();
    await cdp.send('Emulation.setEmulatedMedia', { features: payload });
    await cdp.detach();
    return true;
  },
};

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
  plugins: [mediaFeatures, esbuildPlugin({ ts: true, tsconfig: './tsconfig.json', target: 'esnext' })],
  browsers: [chromeLauncher({ launchOptions: { executablePath, headless: true, args: CHROMIUM_ARGS } })],
  testFramework: { config: { timeout: 5000 } },
};
