import { expect } from '@open-wc/testing';

/**
 * The split CDN build as a clinic site uses it: plain pages that load one or more entries of
 * dist/cdn/ by module script tag. Runs against dist/, which the test command builds first.
 */
interface Frame {
  win: Window & typeof globalThis;
  doc: Document;
  errors: string[];
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
  win.addEventListener('error', (e) => errors.push(e.message));
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
  return { win, doc: win.document, errors, fetched };
}

/** The files an entry imports statically, read from its import statements (not its import() calls). */
async function staticImports(entry: string): Promise<string[]> {
  const code = await (await fetch(`/dist/cdn/${entry}`)).text();
  return [...code.matchAll(/(?:^|[;}])\s*import\s*(?:[^'"()]*?from\s*)?["']\.\/([^"']+)["']/g)].map((match) => match[1]);
}

type Updating = HTMLElement & { updateComplete: Promise<unknown> };
const buttons = (el: Element) => el.shadowRoot!.querySelectorAll('button[aria-expanded]');

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

  it('keeps care-elements.js one self-contained file that registers every element', async () => {
    expect(await staticImports('care-elements.js'), 'no static import: one integrity hash covers it').to.deep.equal([]);
    const { win, fetched } = await page('', ['care-elements.js']);
    for (const tag of ['care-guide', 'care-guide-header', 'care-faq-accordion', 'care-faq-item', 'care-procedure-timeline', 'care-step', 'care-risk-list', 'care-risk', 'care-benefits-card', 'care-benefit', 'care-topic-list', 'care-topic', 'care-review-note']) {
      expect(win.customElements.get(tag), tag).to.not.equal(undefined);
    }
    expect(fetched()).to.deep.equal(['care-elements.js']);
  });
});
