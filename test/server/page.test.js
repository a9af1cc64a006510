import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { promisify } from 'node:util';
import { render } from '@lit-labs/ssr';
import { collectResultSync } from '@lit-labs/ssr/lib/render-result.js';
import { html as litHtml } from 'lit';
import { validateGuide } from '../../dist/content/validate.js';
import { renderGuideDocument, scriptJson } from '../../dist/server/index.js';
import { freezeAnimations, hydrated, launch, openPage, startServer, visibleText } from './browser.js';
import { hostile, HOSTILE } from './hostile.js';

/**
 * Guides rendered by the command, as a CMS build step would, then opened in headless Chromium:
 * first with JavaScript off, as some readers and crawlers see them, then with the page's script.
 */
const SCRIPT = '/dist/cdn/care-elements-hydrate.js';
const GUIDES = {
  'built-in': 'src/content/stem-cell-injection-back-pain.json',
  knee: 'test/fixtures/knee-arthroscopy.json',
};
const read = (file) => JSON.parse(readFileSync(file, 'utf8'));
const paragraphs = (text = '') => text.split(/\n\s*\n/).map((p) => p.replace(/\s+/g, ' ').trim());

/** What a reader must be able to read: every step, benefit and risk, and every question with its answer. */
function mustRead(guide) {
  return [
    ...guide.procedure.items.flatMap((step) => [step.title, ...paragraphs(step.description)]),
    ...guide.benefits.items.map((item) => item.title),
    ...guide.risks.items.flatMap((risk) => [risk.title, ...paragraphs(risk.description)]),
    ...guide.faqs.items.flatMap((item) => [item.question, ...paragraphs(item.answer)]),
  ].filter(Boolean);
}

/** What assistive technology is told of the page's buttons: the name and state of each, in the accessibility tree. */
async function buttons(page) {
  const found = [];
  const walk = (node) => {
    if (node.role === 'button') found.push({ name: node.name, expanded: node.expanded ?? false });
    node.children?.forEach(walk);
  };
  walk(await page.accessibility.snapshot());
  return found;
}

/** The headings assistive technology lists, by name. */
async function headings(page) {
  const found = [];
  const walk = (node) => {
    if (node.role === 'heading') found.push(node.name);
    node.children?.forEach(walk);
  };
  walk(await page.accessibility.snapshot());
  return found;
}

/** What Tab reaches, in order, from the top of the page until focus leaves it: the deepest focused element of each stop. */
async function tabStops(page) {
  const stops = [];
  for (let i = 0; i < 400; i++) {
    await page.keyboard.press('Tab');
    const stop = await page.evaluate(() => {
      let element = document.activeElement;
      while (element?.shadowRoot?.activeElement) element = element.shadowRoot.activeElement;
      window.tabbed ??= new Set();
      if (!element || element === document.body || window.tabbed.has(element)) return undefined;
      window.tabbed.add(element);
      return `${element.localName}${element.hasAttribute('aria-controls') ? '[aria-controls]' : ''} ${element.textContent.trim()}`;
    });
    if (!stop) break;
    stops.push(stop);
  }
  return stops;
}

let server;
let browser;
const pages = {};
before(async () => {
  [server, browser] = await Promise.all([startServer(), launch()]);
  await Promise.all(
    Object.entries(GUIDES).map(async ([name, file]) => {
      const { stdout } = await promisify(execFile)(process.execPath, ['dist/cli/main.js', 'render', file, '--script', SCRIPT]);
      pages[name] = server.page(`${name}.html`, stdout);
    }),
  );
});
after(async () => {
  await browser?.close();
  await server?.close();
});

for (const [name, file] of Object.entries(GUIDES)) {
  const guide = validateGuide(read(file)).value;

  describe(`the ${name} guide, rendered by the command`, () => {
    it('reads in full with JavaScript off: every step, risk, benefit, question and answer is visible text', async () => {
      const { page } = await openPage(browser, { javaScript: false });
      await page.goto(pages[name]);
      assert.equal(await page.evaluate(() => matchMedia('(scripting: none)').matches), true);
      const text = await visibleText(page);
      assert.deepEqual(mustRead(guide).filter((expected) => !text.includes(expected)), []);
      await page.close();
    });

    it('with JavaScript off, has no question button that says "collapsed" over a shown answer and opens nothing: each question is its heading', async () => {
      const { page } = await openPage(browser, { javaScript: false });
      await page.goto(pages[name]);
      const questions = guide.faqs.items.map((item) => item.question);
      assert.deepEqual((await buttons(page)).filter((button) => questions.includes(button.name)), []);
      const named = await headings(page);
      assert.deepEqual(questions.filter((question) => !named.includes(question)), []);
      const stops = await tabStops(page);
      assert.ok(stops.length > 0, 'Tab reaches the links of the page');
      assert.deepEqual(stops.filter((stop) => stop.includes('[aria-controls]')), []);
      await page.close();
    });

    it('is taken over by the script: the same nodes and text, no errors, no layout shift', async (t) => {
      const { errors, after, paintedText, text } = await takeOver(pages[name]);
      assert.deepEqual(errors, []);
      assert.deepEqual(after, { ...after, loaded: true, sameNodes: true, sameText: true, sameBoxes: true, jsonLd: 1, sameJsonLd: true });
      assert.ok(after.layoutShift < 0.05, `cumulative layout shift ${after.layoutShift}`);
      assert.equal(text, paintedText, 'the reader sees what was painted before the script ran');
      assert.deepEqual(after.questions, guide.faqs.items.map((item) => item.question), 'each question once, in order');
      t.diagnostic(`${name}: cumulative layout shift ${after.layoutShift.toFixed(4)} from first paint to interactive`);
    });

    it('opens an answer from its button once the script has run', async () => {
      const { page, errors } = await openPage(browser);
      await page.goto(pages[name]);
      await hydrated(page);
      const [first] = guide.faqs.items;
      assert.equal((await visibleText(page)).includes(paragraphs(first.answer)[0]), false, 'closed, as on the server');
      await page.click('care-faq-accordion >>> button[aria-controls]');
      await page.evaluate(() => document.querySelector('care-faq-accordion').updateComplete);
      assert.equal(await page.$eval('care-faq-accordion >>> button[aria-controls]', (b) => b.getAttribute('aria-expanded')), 'true');
      assert.ok((await visibleText(page)).includes(paragraphs(first.answer)[0]));
      assert.deepEqual(errors, []);
      await page.close();
    });

    it('opens the answer a deep link names', async () => {
      const item = guide.faqs.items.at(-1);
      const id = item.id;
      const { page } = await openPage(browser);
      await page.goto(`${pages[name]}#${id}`);
      await hydrated(page);
      const state = await page.evaluate(() => {
        const faq = document.querySelector('care-faq-accordion');
        return { open: faq.openItems, focused: faq.shadowRoot.activeElement?.id };
      });
      assert.deepEqual(state, { open: [id], focused: `q-${id}` });
      assert.ok((await visibleText(page)).includes(paragraphs(item.answer)[0]));
      await page.close();
    });

    it('filters the questions as the reader searches', async () => {
      const { page } = await openPage(browser);
      await page.goto(pages[name]);
      await hydrated(page);
      const target = guide.faqs.items[1].question;
      await page.type('care-faq-accordion >>> input[type="search"]', target);
      await page.evaluate(() => document.querySelector('care-faq-accordion').updateComplete);
      // The status line speaks once the reader pauses, not at each key.
      const status = await page.waitForFunction(() => document.querySelector('care-faq-accordion').shadowRoot.querySelector('[role="status"]').textContent.trim());
      assert.match(await status.jsonValue(), new RegExp(`^1 of ${guide.faqs.items.length} questions? match`));
      const shown = await page.$$eval('care-faq-accordion >>> .item:not([hidden]) button[aria-controls]', (buttons) => buttons.map((b) => b.textContent.trim()));
      assert.deepEqual(shown, [target]);
      await page.close();
    });
  });
}

/**
 * Opens a page with its script held back, notes what was painted from the server's markup alone,
 * then lets the script run and compares: the nodes of every shadow root, their text, the JSON-LD,
 * and the layout shift in between.
 */
async function takeOver(url, script = SCRIPT) {
  const { page, errors } = await openPage(browser);
  await freezeAnimations(page);
  const release = server.hold(script);
  const loading = page.goto(url);
  await page.waitForFunction(() => performance.getEntriesByType('paint').some((e) => e.name === 'first-contentful-paint'));
  await page.evaluate(() => {
    const roots = [...document.querySelectorAll('*')].filter((el) => el.shadowRoot).map((el) => el.shadowRoot);
    const boxes = [...document.querySelectorAll('care-guide, care-guide > *')].map((el) => JSON.stringify(el.getBoundingClientRect()));
    window.before = { nodes: roots.flatMap((root) => [...root.querySelectorAll('*')]), text: roots.map((root) => root.textContent), boxes };
    window.beforeJsonLd = document.querySelector('script[type="application/ld+json"]');
  });
  const paintedText = await visibleText(page);
  release();
  await loading;
  await hydrated(page);
  const after = await page.evaluate(() => {
    const roots = [...document.querySelectorAll('*')].filter((el) => el.shadowRoot).map((el) => el.shadowRoot);
    const nodes = roots.flatMap((root) => [...root.querySelectorAll('*')]);
    return {
      loaded: Boolean(document.querySelector('care-guide').value),
      sameNodes: nodes.length === window.before.nodes.length && nodes.every((node, i) => node === window.before.nodes[i]),
      sameText: roots.every((root, i) => root.textContent === window.before.text[i]),
      // Every element's box, below the fold too, where a shift would not count towards the layout shift score.
      sameBoxes: [...document.querySelectorAll('care-guide, care-guide > *')].every((el, i) => JSON.stringify(el.getBoundingClientRect()) === window.before.boxes[i]),
      jsonLd: document.querySelectorAll('script[type="application/ld+json"]').length,
      sameJsonLd: document.querySelector('script[type="application/ld+json"]') === window.beforeJsonLd,
      layoutShift: window.layoutShift,
      questions: [...document.querySelector('care-faq-accordion').shadowRoot.querySelectorAll('button[aria-controls]')].map((b) => b.textContent.trim()),
    };
  });
  const text = await visibleText(page);
  await page.close();
  return { errors, after, paintedText, text };
}

describe('a page whose script never comes', () => {
  const builtIn = read(GUIDES['built-in']);
  const answers = builtIn.faqs.items.map((item) => paragraphs(item.answer)[0]);
  const details = builtIn.procedure.items.map((step) => paragraphs(step.description)[0]);
  const compactTimeline = () =>
    `<!doctype html><html lang="en"><head><script type="module" src="/no-such-script.js"></script></head><body>${collectResultSync(
      render(litHtml`<care-procedure-timeline compact .items=${builtIn.procedure.items}></care-procedure-timeline>`),
    )}</body></html>`;

  /**
   * Opens `url` with its animation clock stopped, checks that the `closed` texts and the `controls`
   * show as the server rendered them, ends the element `tag`'s timeouts (rather than waiting 3 s),
   * and checks that every closed text shows and no control that only the script could work does.
   */
  async function timesOut(url, tag, { closed, controls, buttonsNamed = [], setup = async () => {} }) {
    const { page } = await openPage(browser);
    await setup(page);
    await freezeAnimations(page);
    await page.goto(url);
    assert.equal(await page.evaluate((name) => customElements.get(name) === undefined, tag), true, 'the script did not run');
    const painted = await visibleText(page);
    assert.deepEqual(closed.filter((text) => painted.includes(text)), [], 'closed, as the server rendered them');
    assert.deepEqual(controls.filter((text) => !painted.includes(text)), [], 'its controls, as the server rendered them');
    const named = async () => (await buttons(page)).map((button) => button.name).filter((name) => buttonsNamed.includes(name));
    assert.deepEqual(await named(), buttonsNamed, 'buttons, as the server rendered them');
    const timeouts = await page.evaluate((name) => {
      const animations = document.querySelector(name).shadowRoot.getAnimations();
      for (const animation of animations) animation.finish();
      return animations.map((animation) => `${animation.animationName} ${animation.effect.getTiming().delay}`);
    }, tag);
    assert.ok(timeouts.length > 0 && timeouts.every((timeout) => / 3000$/.test(timeout)), timeouts.join(', '));
    const shown = await visibleText(page);
    assert.deepEqual(closed.filter((text) => !shown.includes(text)), [], 'every closed text shown');
    assert.deepEqual(controls.filter((text) => shown.includes(text)), [], 'no control that could not work');
    assert.deepEqual(await named(), [], 'no button that could not work');
    assert.deepEqual(buttonsNamed.filter((text) => !shown.includes(text)), [], 'the text of those buttons shown');
    await page.close();
  }

  // The timeout is no motion: a reader who asks for less motion needs the answers as much.
  for (const motion of ['no-preference', 'reduce']) {
    it(`shows every closed FAQ answer once a 3 s timeout ends, and none before, without its controls (prefers-reduced-motion: ${motion})`, async () => {
      const url = server.page('no-script.html', (await renderGuideDocument(builtIn, { script: '/no-such-script.js' })).html);
      const setup = (page) => page.emulateMediaFeatures([{ name: 'prefers-reduced-motion', value: motion }]);
      const questions = builtIn.faqs.items.map((item) => item.question);
      await timesOut(url, 'care-faq-accordion', { closed: answers, controls: ['Show all', 'Search questions'], buttonsNamed: questions, setup });
    });
  }

  it('shows every compact step’s details once the timeout ends, and at once with JavaScript off, without its buttons', async () => {
    const url = server.page('compact.html', compactTimeline());
    await timesOut(url, 'care-procedure-timeline', { closed: details, controls: ['Details'] });
    const { page } = await openPage(browser, { javaScript: false });
    await page.goto(url);
    const text = await visibleText(page);
    assert.deepEqual(details.filter((detail) => !text.includes(detail)), []);
    assert.equal(text.includes('Details'), false, 'no button that could not open anything');
    await page.close();
  });

  /**
   * Tabs to the first control named `name` in the element `tag`, lets the element's timeouts run out, and returns
   * what the reader is on and how many more times its words show than before; then Tabs on, lets the timeouts
   * run out again, and says whether that control is still a button, and whether its timeout ran on or began anew.
   */
  async function focusAcrossTimeout(url, tag, name) {
    const { page } = await openPage(browser);
    await freezeAnimations(page);
    await page.goto(url);
    // Time passing ends every running timeout; a paused one waits.
    const timePasses = () =>
      page.evaluate((tagName) => {
        for (const animation of document.querySelector(tagName).shadowRoot.getAnimations()) if (animation.playState === 'running') animation.finish();
        // A browser moves focus off a hidden element as it next renders.
        return new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
      }, tag);
    const focused = () =>
      page.evaluate(() => {
        let element = document.activeElement;
        while (element?.shadowRoot?.activeElement) element = element.shadowRoot.activeElement;
        return element === document.body ? 'the page' : `${element.localName} ${element.getAttribute('aria-label') ?? element.textContent.trim()}`;
      });
    const times = async () => (await visibleText(page)).split(name).length - 1;
    const shownBefore = await times();
    for (let i = 0; i < 100 && !(await focused()).endsWith(name); i++) await page.keyboard.press('Tab');
    const before = await focused();
    // The timeout of the control the reader is on, to tell whether leaving it starts a new one.
    await page.evaluate(() => {
      let element = document.activeElement;
      while (element?.shadowRoot?.activeElement) element = element.shadowRoot.activeElement;
      window.timeout = element.closest('.controls')?.getAnimations()[0] ?? element.getAnimations()[0];
      window.control = element;
    });
    await timePasses();
    const on = await focused();
    const repeated = (await times()) - shownBefore;
    await page.keyboard.press('Tab');
    const sameTimeout = await page.evaluate(() => (window.control.closest('.controls') ?? window.control).getAnimations()[0] === window.timeout);
    await timePasses();
    const left = (await buttons(page)).some((button) => button.name === name);
    await page.close();
    return { before, on, repeated, left, sameTimeout };
  }

  // Focus that vanished with its button would drop the reader at the page's start, and a screen reader would go silent.
  it('keeps the question a keyboard reader is on when the timeout ends, until they move on, when it goes', async () => {
    const url = server.page('no-script-focus.html', (await renderGuideDocument(builtIn, { script: '/no-such-script.js' })).html);
    const question = builtIn.faqs.items[1].question;
    assert.deepEqual(await focusAcrossTimeout(url, 'care-faq-accordion', question), {
      before: `button ${question}`,
      on: `button ${question}`,
      repeated: 0,
      left: false,
      sameTimeout: true,
    });
  });

  it('keeps the compact step’s button a keyboard reader is on when the timeout ends, until they move on, when it goes', async () => {
    const url = server.page('compact-focus.html', compactTimeline());
    const name = `Details: ${builtIn.procedure.items[1].title}`;
    const { before, on, left, sameTimeout } = await focusAcrossTimeout(url, 'care-procedure-timeline', name);
    assert.deepEqual({ before, on, left, sameTimeout }, { before: `button ${name}`, on: `button ${name}`, left: false, sameTimeout: true });
  });
});

describe('a server-rendered compact timeline', () => {
  const builtIn = read(GUIDES['built-in']);

  // Its first update takes over the server's markup and writes nothing: a step it opened then would stay closed on the page.
  it('opens and marks the step a deep link names once its script has taken it over', async () => {
    const step = builtIn.procedure.items[2];
    // A CMS template of its own: the guide rendered with a compact timeline, and the guide's data for the browser after the guide's own shadow root.
    const guide = validateGuide(builtIn).value;
    const rendered = collectResultSync(render(litHtml`<care-guide><care-procedure-timeline compact .guide=${guide}></care-procedure-timeline></care-guide>`));
    const html = `<!doctype html><html lang="en"><head><script type="module" src="${SCRIPT}"></script></head><body>${rendered.replace(
      '</template>',
      `</template><script type="application/json">${scriptJson(guide)}</script>`,
    )}</body></html>`;
    const { page, errors } = await openPage(browser);
    await page.goto(`${server.page('compact-link.html', html)}#${step.id}`);
    await hydrated(page);
    const state = await page.evaluate(() => {
      const target = document.querySelector('care-procedure-timeline').shadowRoot.querySelector('[data-target]');
      return { marked: target?.dataset.id, expanded: target?.querySelector('[part="toggle"]').getAttribute('aria-expanded') };
    });
    assert.deepEqual(state, { marked: step.id, expanded: 'true' });
    assert.ok((await visibleText(page)).includes(paragraphs(step.description)[0]), 'its details show');
    assert.deepEqual(errors, []);
    await page.close();
  });
});

describe('the checks above can fail', () => {
  const builtIn = read(GUIDES['built-in']);

  it('sees new nodes where the elements render again, as without hydration support', async () => {
    const plain = '/dist/cdn/care-elements.js';
    const { after } = await takeOver(server.page('plain.html', (await renderGuideDocument(builtIn, { script: plain })).html), plain);
    assert.equal(after.sameNodes, false);
  });

  it('measures a layout shift where the layout changes as the elements load', async () => {
    const shifting = (await renderGuideDocument(builtIn, { script: SCRIPT })).html.replace('</head>', '<style>care-guide:defined { padding-block-start: 30vh }</style>\n</head>');
    const { after } = await takeOver(server.page('shifting.html', shifting));
    assert.ok(after.layoutShift > 0.05, `cumulative layout shift ${after.layoutShift}`);
    assert.equal(after.sameBoxes, false);
  });
});

describe('hostile text in every field', () => {
  const guide = hostile(read(GUIDES.knee));

  it('shows literally, with JavaScript off and on, and closes nothing', async () => {
    const url = server.page('hostile.html', (await renderGuideDocument(guide, { script: SCRIPT })).html);
    for (const javaScript of [false, true]) {
      const { page, errors } = await openPage(browser, { javaScript });
      await page.goto(url);
      // With the script, answers start closed as on any page; open them all to read them.
      if (javaScript) {
        await hydrated(page);
        await page.evaluate(() => {
          const faq = document.querySelector('care-faq-accordion');
          faq.showAll();
          return faq.updateComplete;
        });
      }
      const text = await visibleText(page);
      for (const expected of mustRead(guide)) assert.ok(text.includes(expected.replace(/\s+/g, ' ').trim()), expected);
      const dom = await page.evaluate(() => {
        const all = (root) => [...root.querySelectorAll('*')].flatMap((el) => [el, ...(el.shadowRoot ? all(el.shadowRoot) : [])]);
        const elements = all(document);
        return {
          bold: elements.filter((el) => el.localName === 'b').length,
          scripts: elements.filter((el) => el.localName === 'script').map((el) => el.type),
          title: document.title,
          jsonLd: JSON.parse(document.querySelector('script[type="application/ld+json"]').textContent),
        };
      });
      assert.equal(dom.bold, 0);
      assert.deepEqual(dom.scripts, ['module', 'application/json', 'application/ld+json']);
      assert.equal(dom.title, `Knee arthroscopy${HOSTILE}`);
      const questions = dom.jsonLd['@graph'].find((node) => node['@type'] === 'FAQPage').mainEntity;
      assert.deepEqual(questions.map((q) => q.name), guide.faqs.items.map((item) => item.question));
      assert.deepEqual(errors, []);
      await page.close();
    }
  });
});

describe("under the README's Content-Security-Policy with Trusted Types", () => {
  const readme = readFileSync('README.md', 'utf8');
  const documented = /^Content-Security-Policy: (.+)$/m.exec(readme)[1];
  /** The README's policy, Trusted Types included, with the style sources a server-rendered page adds. */
  const strict = (styleSrc) => documented.replace("style-src 'self'", `style-src ${styleSrc}`);
  const builtIn = read(GUIDES['built-in']);
  const publishedHashes = [...readme.slice(readme.indexOf('## Render on the server')).matchAll(/'sha256-[A-Za-z0-9+/=]+'/g)].map(([h]) => h);

  async function check(url) {
    const { page, errors } = await openPage(browser);
    await page.goto(url);
    await hydrated(page);
    await page.click('care-faq-accordion >>> button[aria-controls]');
    const result = await page.evaluate(async () => {
      const faq = document.querySelector('care-faq-accordion');
      await faq.updateComplete;
      const button = faq.shadowRoot.querySelector('button[aria-controls]');
      return { violations: window.violations, styled: getComputedStyle(button).display, expanded: button.getAttribute('aria-expanded') };
    });
    await page.close();
    return { ...result, errors };
  }

  it("styles every shadow root with the render's nonce, and hydrates", async () => {
    const nonce = 'c2VydmVyLXJlbmRlcmVk';
    const url = server.page('nonce.html', (await renderGuideDocument(builtIn, { nonce, script: SCRIPT })).html, strict(`'self' 'nonce-${nonce}'`));
    assert.deepEqual(await check(url), { violations: [], styled: 'block', expanded: 'true', errors: [] });
  });

  it("styles every shadow root with the README's published hashes, and hydrates", async () => {
    assert.ok(publishedHashes.length > 0);
    const url = server.page('hashes.html', (await renderGuideDocument(builtIn, { script: SCRIPT })).html, strict(`'self' ${publishedHashes.join(' ')}`));
    assert.deepEqual(await check(url), { violations: [], styled: 'block', expanded: 'true', errors: [] });
  });

  it('blocks the styles without either, so the two tests above check something', async () => {
    const { html } = await renderGuideDocument(builtIn, { script: SCRIPT });
    const { violations, styled } = await check(server.page('blocked.html', html, strict("'self'")));
    const shadowRoots = html.match(/<template shadowroot="open" shadowrootmode="open">/g).length;
    assert.equal(violations.filter((v) => v === 'style-src-elem inline').length, shadowRoots, 'one <style> per shadow root');
    assert.equal(styled, 'inline-block', "a button's own display, not the element's block");
  });

  it('lets <care-guide> write its JSON-LD on a page rendered in the browser', async () => {
    const json = JSON.stringify(builtIn).replaceAll('<', '\\u003c');
    const html = `<!doctype html><html lang="en"><head><script type="module" src="${SCRIPT}"></script></head><body>
      <care-guide><script type="application/json">${json}</script><care-faq-accordion></care-faq-accordion></care-guide></body></html>`;
    const { page, errors } = await openPage(browser);
    await page.goto(server.page('client.html', html, strict("'self'")));
    // Rendered in the browser, the guide reads its inline JSON when its slot first fills, an update later.
    await page.waitForFunction(() => document.querySelector('care-guide').value);
    await page.evaluate(() => document.querySelector('care-guide').updateComplete);
    const jsonLd = await page.evaluate(() => JSON.parse(document.querySelector('care-guide > script[type="application/ld+json"]').textContent));
    assert.equal(jsonLd['@graph'].length, 3);
    assert.deepEqual(await page.evaluate(() => window.violations), []);
    assert.deepEqual(errors, []);
    await page.close();
  });
});

describe('the JSON-LD code, fetched only by a page with a guide to describe', () => {
  const builtIn = read(GUIDES['built-in']);
  const inline = `<script type="application/json">${JSON.stringify(builtIn).replaceAll('<', '\\u003c')}</script>`;

  /** Opens `html`, optionally failing the JSON-LD chunk's request; returns what the page fetched, warned and wrote. */
  async function open(name, html, { fail = false } = {}) {
    const { page, errors } = await openPage(browser);
    const fetched = [];
    const warnings = [];
    page.on('console', (message) => message.type() === 'warn' && warnings.push(message.text()));
    await page.setRequestInterception(true);
    page.on('request', (request) => {
      const path = new URL(request.url()).pathname;
      if (!path.includes('/json-ld-script-')) return request.continue();
      fetched.push(path);
      return fail ? request.abort() : request.continue();
    });
    await page.goto(server.page(name, html));
    await hydrated(page);
    const jsonLd = await page.evaluate(() => [...document.querySelectorAll('script[type="application/ld+json"]')].map((s) => s.textContent));
    const text = await visibleText(page);
    await page.close();
    return { fetched, warnings, jsonLd, text, errors: errors.filter((e) => !e.startsWith('Failed to load resource')) };
  }
  const client = (body) => `<!doctype html><html lang="en"><head><script type="module" src="/dist/cdn/care-elements.js"></script></head><body>${body}</body></html>`;

  it('is not fetched by a page without a guide, nor by a guide told to leave it out', async () => {
    const faq = await open('no-guide.html', client('<care-faq-accordion><care-faq-item question="Where do I park?">Behind the building.</care-faq-item></care-faq-accordion>'));
    assert.deepEqual(faq.fetched, []);
    assert.match(faq.text, /Where do I park\?/);
    const off = await open('no-structured-data.html', client(`<care-guide no-structured-data>${inline}<care-faq-accordion></care-faq-accordion></care-guide>`));
    assert.deepEqual(off.fetched, []);
    assert.deepEqual(off.jsonLd, []);
    assert.match(off.text, new RegExp(builtIn.faqs.items[0].question.replace(/[?()]/g, '\\$&')));
    assert.deepEqual([...faq.errors, ...off.errors], []);
  });

  it('is fetched once by a guide, which then writes its JSON-LD', async () => {
    const { fetched, jsonLd, errors } = await open('guide.html', client(`<care-guide>${inline}<care-faq-accordion></care-faq-accordion></care-guide>`));
    assert.equal(fetched.length, 1);
    assert.equal(JSON.parse(jsonLd[0])['@graph'][0].name, builtIn.title);
    assert.deepEqual(errors, []);
  });

  it('failing to load, leaves the JSON-LD the server wrote, warns, and the guide still reads', async () => {
    const { html } = await renderGuideDocument(builtIn, { script: SCRIPT });
    const written = /<script type="application\/ld\+json"[^>]*>([^<]*)<\/script>/.exec(html)[1];
    const { fetched, warnings, jsonLd, text, errors } = await open('json-ld-blocked.html', html, { fail: true });
    assert.equal(fetched.length, 1);
    assert.deepEqual(jsonLd, [written]);
    assert.equal(warnings.filter((w) => w.includes("the guide's structured data could not be loaded")).length, 1);
    const headings = [...builtIn.procedure.items.map((step) => step.title), ...builtIn.faqs.items.map((item) => item.question)];
    assert.deepEqual(headings.filter((expected) => !text.includes(expected)), []);
    assert.deepEqual(errors, []);
  });
});
