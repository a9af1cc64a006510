import puppeteer from 'puppeteer-core';
import { existsSync } from 'node:fs';
import { CHROMIUM_ARGS, findChromium, findFirefox } from '../scripts/find-browsers.js';
import { serve } from '../scripts/static-server.js';
import { printCls } from './cls.js';

/**
 * npm run bench: FAQ rendering against native <details> and a minimal Lit element, in Chromium and
 * Firefox ESR, then the layout shift of the whole guide as a CMS writes it (Chromium: Firefox has
 * no layout-shift entries). Each run is a fresh page that renders every variant in interleaved
 * rounds and takes each one's median; the table gives the median of the runs' ratios and their
 * spread, so a result that noise on a shared machine made is seen as one, and split into what the
 * element itself costs and what each further question does. The same pages then time
 * opening and closing one answer of a rendered FAQ, click to layout.
 * BENCH_BROWSERS (chromium,firefox), BENCH_RUNS (3), BENCH_ROUNDS (21) and BENCH_SIZES (10,100,1000)
 * narrow or widen it.
 */
if (!existsSync('dist/cdn/care-elements.js')) {
  console.error('dist/cdn/care-elements.js is missing: run "npm run build" first.');
  process.exit(1);
}
const runs = Number(process.env.BENCH_RUNS ?? 3);
const rounds = Number(process.env.BENCH_ROUNDS ?? 21);
const sizes = (process.env.BENCH_SIZES ?? '10,100,1000').split(',').map(Number);
const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

const BROWSERS = {
  chromium: () => puppeteer.launch({ executablePath: findChromium(), headless: true, args: CHROMIUM_ARGS }),
  // Firefox rounds performance.now() to whole milliseconds by default, too coarse for 10 questions.
  firefox: () =>
    puppeteer.launch({ browser: 'firefox', executablePath: findFirefox(), headless: true, extraPrefsFirefox: { 'privacy.reduceTimerPrecision': false } }),
};

/** Runs the FAQ benchmark in fresh pages of one browser and prints its table. */
async function benchFaq(browser, serverUrl) {
  let labels = {};
  /** Each row's results, one per run, in the order runBench gives them. */
  const rows = new Map();
  /** The same for opening one answer. */
  const toggles = new Map();
  for (let run = 0; run < runs; run++) {
    const page = await browser.newPage();
    page.on('pageerror', (error) => console.error(`page error: ${error.message}`));
    await page.goto(`${serverUrl}/bench/index.html`, { waitUntil: 'load' });
    await page.waitForFunction(() => typeof window.runBench === 'function');
    labels = await page.evaluate(() => window.benchVariants);
    const results = await page.evaluate((options) => window.runBench(options), { sizes, rounds, warmup: 3 });
    for (const r of await page.evaluate((options) => window.runToggleBench(options), { sizes, rounds })) {
      toggles.set(`${r.n} ${r.variant}`, [...(toggles.get(`${r.n} ${r.variant}`) ?? []), r]);
    }
    await page.close();
    const lit = new Map(results.filter((r) => r.variant === 'minimalLit').map((r) => [r.n, r.median]));
    for (const r of results) rows.set(`${r.n} ${r.variant}`, [...(rows.get(`${r.n} ${r.variant}`) ?? []), { ...r, toLit: r.median / lit.get(r.n) }]);
  }
  console.log(`FAQ render to layout: ${runs} runs, each the median of ${rounds} interleaved rounds (${await browser.version()})`);
  console.log('questions  variant                        median ms   ratio to <details>: median of runs [spread]   each run            to minimal Lit');
  for (const results of rows.values()) {
    const { n, variant } = results[0];
    const ratios = results.map((r) => r.ratio);
    const spread = `[${Math.min(...ratios).toFixed(2)}–${Math.max(...ratios).toFixed(2)}]`;
    console.log(
      `${String(n).padStart(9)}  ${labels[variant].padEnd(31)}${median(results.map((r) => r.median)).toFixed(2).padStart(9)}   ${median(ratios).toFixed(2)}× ${spread.padEnd(33)} ${ratios.map((x) => x.toFixed(2)).join(' ').padEnd(20)}${median(results.map((r) => r.toLit)).toFixed(2)}×`,
    );
  }
  printParts(rows, labels);
  console.log(`\nOpening or closing one answer, click to layout: ${runs} runs, each the median of ${rounds} interleaved clicks`);
  console.log('questions  variant                        median ms   ratio to <details>: median of runs [spread]');
  for (const results of toggles.values()) {
    const { n, variant } = results[0];
    const ratios = results.map((r) => r.ratio);
    console.log(
      `${String(n).padStart(9)}  ${labels[variant].padEnd(31)}${median(results.map((r) => r.median)).toFixed(2).padStart(9)}   ${median(ratios).toFixed(2)}× [${Math.min(...ratios).toFixed(2)}–${Math.max(...ratios).toFixed(2)}]`,
    );
  }
}

/**
 * What each variant's time is made of, from the two largest sizes: what each further question
 * costs (the slope between them) and what is left at no questions (the element itself: its shadow
 * root, styles, controllers and heading). A ratio at few questions is mostly the second, at many
 * the first.
 */
function printParts(rows, labels) {
  const [small, large] = [...new Set(sizes)].sort((a, b) => a - b).slice(-2);
  if (small === undefined || large === undefined) return;
  const at = (n, variant) => median((rows.get(`${n} ${variant}`) ?? []).map((r) => r.median));
  const part = (variant) => {
    const each = (at(large, variant) - at(small, variant)) / (large - small);
    return { each, fixed: at(small, variant) - small * each };
  };
  const native = part('native');
  console.log(`\nWhat the time is made of, from ${small} and ${large} questions: the element itself, and each further question`);
  console.log('variant                          element ms   each question µs   ratio to <details>');
  for (const variant of Object.keys(labels)) {
    if (!rows.has(`${large} ${variant}`)) continue;
    const { each, fixed } = part(variant);
    console.log(`${labels[variant].padEnd(31)}${fixed.toFixed(2).padStart(11)}${(each * 1000).toFixed(1).padStart(19)}   ${(each / native.each).toFixed(2).padStart(17)}×`);
  }
}

const names = (process.env.BENCH_BROWSERS ?? 'chromium,firefox').split(',').map((name) => name.trim());
const unknown = names.filter((name) => !BROWSERS[name]);
if (unknown.length) {
  console.error(`BENCH_BROWSERS: unknown ${unknown.join(', ')} (known: ${Object.keys(BROWSERS).join(', ')})`);
  process.exit(1);
}
const server = await serve('.');
try {
  for (const name of names) {
    const browser = await BROWSERS[name]();
    try {
      await benchFaq(browser, server.url);
      if (name === 'chromium') await printCls(browser, server.url);
      console.log('');
    } finally {
      await browser.close();
    }
  }
} finally {
  await server.close();
}
