import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_ARGS, findChromium } from './find-chromium.js';
import { serve } from './static-server.js';

/**
 * Opens every story of the built Storybook in headless Chromium and fails on a page error, a
 * console error, a care-* element that did not render, or an axe violation of serious or critical impact.
 */
const root = 'storybook-static';
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const tags = JSON.parse(readFileSync('custom-elements.json', 'utf8'))
  .modules.flatMap((m) => m.declarations ?? [])
  .map((d) => d.tagName)
  .filter(Boolean);
const stories = Object.values(JSON.parse(readFileSync(`${root}/index.json`, 'utf8')).entries).filter(
  (entry) => entry.type === 'story',
);

// Every story is checked in the light and the dark colour scheme: both must pass contrast.
// Under forced colours the system palette replaces both, so those stories are checked once.
// The example clinic themes are checked on the full page, which shows every component.
const runs = stories.flatMap((story) =>
  story.tags?.includes('forced-colors') ? [[story, 'light']] : [[story, 'light'], [story, 'dark']],
);
const fullPage = stories.find((story) => story.id === 'full-page--stem-cell-guide');
for (const theme of ['harbor', 'meadow', 'sunrise']) {
  if (fullPage) runs.push([fullPage, 'light', theme], [fullPage, 'dark', theme]);
}

const server = await serve(root);
const browser = await puppeteer.launch({ executablePath: findChromium(), headless: true, args: CHROMIUM_ARGS });
let passed = 0;
const failures = [];
try {
  const page = await browser.newPage();
  let errors = [];
  page.on('pageerror', (error) => errors.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    // A 404 for a story that shows a broken URL on purpose is expected; anything else is not.
    if (message.type() === 'error' && !/Failed to load resource/.test(message.text())) errors.push(`console error: ${message.text()}`);
  });
  const cdp = await page.createCDPSession();
  for (const [story, scheme, theme = 'default'] of runs) {
    errors = [];
    // Stories tagged forced-colors are checked as Windows high-contrast users see them.
    const forced = story.tags?.includes('forced-colors');
    await cdp.send('Emulation.setEmulatedMedia', { features: [{ name: 'forced-colors', value: forced ? 'active' : 'none' }] });
    await page.goto(`${server.url}/iframe.html?id=${story.id}&viewMode=story&globals=scheme:${scheme};theme:${theme}`, { waitUntil: 'load' });
    await page.waitForFunction(() => document.querySelector('#storybook-root')?.childElementCount > 0, { timeout: 10000 })
      .catch(() => errors.push('the story rendered nothing'));
    await page.evaluate(() => new Promise((r) => setTimeout(r, 50)));
    const unrendered = await page.evaluate(
      (elementTags) =>
        [...document.querySelectorAll('#storybook-root *')]
          .filter((el) => elementTags.includes(el.localName))
          .filter((el) => !customElements.get(el.localName) || !el.shadowRoot || el.shadowRoot.childNodes.length === 0)
          .map((el) => el.localName),
      tags,
    );
    if (unrendered.length) errors.push(`not rendered: ${unrendered.join(', ')}`);
    await page.evaluate(axeSource);
    const violations = await page.evaluate(async () => {
      const result = await window.axe.run('#storybook-root', { resultTypes: ['violations'] });
      return result.violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map((v) => `${v.impact} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    });
    errors.push(...violations.map((v) => `axe ${v}`));
    if (errors.length) failures.push(`${story.id} (${theme}, ${scheme})\n  ${errors.join('\n  ')}`);
    else passed++;
  }
} finally {
  await browser.close();
  await server.close();
}
for (const failure of failures) console.error(`✗ ${failure}`);
console.log(`checked ${stories.length} stories in ${runs.length} runs (light, dark and three themes)`);
console.log(`stories: ${passed} passed, ${failures.length} failed`);
if (failures.length) process.exitCode = 1;
