import puppeteer from 'puppeteer-core';
import { existsSync, readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { CHROMIUM_ARGS, findChromium } from '../scripts/find-browsers.js';
import { serve } from '../scripts/static-server.js';
import { guidePage, SHIFT_OBSERVER, SITE_TYPE } from './guide-page.js';

/**
 * Cumulative layout shift of the whole built-in guide written as a CMS writes it, when the script
 * arrives after the first paint: the sum of every `layout-shift` entry (none had recent input) from
 * first paint until every element has rendered, as a PerformanceObserver in the page reports them.
 * Measured with the reader at the top of the page, in the middle and at the FAQ, where closed
 * answers collapse. Chromium counts only boxes that exist before and after a frame: content that an
 * element shows through a slot is laid out anew when the element upgrades, so its own move is not
 * counted, but the page's own content around the elements is. So each load also reports how much
 * each section's box grew or shrank, which a reader sees whether Chromium counts it or not. With the
 * stylesheet, the page is measured twice: as it is, and with a site's own typography (SITE_TYPE).
 *
 * `node bench/cls.js` runs this part alone (after `npm run build`); `npm run bench` runs it last.
 */

const STYLESHEET = 'dist/cdn/care-elements.css';
const guide = JSON.parse(readFileSync(new URL('../src/content/stem-cell-injection-back-pain.json', import.meta.url), 'utf8'));

/** Each section of the guide with its box's height, in page order. */
const boxes = () =>
  [...document.querySelectorAll('care-guide > *')].map((el) => ({
    name: el.localName + (el.getAttribute('section') ? `[section=${el.getAttribute('section')}]` : ''),
    height: el.getBoundingClientRect().height,
  }));

/** Loads the page once, scrolled to `at` (a selector) or not; returns its layout shifts and how each section's height changed. */
async function measure(page, url, viewport, at) {
  await page.setViewport(viewport);
  await page.goto(url, { waitUntil: 'load' });
  await page.evaluate(() => window.firstPaint);
  if (at) {
    await page.evaluate((selector) => document.querySelector(selector).scrollIntoView(), at);
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  }
  const before = await page.evaluate(boxes);
  const shifts = await page.evaluate(async () => {
    const script = document.createElement('script');
    script.type = 'module';
    script.src = '/dist/cdn/care-elements.js';
    document.head.append(script);
    const tags = [...new Set([...document.body.querySelectorAll('*')].map((el) => el.localName).filter((name) => name.startsWith('care-')))];
    await Promise.all(tags.map((tag) => customElements.whenDefined(tag)));
    await Promise.all([...document.querySelectorAll(tags.join(','))].map((el) => el.updateComplete));
    // Two frames lay out and paint what the elements rendered; shifts found then may not be delivered yet.
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    window.flushShifts();
    return window.shifts;
  });
  const after = await page.evaluate(boxes);
  const grew = before.map((box, i) => ({ name: box.name, by: Math.round(after[i].height - box.height) })).filter((box) => box.by !== 0);
  return { cls: shifts.reduce((sum, entry) => sum + entry.value, 0), shifts, grew };
}

/** Every source that moved, once per load, with how far: what the layout shift is made of. */
function describeShifts(shifts) {
  return shifts.map((entry) => `${entry.value.toFixed(4)} = ${entry.sources.join(' + ')}`);
}

export const VIEWPORTS = { phone: { width: 320, height: 640 }, 'large phone': { width: 390, height: 844 }, desktop: { width: 1280, height: 800 } };
export const POSITIONS = { 'at the top': undefined, 'in the middle': 'care-risk-list', 'at the FAQ': 'care-faq-accordion' };

/** Serves the CMS page at /bench/guide.html, with the pre-upgrade stylesheet when asked by `?stylesheet` and a site's own typography by `?site-type`. */
export async function guidePageRoute(page) {
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    const { pathname, searchParams } = new URL(request.url());
    if (pathname !== '/bench/guide.html') return request.continue();
    const head =
      SHIFT_OBSERVER + (searchParams.has('stylesheet') ? `<link rel="stylesheet" href="/${STYLESHEET}">` : '') + (searchParams.has('site-type') ? SITE_TYPE : '');
    return request.respond({ status: 200, contentType: 'text/html', body: guidePage(guide, head) });
  });
}

/** Prints the guide's CLS on phones and a desktop screen, each load's, with and without the pre-upgrade stylesheet when the build has one. */
export async function printCls(browser, serverUrl, loads = 3) {
  const withStylesheet = existsSync(STYLESHEET);
  const page = await browser.newPage();
  page.on('pageerror', (error) => console.error(`page error: ${error.message}`));
  await guidePageRoute(page);
  const variants = withStylesheet
    ? { 'without stylesheet': '', 'with care-elements.css': '?stylesheet', 'with it, the site\'s own type': '?stylesheet&site-type' }
    : { 'without stylesheet': '' };
  console.log(`\nLayout shift of the whole guide written with child tags, script loaded after first paint (${loads} loads each; target < 0.05)`);
  for (const [name, viewport] of Object.entries(VIEWPORTS)) {
    for (const [position, at] of Object.entries(POSITIONS)) {
      for (const [variant, query] of Object.entries(variants)) {
        const results = [];
        for (let i = 0; i < loads; i++) results.push(await measure(page, `${serverUrl}/bench/guide.html${query}`, viewport, at));
        const values = results.map((r) => r.cls.toFixed(3)).join(' ');
        const max = Math.max(...results.map((r) => r.cls));
        console.log(`  ${`${name} ${viewport.width}×${viewport.height}`.padEnd(24)}${position.padEnd(15)}${variant.padEnd(30)}CLS ${values}  (max ${max.toFixed(3)})`);
        const worst = results.find((r) => r.cls === max);
        for (const line of describeShifts(worst.shifts)) console.log(`      shift ${line}`);
        if (position === 'at the top') {
          const grew = worst.grew.map((box) => `${box.name} ${box.by > 0 ? '+' : ''}${box.by}px`).join(', ');
          console.log(`      section heights on upgrade: ${grew || 'all unchanged'}`);
        }
      }
    }
  }
  if (!withStylesheet) console.log(`  (${STYLESHEET} is not in this build: measured without it only)`);
  await page.close();
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  if (!existsSync('dist/cdn/care-elements.js')) {
    console.error('dist/cdn/care-elements.js is missing: run "npm run build" first.');
    process.exit(1);
  }
  const server = await serve('.');
  const browser = await puppeteer.launch({ executablePath: findChromium(), headless: true, args: CHROMIUM_ARGS });
  try {
    await printCls(browser, server.url, Number(process.env.BENCH_LOADS ?? 3));
  } finally {
    await browser.close();
    await server.close();
  }
}
