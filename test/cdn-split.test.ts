import { expect } from '@open-wc/testing';

/**
 * The split CDN build as a clinic site uses it: plain pages that load one or more entries of
 * dist/cdn/ by module script tag. Runs against dist/, which the test command builds first.
 */
interface Frame {
  win: Window & typeof globalThis;
  doc: Document;
  /** Uncaught errors and unhandled rejections. */
  errors: string[];
  warnings: string[];
  /** The dist/cdn/ files the page fetched, each as often as it was fetched. */
  fetched: () => string[];
}

async function page(body: string, entries: string[]): Promise<Frame> {
  const frame = document.createElement('iframe');
  frame.srcdoc = `<!doctype html><html lang="en"><body>${body}</body></html>`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as Window & typeof globalThis;
  const errors: string[] = [];
  const warnings: string[] = [];
  win.addEventListener('error', (e) => errors.push(e.message));
  win.addEventListener('unhandledrejection', (e) => errors.push(String(e.reason)));
  win.console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
  await Promise.all(
    entries.map((entry) => {
      const script = win.document.createElement('script');
      script.type = 'module';
      script.src = `/dist/cdn/${entry}`;
      win.document.head.append(script);
      return new Promise((resolve) => script.addEventListener('load', resolve, { once: true }));
    }),
  );
  const fetched = () =>
    win.performance
      .getEntriesByType('resource')
      .map((entry) => new URL(entry.name).pathname)
      .filter((path) => path.startsWith('/dist/cdn/'))
      .map((path) => path.slice('/dist/cdn/'.length));
  return { win, doc: win.document, errors, warnings, fetched };
}

/** The files an entry imports statically, read from its import statements (not its import() calls). */
async function staticImports(entry: string): Promise<string[]> {
  const code = await (await fetch(`/dist/cdn/${entry}`)).text();
  return [...code.matchAll(/(?:^|[;}])\s*import\s*(?:[^'"()]*?from\s*)?["']\.\/([^"']+)["']/g)].map((match) => match[1]);
}

/** The file an entry fetches with import() for the FAQ's search, as its code names it. */
async function searchChunk(entry: string): Promise<string> {
  const code = await (await fetch(`/dist/cdn/${entry}`)).text();
  const chunk = /import\(\s*["']\.\/(chunks\/faq-search-[\w-]+\.js)["']\s*\)/.exec(code)?.[1];
  expect(chunk, `${entry} imports the search chunk when used`).to.be.a('string');
  return chunk!;
}

type Updating = HTMLElement & { updateComplete: Promise<unknown> };
type Faq = Updating & { query: string };
const shownQuestions = (faq: Element) =>
  [...faq.shadowRoot!.querySelectorAll<HTMLElement>('[part="item"]')].filter((item) => !item.hidden).map((item) => item.textContent!.trim());
const buttons = (el: Element) => el.shadowRoot!.querySelectorAll('button[aria-expanded]');

const QUESTIONS = '<care-faq-item question="Where do I park?">Behind the building.</care-faq-item><care-faq-item question="Can someone come with me?">Yes.</care-faq-item>';
const FAQ = '<care-faq-accordion><care-faq-item question="Where do I park?">Behind the building.</care-faq-item></care-faq-accordion>';
const TIMELINE = '<care-procedure-timeline><care-step label="Check in">Bring your scans.</care-step><care-step label="Treatment">About an hour.</care-step></care-procedure-timeline>';

describe('split CDN build', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

  it('lets two entries on one page share their chunks, each fetched once, and both elements work', async () => {
    const [faqImports, timelineImports] = await Promise.all([staticImports('faq-accordion.js'), staticImports('procedure-timeline.js')]);
    const shared = faqImports.filter((chunk) => timelineImports.includes(chunk));
    expect(shared, 'the two entries import a chunk in common').to.not.be.empty;

    const { doc, errors, fetched } = await page(FAQ + TIMELINE, ['faq-accordion.js', 'procedure-timeline.js']);
    const faq = doc.querySelector<Updating>('care-faq-accordion')!;
    const timeline = doc.querySelector<Updating>('care-procedure-timeline')!;
    await Promise.all([faq.updateComplete, timeline.updateComplete]);

    const files = fetched();
    expect(files.filter((file) => file.startsWith('chunks/'))).to.include.members(shared);
    for (const file of new Set(files)) expect(files.filter((f) => f === file), `${file} is fetched once`).to.have.length(1);
    expect(files).to.include.members(['faq-accordion.js', 'procedure-timeline.js']);
    expect(errors).to.deep.equal([]);

    expect(buttons(faq)).to.have.length(1);
    expect(faq.querySelector('care-faq-item')!.assignedSlot, 'the CMS answer is shown').to.not.equal(null);
    expect(timeline.shadowRoot!.textContent).to.contain('Check in').and.contain('Treatment');
  });

  it('registers the element and its child tags of each entry, and nothing else', async () => {
    const { win } = await page('', ['faq-accordion.js']);
    expect(win.customElements.get('care-faq-accordion')).to.not.equal(undefined);
    expect(win.customElements.get('care-faq-item')).to.not.equal(undefined);
    for (const tag of ['care-guide', 'care-procedure-timeline', 'care-step', 'care-risk-list', 'care-review-note']) {
      expect(win.customElements.get(tag), tag).to.equal(undefined);
    }
  });

  for (const entry of ['faq-accordion.js', 'care-elements.js']) {
    describe(`the FAQ's search, with ${entry}`, () => {
      it('is never fetched by a page whose FAQ is not searchable', async () => {
        const chunk = await searchChunk(entry);
        const { doc, errors, fetched } = await page(`<care-faq-accordion>${QUESTIONS}</care-faq-accordion>`, [entry]);
        const faq = doc.querySelector<Faq>('care-faq-accordion')!;
        faq.query = 'park';
        await faq.updateComplete;
        expect(shownQuestions(faq)).to.have.length(2);
        expect(fetched()).to.not.include(chunk);
        expect(errors).to.deep.equal([]);
      });

      it('is fetched once, beside the entry, by a page with two searchable FAQs, and filters both', async () => {
        const chunk = await searchChunk(entry);
        const faqs = `<care-faq-accordion searchable>${QUESTIONS}</care-faq-accordion>`.repeat(2);
        const { doc, errors, fetched } = await page(faqs, [entry]);
        const [a, b] = doc.querySelectorAll<Faq>('care-faq-accordion');
        await Promise.all([a.updateComplete, b.updateComplete]);
        expect(fetched(), 'not before a reader searches').to.not.include(chunk);
        a.query = 'park';
        b.query = 'someone';
        await Promise.all([a.updateComplete, b.updateComplete]);
        expect(shownQuestions(a)).to.deep.equal(['Where do I park?']);
        expect(shownQuestions(b)).to.deep.equal(['Can someone come with me?']);
        expect(a.shadowRoot!.querySelector('[part="status"]')!.textContent!.trim()).to.equal('1 of 2 questions matches');
        expect(fetched().filter((file) => file === chunk), 'fetched once').to.have.length(1);
        expect(errors).to.deep.equal([]);
      });

      it('keeps every question shown, and says why in the console, when the chunk cannot be fetched', async () => {
        const chunk = await searchChunk(entry);
        // An import map sends the chunk's URL to one that answers 404, as a network that drops it would.
        const importMap = `<script type="importmap">${JSON.stringify({ imports: { [`/dist/cdn/${chunk}`]: '/dist/cdn/chunks/missing.js' } })}</script>`;
        const { doc, errors, warnings } = await page(`${importMap}<care-faq-accordion searchable>${QUESTIONS}</care-faq-accordion>`, [entry]);
        const faq = doc.querySelector<Faq>('care-faq-accordion')!;
        faq.query = 'park';
        await faq.updateComplete;
        expect(shownQuestions(faq)).to.have.length(2);
        expect(faq.shadowRoot!.querySelector('[role="status"]')!.textContent!.trim()).to.equal('');
        expect(warnings.filter((w) => w.includes("the FAQ's search could not be loaded"))).to.have.length(1);
        expect(errors, 'no uncaught error, no unhandled rejection').to.deep.equal([]);
      });
    });
  }

  const GUIDE = {
    schemaVersion: 2,
    title: 'Knee injection',
    faqs: { title: 'Questions', items: [{ question: 'Where do I park?', answer: 'Behind the building.' }] },
    risks: { title: 'Risks', items: [{ title: 'Soreness', description: 'For a day or two.' }] },
  };
  const GUIDE_PAGE = `<care-guide><script type="application/json">${JSON.stringify(GUIDE)}</script><care-faq-accordion></care-faq-accordion><care-risk-list></care-risk-list></care-guide>`;

  /** Loads each file once the one before it has run. */
  async function runInTurn(doc: Document, files: string[]) {
    for (const file of files) {
      const script = doc.createElement('script');
      script.type = 'module';
      script.src = `/dist/cdn/${file}`;
      doc.head.append(script);
      await new Promise((resolve) => script.addEventListener('load', resolve, { once: true }));
    }
  }

  async function expectSectionsFilled(doc: Document) {
    const faq = doc.querySelector<Updating>('care-faq-accordion')!;
    const risks = doc.querySelector<Updating>('care-risk-list')!;
    await doc.querySelector<Updating>('care-guide')!.updateComplete;
    await Promise.all([faq.updateComplete, risks.updateComplete]);
    expect([...buttons(faq)].map((button) => button.textContent!.trim())).to.deep.equal(['Where do I park?']);
    expect(risks.shadowRoot!.textContent).to.contain('Soreness');
  }

  it("fills each section of a guide when the sections' files run before the guide's", async () => {
    const { doc, errors } = await page(GUIDE_PAGE, []);
    await runInTurn(doc, ['faq-accordion.js', 'risk-list.js', 'guide.js']);
    await expectSectionsFilled(doc);
    expect(errors).to.deep.equal([]);
  });

  it('fills them too when a page loads an element\'s file and then, by mistake, the single file', async () => {
    const { doc, errors, warnings } = await page(GUIDE_PAGE, []);
    await runInTurn(doc, ['faq-accordion.js', 'care-elements.js']);
    await expectSectionsFilled(doc);
    expect(errors).to.deep.equal([]);
    // Said once, of the first tag the single file finds taken, and of no other element.
    const duplicates = warnings.filter((w) => w.includes('already defined'));
    expect(duplicates).to.have.length(1);
    expect(duplicates[0]).to.match(/^<care-faq-(item|accordion)> is already defined, likely by another copy of care-elements: the elements that copy defined keep/);
  });

  it('keeps care-elements.js one self-contained file that registers every element', async () => {
    expect(await staticImports('care-elements.js'), 'no static import: one integrity hash covers it').to.deep.equal([]);
    const { win, fetched } = await page('', ['care-elements.js']);
    for (const tag of ['care-guide', 'care-guide-header', 'care-faq-accordion', 'care-faq-item', 'care-procedure-timeline', 'care-step', 'care-risk-list', 'care-risk', 'care-benefits-card', 'care-benefit', 'care-topic-list', 'care-topic', 'care-review-note']) {
      expect(win.customElements.get(tag), tag).to.not.equal(undefined);
    }
    expect(fetched()).to.deep.equal(['care-elements.js']);
  });
});
