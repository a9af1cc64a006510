import puppeteer from 'puppeteer-core';
import { existsSync } from 'node:fs';
import { CHROMIUM_ARGS, findChromium } from '../scripts/find-browsers.js';
import { serve } from '../scripts/static-server.js';
import { printCls } from './cls.js';

/**
 * npm run bench: FAQ rendering against native <details> and a minimal Lit element, printed as
 * medians and ratios, then the layout shift of the whole guide as a CMS writes it.
 */
if (!existsSync('dist/cdn/care-elements.js')) {
  console.error('dist/cdn/care-elements.js is missing: run "npm run build" first.');
  process.exit(1);
}
const rounds = Number(process.env.BENCH_ROUNDS ?? 21);
const sizes = (process.env.BENCH_SIZES ?? '10,100,1000').split(',').map(Number);
const server = await serve('.');
const browser = await puppeteer.launch({ executablePath: findChromium(), headless: true, args: CHROMIUM_ARGS });
try {
  const page = await browser.newPage();
  page.on('pageerror', (error) => console.error(`page error: ${error.message}`));
  await page.goto(`${server.url}/bench/index.html`, { waitUntil: 'load' });
  await page.waitForFunction(() => typeof window.runBench === 'function');
  const labels = await page.evaluate(() => window.benchVariants);
  const results = await page.evaluate(
    (options) => window.runBench(options),
    { sizes, rounds, warmup: 3 },
  );
  console.log(`FAQ render to layout, median of ${rounds} interleaved rounds (Chromium ${await browser.version()})`);
  console.log('questions  variant                        median ms   ratio to <details>   (fastest to fastest)');
  for (const r of results) {
    console.log(
      `${String(r.n).padStart(9)}  ${labels[r.variant].padEnd(31)}${r.median.toFixed(2).padStart(9)}   ${r.ratio.toFixed(2)}×                (${r.fastest.toFixed(2)}×)`,
    );
  }
  await printCls(browser, server.url);
} finally {
  await browser.close();
  await server.close();
}
