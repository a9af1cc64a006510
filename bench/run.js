import puppeteer from 'puppeteer-core';
import { existsSync } from 'node:fs';
import { CHROMIUM_ARGS, findChromium } from '../scripts/find-browsers.js';
import { serve } from '../scripts/static-server.js';

/** npm run bench: FAQ rendering against native <details>, printed as medians and ratios. */
if (!existsSync('dist/cdn/care-elements.js')) {
  console.error('dist/cdn/care-elements.js is missing: run "npm run build" first.');
  process.exit(1);
}
const rounds = Number(process.env.BENCH_ROUNDS ?? 21);
const server = await serve('.');
const browser = await puppeteer.launch({ executablePath: findChromium(), headless: true, args: CHROMIUM_ARGS });
try {
  const page = await browser.newPage();
  page.on('pageerror', (error) => console.error(`page error: ${error.message}`));
  await page.goto(`${server.url}/bench/index.html`, { waitUntil: 'load' });
  await page.waitForFunction(() => typeof window.runBench === 'function');
  const results = await page.evaluate(
    (options) => window.runBench(options),
    { sizes: [10, 100, 1000], rounds, warmup: 3 },
  );
  console.log(`FAQ render to layout, median of ${rounds} interleaved rounds (Chromium ${await browser.version()})`);
  console.log('questions  variant                        median ms   ratio to <details>');
  const names = { native: 'native <details>', children: '<care-faq-accordion> children', items: '<care-faq-accordion> items' };
  for (const r of results) {
    console.log(
      `${String(r.n).padStart(9)}  ${names[r.variant].padEnd(31)}${r.median.toFixed(2).padStart(9)}   ${r.ratio.toFixed(2)}×`,
    );
  }
} finally {
  await browser.close();
  await server.close();
}
