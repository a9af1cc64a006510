import puppeteer from 'puppeteer-core';
import { CHROMIUM_ARGS, findChromium } from '../scripts/find-browsers.js';
import { serve } from '../scripts/static-server.js';

/**
 * Compares two builds of the CDN folder on one benchmark variant: each in its own page of one
 * browser, rendered in turn, so both see the same machine. Prints the median wall and main-thread
 * CPU time of each, with native <details> in the same page as the yardstick.
 * Usage: node bench/ab.js <cdn folder A> <cdn folder B> [variant=children] [questions=1000] [rounds=31], folders
 * inside this one; e.g. cp -r dist/cdn dist/before, change the code, npm run build, node bench/ab.js dist/before dist/cdn
 */
const [a, b, variant = 'children', n = '1000', rounds = '31'] = process.argv.slice(2);
if (!a || !b) {
  console.error('usage: node bench/ab.js <cdn folder A> <cdn folder B> [variant] [questions] [rounds]');
  process.exit(1);
}
const server = await serve('.');
const browser = await puppeteer.launch({ executablePath: findChromium(), headless: true, args: CHROMIUM_ARGS });
const median = (values) => {
  const sorted = [...values].sort((x, y) => x - y);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
try {
  const builds = [];
  for (const dir of [a, b]) {
    const page = await browser.newPage();
    page.on('pageerror', (error) => console.error(`page error: ${error.message}`));
    await page.goto(`${server.url}/bench/index.html?cdn=/${encodeURIComponent(dir.replace(/^\.?\/|\/$/g, ''))}`, { waitUntil: 'load' });
    await page.waitForFunction(() => typeof window.sampleVariant === 'function' && customElements.get('care-faq-accordion'));
    const cdp = await page.createCDPSession();
    await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
    builds.push({ dir, page, cdp, times: { native: [], [variant]: [] }, cpu: { native: [], [variant]: [] } });
  }
  for (let round = 0; round < Number(rounds) + 2; round++) {
    for (const build of builds) {
      await build.page.bringToFront();
      for (const name of ['native', variant]) {
        const before = (await build.cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'ThreadTime').value;
        const wall = await build.page.evaluate((v, size) => window.sampleVariant(v, size), name, Number(n));
        const after = (await build.cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'ThreadTime').value;
        if (round >= 2) {
          build.times[name].push(wall);
          build.cpu[name].push((after - before) * 1000);
        }
      }
    }
  }
  console.log(`${variant}, ${n} questions, median of ${rounds} rounds: wall ms (ratio to native) | CPU ms (ratio to native)`);
  for (const { dir, times, cpu } of builds) {
    const wall = median(times[variant]);
    const thread = median(cpu[variant]);
    console.log(
      `${dir.padEnd(24)} ${wall.toFixed(2).padStart(8)} (${(wall / median(times.native)).toFixed(2)}×) | ${thread.toFixed(2).padStart(8)} (${(thread / median(cpu.native)).toFixed(2)}×)`,
    );
  }
} finally {
  await browser.close();
  await server.close();
}
