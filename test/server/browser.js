import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_ARGS, findChromium } from '../../scripts/find-browsers.js';

const TYPES = { '.js': 'text/javascript', '.json': 'application/json', '.html': 'text/html' };

/**
 * Serves pages from memory, each with its own Content-Security-Policy header if given, and the
 * package's files from the working directory. A script can be held back until the test releases
 * it, so a page is seen painted from the server's markup alone before its script runs.
 */
export async function startServer() {
  const pages = new Map();
  const held = new Map();
  const server = createServer(async (request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url, 'http://x').pathname));
    const page = pages.get(path);
    if (page) {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', ...(page.csp ? { 'content-security-policy': page.csp } : {}) });
      response.end(page.html);
      return;
    }
    // Browsers ask for a favicon; an answer keeps a 404 out of the console errors the tests count.
    if (path === '/favicon.ico') return response.writeHead(204).end();
    await held.get(path);
    try {
      const body = await readFile(join(process.cwd(), path.replace(/^(\.\.[/\\])+/, '')));
      response.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream' }).end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${server.address().port}`;
  return {
    url,
    /** Adds a page at `/pages/NAME` and returns its URL. */
    page(name, html, csp) {
      pages.set(`/pages/${name}`, { html, csp });
      return `${url}/pages/${name}`;
    },
    /** Holds back requests for `path` until the returned function is called. */
    hold(path) {
      let release;
      held.set(path, new Promise((resolve) => (release = resolve)));
      return () => {
        held.delete(path);
        release();
      };
    },
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}

export const launch = () => puppeteer.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS, headless: true });

/** A new page that records console errors, uncaught errors, CSP violations and layout shifts. */
export async function openPage(browser, { javaScript = true } = {}) {
  const page = await browser.newPage();
  // A common phone's size, where most patients read; not isMobile, under which Chromium reports no layout shifts.
  await page.setViewport({ width: 390, height: 844 });
  await page.setJavaScriptEnabled(javaScript);
  const errors = [];
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  page.on('pageerror', (error) => errors.push(error.message));
  await page.evaluateOnNewDocument(() => {
    window.violations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.violations.push(`${e.violatedDirective} ${e.blockedURI}`));
    window.layoutShift = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.layoutShift += entry.value;
    }).observe({ type: 'layout-shift', buffered: true });
  });
  return { page, errors };
}

/** Resolves once every care-* element is defined and has rendered, and two frames have been painted since. */
export function hydrated(page) {
  return page.evaluate(async () => {
    await customElements.whenDefined('care-review-note');
    const elements = [...document.querySelectorAll('*')].filter((el) => el.localName.startsWith('care-') && 'updateComplete' in el);
    await Promise.all(elements.map((el) => el.updateComplete));
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  });
}

/**
 * The text a reader sees: every rendered text node, across shadow roots, whitespace folded. An
 * answer that just opened fades in; its animation is jumped to the end, so the text is read as it settles.
 */
/**
 * Stops the page's animation clock, before it loads, so that what it paints before its script
 * runs is seen however slow the machine: the 3 s timeout that shows closed parts when the script
 * never comes cannot end on its own. `animation.finish()` still ends it.
 */
export async function freezeAnimations(page) {
  const cdp = await page.createCDPSession();
  await cdp.send('Animation.enable');
  await cdp.send('Animation.setPlaybackRate', { playbackRate: 0 });
}

export function visibleText(page) {
  return page.evaluate(() => {
    const roots = (root) => [root, ...[...root.querySelectorAll('*')].flatMap((el) => (el.shadowRoot ? roots(el.shadowRoot) : []))];
    // Fades end at once; the timeouts that show closed parts when the script never comes are no fades, and run their course.
    for (const root of roots(document)) for (const animation of root.getAnimations()) if (!animation.animationName?.startsWith('care-server-timeout')) animation.finish();
    const out = [];
    const range = document.createRange();
    const walk = (root) => {
      for (const node of root.childNodes) {
        if (node.nodeType === Node.TEXT_NODE) {
          const parent = node.parentElement;
          range.selectNodeContents(node);
          const box = range.getBoundingClientRect();
          const shown = parent?.checkVisibility({ contentVisibilityAuto: true, opacityProperty: true, visibilityProperty: true });
          if (shown && box.width > 1 && box.height > 1) out.push(node.data);
        } else if (node.nodeType === Node.ELEMENT_NODE && !['script', 'style', 'template'].includes(node.localName)) {
          if (node.shadowRoot) walk(node.shadowRoot);
          walk(node);
        }
      }
    };
    walk(document.body);
    return out.join(' ').replace(/\s+/g, ' ');
  });
}
