import { expect } from '@open-wc/testing';

/**
 * The optional pre-upgrade stylesheet, as shipped in dist/ (the test command builds first): CMS
 * markup before the script runs, or when it never does.
 */
const CMS_MARKUP = `
<care-guide>
  <care-faq-accordion>
    <span slot="heading">Visiting the clinic</span>
    <care-faq-item id="parking"><strong slot="question">Where do I park?</strong><p>Behind the building.</p></care-faq-item>
    <care-faq-item question="Can I bring someone?" open><p>Yes, one person may stay with you.</p></care-faq-item>
    <care-faq-item question="What should I wear?"><p>Loose clothes you can move in.</p><ul><li>No jewellery</li></ul></care-faq-item>
    <care-faq-item question="Is there a lift?">Yes, beside the main entrance.</care-faq-item>
  </care-faq-accordion>
  <care-procedure-timeline>
    <span slot="heading">What happens</span>
    <care-step label="Consultation"><p>A doctor asks about your pain.</p></care-step>
  </care-procedure-timeline>
  <care-review-note disclaimer="General information, not medical advice." reviewed-by="Dr. Rivera"></care-review-note>
</care-guide>`;

async function page(head: string, sandbox?: string): Promise<Document> {
  const frame = document.createElement('iframe');
  if (sandbox !== undefined) frame.setAttribute('sandbox', sandbox);
  frame.style.inlineSize = '40rem';
  frame.srcdoc = `<!doctype html><html lang="en"><head>${head}<link rel="stylesheet" href="/dist/cdn/care-elements.css"></head><body>${CMS_MARKUP}</body></html>`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  return frame.contentDocument!;
}

const answers = (doc: Document) => [...doc.querySelectorAll<HTMLElement>('care-faq-item > :not([slot="question"])')];
const readable = (el: HTMLElement) => getComputedStyle(el).display !== 'none' && el.getBoundingClientRect().height > 0;
/** The answer written as text straight inside its item, with no element around it. */
const bareAnswer = (doc: Document) => [...doc.querySelector('care-faq-item[question="Is there a lift?"]')!.childNodes].find((node) => node.nodeType === Node.TEXT_NODE)!;
/** Whether text takes room on the page: its glyphs have a height. */
function textShown(text: Node): boolean {
  const range = text.ownerDocument!.createRange();
  range.selectNodeContents(text);
  return range.getBoundingClientRect().height > 0;
}

/** The text a `::before` shows: Firefox gives `content: attr(x)` back unresolved, so it is resolved here as Chromium does. */
function shownBefore(el: Element): string {
  const content = getComputedStyle(el, '::before').content;
  const attr = /^attr\(([\w-]+)\)$/.exec(content);
  return attr ? JSON.stringify(el.getAttribute(attr[1]) ?? '') : content;
}

describe('pre-upgrade stylesheet (dist/cdn/care-elements.css)', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  it('shows every answer when the script is blocked: collapsed at first, shown by a CSS timeout', async () => {
    const doc = await page(`<meta http-equiv="Content-Security-Policy" content="script-src 'none'">
      <script type="module" src="/dist/cdn/care-elements.js"></script>`);
    expect(doc.defaultView!.customElements.get('care-faq-item'), 'the script did not run').to.equal(undefined);
    expect(answers(doc).map(readable), 'closed answers collapsed, the open one shown').to.deep.equal([false, true, false, false]);
    expect(textShown(bareAnswer(doc)), 'a closed answer written as bare text collapsed').to.equal(false);
    const size = getComputedStyle(doc.querySelector('care-faq-accordion')!).fontSize;
    const questions = [getComputedStyle(doc.querySelector('[slot="question"]')!), getComputedStyle(doc.querySelector('[question="Is there a lift?"]')!, '::before')];
    expect(questions.map((question) => question.fontSize), 'the questions of closed items keep their size').to.deep.equal([size, size]);
    const timeouts = doc.getAnimations() as CSSAnimation[];
    expect(timeouts.map((a) => a.animationName).sort(), "each closed answer's boxes, and each closed item's own text").to.deep.equal([
      ...Array(3).fill('care-elements-pre-upgrade-text-timeout'),
      ...Array(3).fill('care-elements-pre-upgrade-timeout'),
    ]);
    expect(timeouts.map((a) => a.effect!.getTiming().delay)).to.deep.equal(Array(6).fill(3000));
    // Jump to the end of the 3 s timeout rather than sleep through it.
    for (const timeout of timeouts) timeout.finish();
    expect(answers(doc).map(readable), 'every answer readable').to.deep.equal([true, true, true, true]);
    expect(textShown(bareAnswer(doc)), 'the bare-text answer readable').to.equal(true);
  });

  it('draws no card around nothing, as for a guide given as JSON before its script runs', async () => {
    const frame = document.createElement('iframe');
    frame.srcdoc = `<!doctype html><html lang="en"><head><link rel="stylesheet" href="/dist/cdn/care-elements.css"></head><body>
      <care-guide src="/dist/content/stem-cell-injection-back-pain.json"><care-benefits-card variant="elevated"></care-benefits-card><care-risk-list variant="outlined"></care-risk-list></care-guide>
    </body></html>`;
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    document.body.append(frame);
    await loaded;
    const drawn = [...frame.contentDocument!.querySelectorAll('care-guide > *')].map((el) => {
      const style = getComputedStyle(el);
      return `${el.localName} ${el.getBoundingClientRect().height}px ${style.borderTopWidth} ${style.boxShadow}`;
    });
    expect(drawn).to.deep.equal(['care-benefits-card 0px 0px none', 'care-risk-list 0px 0px none']);
  });

  it('wraps a long word as the elements do, instead of widening a phone\'s page', async () => {
    const word = 'Hyaluronidase'.repeat(12);
    const frame = document.createElement('iframe');
    frame.style.inlineSize = '320px';
    frame.srcdoc = `<!doctype html><html lang="en"><head><link rel="stylesheet" href="/dist/cdn/care-elements.css"></head><body>
      <care-faq-accordion heading="${word}"><care-faq-item question="Is ${word} safe?" open><p>${word}</p></care-faq-item></care-faq-accordion>
      <care-procedure-timeline><care-step label="${word}"><p>${word}</p></care-step></care-procedure-timeline>
    </body></html>`;
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    document.body.append(frame);
    await loaded;
    const root = frame.contentDocument!.documentElement;
    expect(root.scrollWidth).to.equal(root.clientWidth);
  });

  it('never collapses anything where scripting is off', async () => {
    const doc = await page('', 'allow-same-origin');
    expect(answers(doc).every(readable)).to.equal(true);
    expect(textShown(bareAnswer(doc))).to.equal(true);
    expect(doc.getAnimations()).to.have.length(0);
  });

  it('reads as headings and paragraphs: the heading and each question on lines of their own', async () => {
    const doc = await page('', 'allow-same-origin');
    const heading = doc.querySelector<HTMLElement>('care-faq-accordion > [slot="heading"]')!;
    const question = doc.querySelector<HTMLElement>('[slot="question"]')!;
    expect(getComputedStyle(heading).display).to.equal('block');
    expect(Number(getComputedStyle(heading).fontWeight)).to.be.at.least(700);
    expect(question.getBoundingClientRect().top).to.be.at.least(heading.getBoundingClientRect().bottom);
    const second = doc.querySelector('care-faq-item[question]')!;
    expect(shownBefore(second)).to.equal('"Can I bring someone?"');
    expect(shownBefore(doc.querySelector('care-step')!)).to.equal('"Consultation"');
    expect(shownBefore(doc.querySelector('care-review-note')!), 'the disclaimer, before the script or without it').to.equal('"General information, not medical advice."');
    const answer = doc.querySelector<HTMLElement>('#parking > p')!;
    expect(answer.getBoundingClientRect().top).to.be.at.least(question.getBoundingClientRect().bottom);
  });

  it('stops applying once the elements are defined: an answer opened at once shows, without waiting out the timeout', async () => {
    const doc = await page('');
    // The script comes while the timeouts still wait, however slow the machine: they are held in their delay.
    const timeouts = doc.getAnimations();
    expect(timeouts, 'the closed answers wait on their timeouts').to.have.length(6);
    for (const timeout of timeouts) timeout.pause();
    const script = doc.createElement('script');
    script.type = 'module';
    script.src = '/dist/cdn/care-elements.js';
    doc.head.append(script);
    await doc.defaultView!.customElements.whenDefined('care-faq-accordion');
    expect(shownBefore(doc.querySelector('care-faq-item[question]')!)).to.equal('none');
    const faq = doc.querySelector('care-faq-accordion') as HTMLElement & { showAll(): void; updateComplete: Promise<boolean> };
    await faq.updateComplete;
    faq.showAll();
    await faq.updateComplete;
    expect(answers(doc).map(readable), 'every answer readable').to.deep.equal([true, true, true, true]);
    expect(answers(doc).map((answer) => getComputedStyle(answer).visibility)).to.deep.equal(Array(4).fill('visible'));
    expect(textShown(bareAnswer(doc)), 'the bare-text answer readable').to.equal(true);
  });
});
