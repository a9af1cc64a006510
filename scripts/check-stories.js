import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_ARGS, findChromium } from './find-browsers.js';
import { serve } from './static-server.js';

/**
 * Opens every story of the built Storybook in headless Chromium and fails on a page error, a
 * console error, a care-* element that did not render, or an axe violation of serious or critical
 * impact; then opens every component's docs page, whose table must list each attribute, slot and
 * CSS part that custom-elements.json declares. Prints one line per run and always ends with
 * `stories: N passed, N failed`.
 */
const root = 'storybook-static';
const elements = JSON.parse(readFileSync('custom-elements.json', 'utf8'))
  .modules.flatMap((m) => m.declarations ?? [])
  .filter((d) => d.tagName);
const tags = elements.map((d) => d.tagName);
/** Elements that render a shadow root; the rest (care-step, care-faq-item…) only hold content. */
const rendering = elements.filter((d) => d.superclass?.name === 'LitElement').map((d) => d.tagName);

/** Every run of the check, in order: stories, then docs pages. */
function planRuns() {
  const entries = Object.values(JSON.parse(readFileSync(`${root}/index.json`, 'utf8')).entries);
  const stories = entries.filter((entry) => entry.type === 'story');
  // Every story is checked in the light and the dark colour scheme: both must pass contrast.
  // Under forced colours the system palette replaces both, so those stories are checked once.
  // The example clinic themes are checked on the full page, which shows every component.
  const runs = stories.flatMap((story) =>
    story.tags?.includes('forced-colors') ? [{ story, scheme: 'light' }] : [{ story, scheme: 'light' }, { story, scheme: 'dark' }],
  );
  const fullPage = stories.find((story) => story.id === 'full-page--stem-cell-guide');
  for (const theme of ['harbor', 'meadow', 'sunrise']) {
    if (fullPage) runs.push({ story: fullPage, scheme: 'light', theme }, { story: fullPage, scheme: 'dark', theme });
  }
  // A component's docs page; its tag is the `component` of the stories file's meta.
  for (const docs of entries.filter((e) => e.type === 'docs' && e.id.endsWith('--docs') && e.title.startsWith('Components/'))) {
    runs.push({ docs, tag: readFileSync(docs.importPath, 'utf8').match(/component:\s*['"](care-[\w-]+)['"]/)?.[1] });
  }
  return runs;
}

/** Resolves once every care-* element, also inside shadow roots, has no update pending, and fonts are loaded. */
async function settle() {
  const all = (node) => [...node.querySelectorAll('*')].flatMap((el) => [el, ...(el.shadowRoot ? all(el.shadowRoot) : [])]);
  for (let round = 0; round < 20; round++) {
    const pending = await Promise.all(all(document).filter((el) => el.localName.startsWith('care-') && el.updateComplete).map((el) => el.updateComplete));
    await document.fonts.ready;
    if (pending.every(Boolean)) return;
  }
  throw new Error('care-* elements kept updating');
}

/** Renders a story, waits until it has settled, and lists what is wrong with it. */
async function checkStory(page, { story, scheme, theme = 'default' }, axeSource) {
  // The a11y add-on's own automatic axe run would race the one below; designers still get it in the UI.
  const globals = `scheme:${scheme};theme:${theme};a11y.manual:!true`;
  await page.goto(`${server.url}/iframe.html?id=${story.id}&viewMode=story&globals=${globals}`, { waitUntil: 'load' });
  const problems = [];
  const rendered = await page
    .waitForFunction(() => document.querySelector('#storybook-root')?.childElementCount > 0, { timeout: 30000 })
    .then(() => true, (error) => (error.name === 'TimeoutError' ? false : Promise.reject(error)));
  if (!rendered) return ['the story rendered nothing in 30 s'];
  await page.evaluate(settle);
  // A guide fetched with `src` renders after its request: wait for the network, then for the update it caused.
  await page.waitForNetworkIdle({ idleTime: 100, timeout: 30000 });
  await page.evaluate(settle);
  const unrendered = await page.evaluate(
    (elementTags, renderingTags) =>
      [...document.querySelectorAll('#storybook-root *')]
        .filter((el) => elementTags.includes(el.localName))
        .filter(
          (el) =>
            !customElements.get(el.localName) ||
            (renderingTags.includes(el.localName) && (!el.shadowRoot || el.shadowRoot.childNodes.length === 0)),
        )
        .map((el) => el.localName),
    tags,
    rendering,
  );
  if (unrendered.length) problems.push(`not rendered: ${unrendered.join(', ')}`);
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    const result = await window.axe.run('#storybook-root', { resultTypes: ['violations'] });
    return result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `axe ${v.impact} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  });
  return [...problems, ...violations];
}

/** Opens a component's docs page and lists each attribute, slot and part its table leaves out. */
async function checkDocs(page, { docs, tag }) {
  const element = elements.find((d) => d.tagName === tag);
  if (!element) return [`${docs.importPath} names no component of custom-elements.json (component: '${tag}')`];
  await page.goto(`${server.url}/iframe.html?id=${docs.id}&viewMode=docs`, { waitUntil: 'load' });
  await page.waitForSelector('table.docblock-argstable tbody tr', { timeout: 30000 });
  await page.evaluate(settle);
  // Rows are "category:name"; a section row (a toggle button in its first cell) starts a category.
  const rows = await page.evaluate(() => {
    let category = '';
    return [...document.querySelectorAll('table.docblock-argstable tbody tr')].flatMap((tr) => {
      const toggle = tr.cells[0].querySelector('button');
      if (toggle) {
        category = tr.cells[0].textContent.replace(toggle.textContent, '').trim();
        return [];
      }
      return [`${category}:${tr.cells[0].querySelector('span')?.textContent}`];
    });
  });
  const expected = [
    ...(element.attributes ?? []).map((a) => ['attributes', 'attribute', a.name]),
    ...(element.slots ?? []).filter((s) => s.name).map((s) => ['slots', 'slot', s.name]),
    ...(element.cssParts ?? []).map((p) => ['css shadow parts', 'CSS part', p.name]),
  ];
  return expected
    .filter(([category, , name]) => !rows.includes(`${category}:${name}`))
    .map(([, kind, name]) => `the docs table lacks the ${kind} "${name}" of <${tag}>`);
}

/** A page with its CDP session and the page errors and console errors it reported since `problems` was emptied. */
async function openTab(browser) {
  const page = await browser.newPage();
  const tab = { page, cdp: await page.createCDPSession(), problems: [] };
  page.on('pageerror', (error) => tab.problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    // A 404 for a story that shows a broken URL on purpose is expected; anything else is not.
    if (message.type() === 'error' && !/Failed to load resource/.test(message.text())) tab.problems.push(`console error: ${message.text()}`);
  });
  return tab;
}

const started = Date.now();
let runs = [];
let passed = 0;
let stopped;
let server;
let browser;
try {
  runs = planRuns();
  const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
  server = await serve(root);
  browser = await puppeteer.launch({ executablePath: findChromium(), headless: true, args: CHROMIUM_ARGS });
  let tab = await openTab(browser);
  for (const [index, run] of runs.entries()) {
    const label = run.docs ? `${run.docs.id} (docs)` : `${run.story.id} (${[run.scheme, run.theme].filter(Boolean).join(', ')})`;
    let problems;
    try {
      tab.problems = [];
      // Stories tagged forced-colors are checked as Windows high-contrast users see them.
      const forced = run.story?.tags?.includes('forced-colors');
      await tab.cdp.send('Emulation.setEmulatedMedia', { features: [{ name: 'forced-colors', value: forced ? 'active' : 'none' }] });
      problems = [...(run.docs ? await checkDocs(tab.page, run) : await checkStory(tab.page, run, axeSource)), ...tab.problems];
    } catch (error) {
      problems = [error.message.split('\n')[0]];
      // The page may be unusable after a timeout or a crash: the next run gets a fresh one.
      await tab.page.close().catch(() => {});
      tab = await openTab(browser);
    }
    if (!problems.length) passed++;
    console.log(`[${index + 1}/${runs.length}] ${label} ${problems.length ? 'FAIL' : 'ok'}`);
    for (const problem of problems) console.log(`    ${problem}`);
  }
} catch (error) {
  stopped = error;
  console.log(`the story check stopped: ${error.message}`);
} finally {
  await browser?.close();
  await server?.close();
  const seconds = ((Date.now() - started) / 1000).toFixed(0);
  console.log(`checked ${runs.length} runs (stories in light, dark and three themes; docs pages) in ${seconds} s`);
  // Runs never reached count as failed, so a crash can never look like a pass.
  const failed = Math.max(runs.length - passed, stopped ? 1 : 0);
  console.log(`stories: ${passed} passed, ${failed} failed`);
  if (failed) process.exitCode = 1;
}
