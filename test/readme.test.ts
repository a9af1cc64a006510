import { expect } from '@open-wc/testing';
import { guideJsonLd, scriptJson } from '../src/content/jsonld.js';
import { stemCellInjectionBackPain } from '../src/content/stem-cell-injection-back-pain.js';
import { validateGuide } from '../src/content/validate.js';

/**
 * The README's snippets, pasted into a blank page as a clinic would, with the CDN's URLs pointed at
 * the local dist/ (the test command builds first). What the README shows must work as shown.
 */
const readme = await (await fetch('/README.md')).text();
const CDN = 'https://cdn.jsdelivr.net/npm/care-elements@0.2.0/';
const SELF_HOSTED = '/assets/care-elements/';

/** The ```html (or other `lang`) blocks of one README section, in order. */
function snippets(heading: string, lang = 'html'): string[] {
  const start = readme.indexOf(`## ${heading}`);
  const end = readme.indexOf('\n## ', start + 1);
  const section = readme.slice(start, end < 0 ? undefined : end);
  return [...section.matchAll(new RegExp(`${'```'}${lang}\\n([\\s\\S]*?)${'```'}`, 'g'))].map((m) => m[1]);
}
const local = (snippet: string) => snippet.replaceAll(CDN, '/').replaceAll(SELF_HOSTED, '/dist/');

interface BlankPage {
  doc: Document;
  problems: string[];
}

/** A blank page at the given width with nothing but the snippet, its scripts run as a browser runs them. */
async function blankPage(snippet: string, width = 1280): Promise<BlankPage> {
  const frame = document.createElement('iframe');
  frame.style.cssText = `inline-size: ${width}px; block-size: 800px; border: 0`;
  frame.srcdoc = '<!doctype html><html lang="en"><head><meta name="viewport" content="width=device-width"></head><body></body></html>';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as Window & typeof globalThis;
  const problems: string[] = [];
  win.addEventListener('error', (e) => problems.push(`error: ${e.message}`));
  win.console.error = (...args: unknown[]) => problems.push(`console.error: ${args.join(' ')}`);
  win.console.warn = (...args: unknown[]) => problems.push(`console.warn: ${args.join(' ')}`);
  // Dates the page is given must not fail this test on a fixed day.
  win.Date.now = () => new Date('2026-12-01T12:00:00').getTime();
  const doc = frame.contentDocument!;
  // A contextual fragment's scripts run when inserted, as they would have in the page's own markup.
  doc.body.append(doc.createRange().createContextualFragment(snippet));
  return { doc, problems };
}

async function guideLoaded(doc: Document): Promise<void> {
  const guide = doc.querySelector('care-guide') as HTMLElement & { value?: unknown };
  await doc.defaultView!.customElements.whenDefined('care-guide');
  if (!guide.value) await new Promise((resolve) => guide.addEventListener('care-guide-load', resolve, { once: true }));
  for (const el of doc.querySelectorAll<HTMLElement & { updateComplete?: Promise<unknown> }>('care-guide *')) await el.updateComplete;
}

const shadowText = (doc: Document, tag: string) => doc.querySelector(tag)!.shadowRoot!.textContent!.replace(/\s+/g, ' ');

async function sha384(url: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-384', await (await fetch(url)).arrayBuffer());
  return `sha384-${btoa(String.fromCharCode(...new Uint8Array(digest)))}`;
}

describe('README: Use on a site', () => {
  const [main, integrity, selfHosted, stylesheet] = snippets('Use on a site');
  afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

  it('names versioned CDN URLs only', () => {
    const urls = [...snippets('Use on a site').join('\n').matchAll(/https:\/\/cdn\.jsdelivr\.net\/npm\/[^"\s]+/g)].map((m) => m[0]);
    expect(urls.length).to.be.greaterThan(3);
    expect(urls.filter((url) => !url.startsWith(CDN))).to.deep.equal([]);
  });

  for (const width of [320, 1280]) {
    it(`renders a titled, summarised guide with every element and no console message at ${width} px`, async () => {
      const { doc, problems } = await blankPage(local(main), width);
      await guideLoaded(doc);
      const header = doc.querySelector('care-guide-header')!.shadowRoot!;
      expect(header.querySelector('h1')!.textContent!.trim()).to.equal('Stem cell injection for back pain');
      expect(header.querySelector('[part="intro"]')!.textContent).to.contain('no stem cell product is approved');
      for (const el of doc.querySelectorAll('care-guide > :not(script)')) {
        expect(el.shadowRoot?.querySelector('[part="base"]')?.getBoundingClientRect().height, el.localName).to.be.greaterThan(0);
      }
      // Copied as it is, the page claims no clinical review: the guide's own reviewer says so.
      expect(shadowText(doc, 'care-review-note')).to.contain('Reviewed by: care-elements maintainers, against the sources below; not a clinical review');
      expect(shadowText(doc, 'care-review-note')).to.contain('Last reviewed: November 26, 2026');
      expect(doc.documentElement.scrollWidth).to.be.at.most(width);
      expect(problems).to.deep.equal([]);
    });
  }

  it('loads the self-contained bundle with an integrity hash, and refuses a wrong one', async () => {
    expect(integrity).to.contain('integrity="sha384-');
    // Own URLs: after a refused load, Chromium answered later pages' requests for the same URL with the failure.
    const tag = (name: string) => local(integrity).replace('care-elements.js"', `care-elements.js?${name}"`);
    const right = await blankPage(tag('right').replace(/sha384-[^"]+/, await sha384('/dist/cdn/care-elements.js')));
    await right.doc.defaultView!.customElements.whenDefined('care-guide');
    const wrong = await blankPage(tag('wrong').replace(/sha384-[^"]+/, await sha384('/dist/content/care-guide.schema.json')));
    const script = wrong.doc.querySelector('script')!;
    await new Promise((resolve) => script.addEventListener('error', resolve, { once: true }));
    expect(wrong.doc.defaultView!.customElements.get('care-guide')).to.equal(undefined);
  });

  it('works self-hosted from dist/cdn/ and dist/content/', async () => {
    const { doc, problems } = await blankPage(local(selfHosted));
    await guideLoaded(doc);
    expect(shadowText(doc, 'care-guide-header')).to.contain('Stem cell injection for back pain');
    expect(doc.querySelector('care-faq-accordion')!.shadowRoot!.querySelectorAll('button[aria-controls]')).to.have.length(5);
    expect(problems).to.deep.equal([]);
  });

  it('links the pre-upgrade stylesheet that the build ships', async () => {
    const { doc } = await blankPage(local(stylesheet));
    const link = doc.querySelector('link')!;
    if (!link.sheet) await new Promise((resolve) => link.addEventListener('load', resolve, { once: true }));
    expect([...link.sheet!.cssRules].some((rule) => rule.cssText.includes(':not(:defined)'))).to.equal(true);
  });
});

/** The levels of the page's headings in reading order, those in shadow roots included. */
function headingLevels(root: ParentNode): number[] {
  return [...root.children].flatMap((el) => {
    const own = /^H[1-6]$/.test(el.tagName) ? [Number(el.tagName[1])] : [];
    return [...own, ...headingLevels(el.shadowRoot ?? el)];
  });
}

describe('README: Load only what you use', () => {
  const faqOnly = snippets('Use on a site').find((snippet) => snippet.includes('/faq-accordion.js'))!;
  afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

  it('pasted under a page title, skips no heading level, and neither does the page writing the section heading', async () => {
    const { doc, problems } = await blankPage(`<h1>Our clinic</h1>${local(faqOnly)}`);
    const faq = doc.querySelector('care-faq-accordion') as HTMLElement & { updateComplete: Promise<unknown> };
    await doc.defaultView!.customElements.whenDefined('care-faq-accordion');
    await faq.updateComplete;
    expect(headingLevels(doc.body)).to.deep.equal([1, 2, 3, 3]);
    // As the README says for a page that writes the heading itself.
    faq.removeAttribute('heading');
    faq.setAttribute('heading-level', '3');
    faq.before(Object.assign(doc.createElement('h2'), { textContent: 'Before you come' }), Object.assign(doc.createElement('h3'), { textContent: 'Your visit' }));
    await faq.updateComplete;
    expect(headingLevels(doc.body)).to.deep.equal([1, 2, 3, 4, 4]);
    expect(problems).to.deep.equal([]);
  });
});

describe('README: inline JSON example', () => {
  const [example] = snippets('Use from a CMS').filter((snippet) => snippet.includes('application/json'));
  afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

  it('is a complete, valid guide', () => {
    const json = example.match(/<script type="application\/json">([\s\S]*?)<\/script>/)![1];
    expect(validateGuide(JSON.parse(json)).problems).to.deep.equal([]);
  });

  it('renders its title and question with no console message', async () => {
    const { doc, problems } = await blankPage(`<script type="module" src="/dist/cdn/care-elements.js"></script>${example}`);
    await guideLoaded(doc);
    expect(shadowText(doc, 'care-guide-header')).to.contain('Your visit to the clinic');
    expect(shadowText(doc, 'care-faq-accordion')).to.contain('Where do I park?');
    expect(problems).to.deep.equal([]);
  });
});

describe('README: structured data written by hand', () => {
  // The line that writes guideJsonLd's graph into a script element, run as shown with the guide given.
  const line = snippets('Render on the server', 'js').join('\n').split('\n').find((text) => /guideJsonLd\(guide\).*<\/script>/.test(text));
  const hostile = { ...stemCellInjectionBackPain, title: '</script><script>window.hijacked = true</script>' };

  it('keeps a guide whose title closes the script element inside it, with the same graph', () => {
    expect(line, 'a line that writes guideJsonLd(guide) into a script element').to.be.a('string');
    const write = new Function('guideJsonLd', 'scriptJson', 'guide', `return ${line!.slice(line!.indexOf('=') + 1)}`);
    const doc = new DOMParser().parseFromString(`${write(guideJsonLd, scriptJson, hostile)}<p>after</p>`, 'text/html');
    expect(doc.querySelectorAll('script')).to.have.length(1);
    expect(JSON.parse(doc.querySelector('script')!.textContent!)).to.deep.equal(guideJsonLd(hostile));
    expect(doc.querySelector('p')!.textContent).to.equal('after');
  });
});
