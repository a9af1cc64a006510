import { existsSync } from 'node:fs';
import { guidePage } from './guide-page.js';

/**
 * Cumulative layout shift of the whole built-in guide written as a CMS writes it, when the script
 * arrives after the first paint: the sum of every `layout-shift` entry (none had recent input) from
 * first paint until every element has rendered, as a PerformanceObserver in the page reports them.
 * Measured with the reader at the top of the page and at the FAQ, where closed answers collapse.
 * Chromium counts only boxes that exist before and after a frame: content that an element shows
 * through a slot is laid out anew when the element upgrades, so its own move is not counted, but
 * the page's own content around the elements is.
 */

/** Runs in the page's <head> before anything paints: collects layout shifts and the first paint. */
const observer = `<script>
  window.shifts = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.shifts.push(entry.value);
  }).observe({ type: 'layout-shift', buffered: true });
  window.firstPaint = new Promise((resolve) => {
    new PerformanceObserver((list, self) => { self.disconnect(); resolve(list.getEntries()[0].startTime); }).observe({ type: 'paint', buffered: true });
  });
</script>`;

const STYLESHEET = 'dist/cdn/care-elements.css';

/** Loads the page once, scrolled to `at` (a selector) or not, and returns its layout shift. */
async function measure(page, url, viewport, at) {
  await page.setViewport(viewport);
  await page.goto(url, { waitUntil: 'load' });
  await page.evaluate(() => window.firstPaint);
  if (at) {
    await page.evaluate((selector) => document.querySelector(selector).scrollIntoView(), at);
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  }
  return page.evaluate(async () => {
    const script = document.createElement('script');
    script.type = 'module';
    script.src = '/dist/cdn/care-elements.js';
    document.head.append(script);
    const tags = [...new Set([...document.body.querySelectorAll('*')].map((el) => el.localName).filter((name) => name.startsWith('care-')))];
    await Promise.all(tags.map((tag) => customElements.whenDefined(tag)));
    await Promise.all([...document.querySelectorAll(tags.join(','))].map((el) => el.updateComplete));
    // Shifts are found when a frame is laid out and reported in a task after it.
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve))));
    return window.shifts.reduce((sum, value) => sum + value, 0);
  });
}

const median = (values) => [...values].sort((a, b) => a - b)[values.length >> 1];

/** Prints the guide's CLS on a phone and a desktop screen, with and without the pre-upgrade stylesheet when the build has one. */
export async function printCls(browser, serverUrl, loads = 5) {
  const withStylesheet = existsSync(STYLESHEET);
  const page = await browser.newPage();
  page.on('pageerror', (error) => console.error(`page error: ${error.message}`));
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    const { pathname, searchParams } = new URL(request.url());
    if (pathname !== '/bench/guide.html') return request.continue();
    const head = observer + (searchParams.has('stylesheet') ? `<link rel="stylesheet" href="/${STYLESHEET}">` : '');
    return request.respond({ status: 200, contentType: 'text/html', body: guidePage(head) });
  });
  const viewports = { phone: { width: 390, height: 844 }, desktop: { width: 1280, height: 800 } };
  const positions = { 'at the top': undefined, 'at the FAQ': 'care-faq-accordion' };
  const variants = withStylesheet ? { 'without stylesheet': '', 'with care-elements.css': '?stylesheet' } : { 'without stylesheet': '' };
  console.log(`\nLayout shift of the whole guide written with child tags, script loaded after first paint (median of ${loads} loads)`);
  for (const [name, viewport] of Object.entries(viewports)) {
    for (const [position, at] of Object.entries(positions)) {
      for (const [variant, query] of Object.entries(variants)) {
        const values = [];
        for (let i = 0; i < loads; i++) values.push(await measure(page, `${serverUrl}/bench/guide.html${query}`, viewport, at));
        console.log(`  ${`${name} ${viewport.width}×${viewport.height}`.padEnd(20)}${position.padEnd(13)}${variant.padEnd(26)}CLS ${median(values).toFixed(3)}`);
      }
    }
  }
  if (!withStylesheet) console.log(`  (${STYLESHEET} is not in this build: measured without it only)`);
  await page.close();
}
