import { expect, waitUntil } from '@open-wc/testing';
import { autop } from '@wordpress/autop';
import { guidePage } from '../bench/guide-page.js';
import { stemCellInjectionBackPain } from '../src/content/stem-cell-injection-back-pain.js';

/**
 * A guide first in a post that WordPress's autop wrote, on a page that loads each element's own
 * file of dist/cdn/ (the README's "Load only what you use"), in the order a theme enqueues them or
 * later. Runs against dist/, which the test command builds first.
 */
type Win = Window & typeof globalThis;
type Updating = Element & { updateComplete?: Promise<unknown> };

/** Every element's own file, `guide.js` first, as the README lists them. */
const FILES = ['guide.js', 'guide-header.js', 'topic-list.js', 'procedure-timeline.js', 'benefits-card.js', 'risk-list.js', 'faq-accordion.js', 'review-note.js'];

/** The built-in guide written with child tags, first in the post, then the page's own paragraph and FAQ, as autop leaves it. */
function post(): string {
  const page = guidePage(stemCellInjectionBackPain);
  const guide = page.slice(page.indexOf('<care-guide>'), page.indexOf('</care-guide>') + '</care-guide>'.length);
  return autop(`${guide}

<p>Call us to book a consultation.</p>

<care-faq-accordion>
  <care-faq-item question="Where do I park?">
    <p>Behind the building.</p>
  </care-faq-item>
</care-faq-accordion>`);
}

const script = (file: string) => `<script type="module" src="/dist/cdn/${file}"></script>`;

/** A page whose head loads `files`, once it has loaded: by default the post in a `<main>`. */
async function framed(files: string[], body = `<main>${post()}</main>`): Promise<Win> {
  const frame = document.createElement('iframe');
  frame.srcdoc = `<!doctype html><html lang="en"><head>${files.map(script).join('')}</head><body>${body}</body></html>`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  return frame.contentWindow as Win;
}

/** Loads one more file in the frame, as a script tag added later does. */
async function load(win: Win, file: string): Promise<void> {
  const tag = win.document.createElement('script');
  tag.type = 'module';
  tag.src = `/dist/cdn/${file}`;
  const loaded = new Promise((resolve) => tag.addEventListener('load', resolve, { once: true }));
  win.document.head.append(tag);
  await loaded;
}

/** Waits until every defined care-* element has rendered, twice: a section taken into the guide updates once more. */
async function rendered(doc: Document): Promise<void> {
  for (let round = 0; round < 2; round++) {
    const defined = Array.from(doc.querySelectorAll<Updating>(':defined')).filter((el) => el.localName.startsWith('care-'));
    await Promise.all(defined.map((el) => el.updateComplete));
  }
}

/** What the guide shows, in order: each element by its tag, each of the page's own paragraphs between them by its start. */
const inGuide = (doc: Document) =>
  Array.from(doc.querySelector('care-guide')!.children)
    .filter((el) => el.localName.startsWith('care-') || el.textContent!.trim())
    .map((el) => (el.localName.startsWith('care-') ? (el.getAttribute('section') ?? el.localName) : el.textContent!.trim().slice(0, 40)));

const SECTIONS = 'care-guide-header, care-topic-list, care-procedure-timeline, care-benefits-card, care-risk-list, care-faq-accordion, care-review-note';

/** The sections and the page's own paragraphs that are not the guide's, in order, by tag or text. */
const outside = (doc: Document) =>
  Array.from(doc.querySelectorAll(`${SECTIONS}, p`))
    .filter((el) => !el.closest('care-guide') && !(el.localName === 'p' && (el.parentElement!.closest(SECTIONS) || el.querySelector(SECTIONS) || !el.textContent!.trim())))
    .map((el) => (el.localName === 'p' ? el.textContent!.trim().slice(0, 40) : (el.getAttribute('section') ?? el.localName)));

describe('WordPress autop, with each element’s own file', () => {
  afterEach(() => document.querySelectorAll('body > iframe').forEach((el) => el.remove()));

  /** The guide as the page shows it with every element defined at once, by care-elements.js. */
  let whole: string[];
  before(async () => {
    const win = await framed(['care-elements.js']);
    await rendered(win.document);
    whole = inGuide(win.document);
    document.querySelector('body > iframe')!.remove();
  });

  it('shows every section in the guide when guide.js loads before the sections’ files', async () => {
    expect(whole.filter((name) => name.startsWith('care-') || /^[a-z]+$/.test(name)), 'the header and the eight sections').to.have.length(9);
    const win = await framed(FILES);
    await rendered(win.document);
    expect(inGuide(win.document), 'every section in its place, the page’s paragraphs between them').to.deep.equal(whole);
    expect(outside(win.document), 'the page’s own paragraph and FAQ after the guide stay the page’s').to.deep.equal(['Call us to book a consultation.', 'care-faq-accordion']);
  });

  it('takes the sections up to one whose file comes later, and that one and the rest when it comes', async () => {
    const win = await framed(FILES.filter((file) => file !== 'faq-accordion.js'));
    await rendered(win.document);
    const upToFaq = whole.slice(0, whole.indexOf('care-faq-accordion'));
    expect(inGuide(win.document), 'the sections before the FAQ, whose file has not come').to.deep.equal(upToFaq);
    expect(outside(win.document)[0], 'the FAQ waits outside, its answers after it').to.equal('care-faq-accordion');
    await load(win, 'faq-accordion.js');
    await rendered(win.document);
    expect(inGuide(win.document)).to.deep.equal(whole);
    expect(outside(win.document)).to.deep.equal(['Call us to book a consultation.', 'care-faq-accordion']);
  });

  it('takes the rest when a section’s file comes after the guide has written its JSON-LD', async () => {
    const body = `<main>${post().replace('<care-guide>', '<care-guide src="/src/content/stem-cell-injection-back-pain.json">')}</main>`;
    const win = await framed(FILES.filter((file) => file !== 'faq-accordion.js'), body);
    const doc = win.document;
    await rendered(doc);
    const guide = doc.querySelector('care-guide')!;
    await waitUntil(() => guide.querySelector(':scope > script[type="application/ld+json"]'), 'the guide writes its JSON-LD');
    await load(win, 'faq-accordion.js');
    await rendered(doc);
    expect(inGuide(doc).filter((shown) => !shown.startsWith('{')), 'every section, the JSON-LD aside').to.deep.equal(whole);
    expect(outside(doc)).to.deep.equal(['Call us to book a consultation.', 'care-faq-accordion']);
  });

  it('takes back the sections once, and nothing after the guide, when the files come while the page is still loading', async () => {
    const win = await framed(['guide.js'], '');
    const doc = win.document;
    // document.open() keeps the window and its defined guide; the page stays loading until close().
    doc.open();
    doc.write(`<!doctype html><html lang="en"><head></head><body><main>${post()}</main>`);
    const parsed = new Promise((resolve) => win.addEventListener('DOMContentLoaded', resolve, { once: true }));
    for (const file of FILES.slice(1)) await load(win, file);
    expect(doc.readyState, 'every file came while the page was loading').to.equal('loading');
    doc.close();
    await parsed;
    await rendered(doc);
    expect(inGuide(doc)).to.deep.equal(whole);
    expect(outside(doc)).to.deep.equal(['Call us to book a consultation.', 'care-faq-accordion']);
  });

  it('runs again once, when a file it stopped for both while the page loaded and once it was parsed comes', async () => {
    const win = await framed(FILES.filter((file) => file !== 'guide-header.js' && file !== 'faq-accordion.js'), '');
    const doc = win.document;
    // Written while the guide is defined: it stops at the header's summary as the page loads, and again once it is parsed.
    doc.open();
    doc.write(`<!doctype html><html lang="en"><head></head><body><main>${post()}</main>`);
    const parsed = new Promise((resolve) => win.addEventListener('DOMContentLoaded', resolve, { once: true }));
    doc.close();
    await parsed;
    await load(win, 'guide-header.js');
    await load(win, 'faq-accordion.js');
    await rendered(doc);
    expect(inGuide(doc)).to.deep.equal(whole);
    expect(outside(doc), 'the page’s own paragraph and FAQ after the guide stay the page’s').to.deep.equal(['Call us to book a consultation.', 'care-faq-accordion']);
  });

  it('takes back the sections of a guide written on one line once the header’s file has come, and nothing after it', async () => {
    const guide =
      '<care-guide><care-guide-header heading="Back pain"><p slot="summary">What the treatment is.</p></care-guide-header><care-topic-list section="conditions"><care-topic label="Disc disease">Discs wear down.</care-topic></care-topic-list><care-faq-accordion><care-faq-item question="Is it safe?">Generally, yes.</care-faq-item></care-faq-accordion></care-guide>';
    const page = autop(`${guide}\n\n<p>Call us to book a consultation.</p>\n\n<care-faq-accordion>\n  <care-faq-item question="Where do I park?">Behind the building.</care-faq-item>\n</care-faq-accordion>`);
    // guide.js runs first: until the header's file comes, the guide holds only an empty header, written so or cut short.
    const win = await framed(FILES, `<main>${page}</main>`);
    await rendered(win.document);
    expect(inGuide(win.document)).to.deep.equal(['care-guide-header', 'conditions', 'care-faq-accordion']);
    expect(win.document.querySelector('care-guide-header > [slot="summary"]')?.getClientRects().length, 'the header shows its summary').to.be.greaterThan(0);
    expect(outside(win.document), 'the page’s own paragraph and FAQ after the guide stay the page’s').to.deep.equal(['Call us to book a consultation.', 'care-faq-accordion']);
  });

  it('takes nothing while taken off the page before a section’s file comes, and its sections once put back', async () => {
    const win = await framed(FILES.filter((file) => file !== 'faq-accordion.js'));
    const doc = win.document;
    await rendered(doc);
    const main = doc.querySelector('main')!;
    main.remove();
    await load(win, 'faq-accordion.js');
    expect(main.querySelector('care-faq-accordion')!.closest('care-guide'), 'off the page, the FAQ is not upgraded, and the guide does not wait for it again').to.equal(null);
    doc.body.append(main);
    await rendered(doc);
    expect(inGuide(doc)).to.deep.equal(whole);
    expect(outside(doc)).to.deep.equal(['Call us to book a consultation.', 'care-faq-accordion']);
  });
});
