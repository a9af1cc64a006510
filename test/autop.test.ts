import { expect } from '@open-wc/testing';
import { autop } from '@wordpress/autop';
import '../src/index.js';
import { guidePage } from '../bench/guide-page.js';
import { stemCellInjectionBackPain } from '../src/content/stem-cell-injection-back-pain.js';
import type { CareFaqAccordion } from '../src/faq-accordion/faq-accordion.js';
import { cmsStories, hasChildTags, readmeExamples, renderFramed, renderHere, shownSections, type Page } from './cms-pages.js';

const examples = await readmeExamples();
const stories = cmsStories();

function expectSame(after: Page, before: Page) {
  expect(after.sections, 'every element shows the same questions, steps, risks, benefits and topics').to.deep.equal(before.sections);
  expect(after.warnings).to.deep.equal(before.warnings);
}

/** The text of the page's own paragraphs, outside the elements. */
const pageText = (page: Page) =>
  Array.from(page.root.querySelectorAll('p'), (p) => (p.closest('[slot], care-faq-accordion, care-topic-list') ? '' : p.textContent));

/** A guide's header as a post writes it: autop cuts the guide short at its summary. */
const HEADER = '<care-guide-header><span slot="heading">Back pain</span><div slot="summary"><p>What the treatment is.</p></div></care-guide-header>';

/** A topic list and a risk list, each written over lines. */
const TOPICS = `<care-topic-list section="conditions">
  <care-topic label="Disc disease">Discs wear down.</care-topic>
</care-topic-list>`;
const RISKS = `<care-risk-list heading="Risks">
  <care-risk label="Soreness" severity="low">The area may ache.</care-risk>
</care-risk-list>`;

/** A topic list and an FAQ, each written on one line, one after the other. */
const ONE_LINE_SECTIONS =
  '<care-topic-list section="conditions"><care-topic label="Disc disease">Discs wear down.</care-topic></care-topic-list><care-faq-accordion><care-faq-item question="Is it safe?">Generally, yes.</care-faq-item></care-faq-accordion>';

/** An FAQ whose first answer opens with a paragraph, on the line after the question's start tag. */
const FAQ_WITH_PARAGRAPH = `<care-faq-accordion>
  <care-faq-item question="Is it safe?">
    <p>Generally, yes.</p>
  </care-faq-item>
  <care-faq-item question="Does it hurt?">A little.</care-faq-item>
</care-faq-accordion>`;

/** What a page writes after a guide in a post: a paragraph of its own, and an FAQ of its own. */
const PAGE_AFTER = `<p>Call us.</p>

<care-faq-accordion>
  <care-faq-item question="Where do I park?">Behind the building.</care-faq-item>
</care-faq-accordion>`;

/** The guide's elements, in order: what its column shows. */
const guideSections = (page: Page) => Array.from(page.root.querySelectorAll('care-guide > *'), (el) => el.localName).filter((name) => name.startsWith('care-'));

/** What a guide's column shows, in order: each element by its tag, each of the page's own paragraphs by its start. */
const inGuide = (page: Page) =>
  Array.from(page.root.querySelector('care-guide')!.children)
    .filter((el) => el.localName !== 'br' && el.textContent!.trim())
    .map((el) => (el.localName.startsWith('care-') ? el.localName : el.textContent!.trim().slice(0, 40)));

/** The page's own paragraphs and FAQs, outside its guide, in order: by text or tag. */
const pageOwn = (page: Page) =>
  Array.from(page.root.querySelectorAll('p, care-faq-accordion'))
    .filter((el) => !el.closest('care-guide') && !el.parentElement!.closest('care-faq-accordion'))
    .filter((el) => el.localName !== 'p' || (el.textContent!.trim() && !el.querySelector('care-guide, care-faq-accordion')))
    .map((el) => (el.localName === 'p' ? el.textContent!.trim() : el.localName));

/** Expects autop's version of a page with a guide to leave the page its own content after the guide, and every element its items. */
function expectPageKept(after: Page, before: Page) {
  expect(pageOwn(after), 'the page’s own paragraphs and FAQ after the guide stay the page’s').to.deep.equal(pageOwn(before));
  expectSame(after, before);
}

/** Renders markup and its autop version side by side in this page. */
async function withAndWithout(markup: string): Promise<[Page, Page]> {
  const [a, b] = [document.createElement('div'), document.createElement('div')];
  document.body.append(a, b);
  return [await renderHere(markup, a), await renderHere(autop(markup), b)];
}

/** A frame whose elements are all defined, for a test to write a page into it with `document.write`, parsed as it comes. */
async function definedFrame(): Promise<Window & typeof globalThis> {
  const frame = document.createElement('iframe');
  frame.srcdoc = '<!doctype html><script type="module" src="/dist/cdn/care-elements.js"></script>';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as Window & typeof globalThis;
  await win.customElements.whenDefined('care-review-note');
  return win;
}

describe('WordPress autop', () => {
  afterEach(() => document.querySelectorAll('body > div, body > iframe').forEach((el) => el.remove()));

  it('finds the README examples and the stories written as CMS markup', () => {
    expect(examples.length).to.be.greaterThanOrEqual(4);
    expect(stories.map(([name]) => name)).to.include.members([
      'faqAccordion CmsMarkup',
      'procedureTimeline CmsMarkup',
      'riskList CmsMarkup',
      'benefitsCard CmsMarkupWithMedia',
      'topicList CmsMarkup',
    ]);
  });

  describe('README examples render the same after autop', () => {
    for (const [i, example] of examples.entries()) {
      it(`example ${i + 1}: ${example.split('\n')[0].slice(0, 60)}`, async () => {
        expect(autop(example), 'autop changes the markup').to.not.equal(example);
        const before = await renderFramed(example);
        const after = await renderFramed(autop(example));
        expect(before.sections.length, 'the example shows elements').to.be.greaterThan(0);
        if (hasChildTags(example)) {
          expect(before.sections.flatMap((s) => s.items), 'the CMS example shows its items').to.not.be.empty;
        }
        expectSame(after, before);
      });
    }
  });

  describe('stories written as CMS markup render the same after autop', () => {
    for (const [name, markup] of stories) {
      it(name, async () => {
        const [before, after] = await withAndWithout(markup);
        expect(before.sections.flatMap((s) => s.items)).to.not.be.empty;
        expectSame(after, before);
      });
    }
  });

  describe('shapes autop makes', () => {
    it('keeps rich answers in their questions: paragraphs, lists, and questions written as children', async () => {
      const markup = `<care-faq-accordion>
  <care-faq-item id="parking"><strong slot="question">Where do I park?</strong>
    <p>Behind the building.</p>
    <ul><li>Level 1: patients</li><li>Level 2: staff</li></ul>
  </care-faq-item>
  <care-faq-item question="Can I eat before?">
    <p>Yes, a light meal.</p>
  </care-faq-item>
</care-faq-accordion>
<p>Call us with any other question.</p>`;
      const [before, after] = await withAndWithout(markup);
      expect(after.sections[0].items).to.deep.equal([
        'Where do I park? Behind the building. Level 1: patients Level 2: staff',
        'Can I eat before? Yes, a light meal.',
      ]);
      expectSame(after, before);
      expect(pageText(after), 'the page text after the accordion stays on the page').to.include('Call us with any other question.');
    });

    it('keeps an answer split by a blank line, and the question after it', async () => {
      const [before, after] = await withAndWithout(`<care-faq-accordion>
  <care-faq-item question="Is it safe?">Generally, yes.

  Ask your doctor about your own case.</care-faq-item>
  <care-faq-item question="Does it hurt?">A little.</care-faq-item>
</care-faq-accordion>`);
      expect(after.sections[0].items).to.deep.equal([
        'Is it safe? Generally, yes. Ask your doctor about your own case.',
        'Does it hurt? A little.',
      ]);
      expectSame(after, before);
    });

    it('keeps steps separated by blank lines, and descriptions written as paragraphs or on their own line', async () => {
      const [before, after] = await withAndWithout(`<care-procedure-timeline heading="Your visit">
  <care-step label="Check in">
    Bring your scans.
  </care-step>

  <care-step label="Treatment">
    <p>The doctor injects the cells.</p>
    <p>It takes about an hour.</p>
  </care-step>

  <care-step label="Home">Someone drives you home.</care-step>
</care-procedure-timeline>`);
      expect(after.sections[0].items.length).to.equal(3);
      expectSame(after, before);
      const heights = (page: Page) =>
        Array.from(page.root.querySelector('care-procedure-timeline')!.shadowRoot!.querySelectorAll('[part~="item"]'), (item) => item.getBoundingClientRect().height);
      expect(heights(after), 'no step gains an empty line').to.deep.equal(heights(before));
    });

    it('reads the markup when the editor wrapped it in a <div>, where autop nests one question in the one before', async () => {
      const [before, after] = await withAndWithout(`<div class="faq">
<care-faq-accordion>
<care-faq-item question="Where do I park?">
<p>Behind the building.</p>
</care-faq-item>
<care-faq-item question="Can I eat before?">
<p>Yes, a light meal.</p>
</care-faq-item>
</care-faq-accordion>
</div>`);
      expect(after.sections[0].items).to.deep.equal(['Where do I park? Behind the building.', 'Can I eat before? Yes, a light meal.']);
      expectSame(after, before);
    });

    it('reads a <div>-wrapped FAQ whose answer has a blank line, where autop puts the next question in that answer’s paragraph, with no problem reported', async () => {
      const [before, after] = await withAndWithout(`<div class="faq">
<care-faq-accordion>
<care-faq-item question="Where do I park?">Behind the building.</care-faq-item>
<care-faq-item question="Can I eat before?">Yes, a light meal.

Not after midnight.</care-faq-item>
<care-faq-item question="Does it hurt?">A little.</care-faq-item>
</care-faq-accordion>
</div>`);
      expect(after.sections[0].items).to.deep.equal([
        'Where do I park? Behind the building.',
        'Can I eat before? Yes, a light meal. Not after midnight.',
        'Does it hurt? A little.',
      ]);
      expect(after.warnings, 'the CMS left out no closing tag').to.deep.equal([]);
      expectSame(after, before);
    });

    it('leaves the next element its own children when two sections follow each other', async () => {
      const [before, after] = await withAndWithout(`<care-faq-accordion>
  <care-faq-item question="Where do I park?">
    <p>Behind the building.</p>
  </care-faq-item>
</care-faq-accordion>

${RISKS}

<care-faq-accordion>
  <care-faq-item question="Can I eat before?">
    <p>Yes, a light meal.</p>
  </care-faq-item>
</care-faq-accordion>`);
      expect(after.sections.map((s) => s.items.length)).to.deep.equal([1, 1, 1]);
      expectSame(after, before);
    });

    it('leaves the next element its own children when it follows without a blank line', async () => {
      const [before, after] = await withAndWithout(`<care-faq-accordion>
  <care-faq-item question="Where do I park?">
    <p>Behind the building.</p>
  </care-faq-item>
  <care-faq-item question="Can I eat before?">Yes, a light meal.</care-faq-item>
</care-faq-accordion>
<care-topic-list heading="After">
  <care-topic label="Rest">Two days.</care-topic>
</care-topic-list>`);
      expect(after.sections.map((s) => s.items.length)).to.deep.equal([2, 1]);
      expectSame(after, before);
    });

    it('keeps the page text that follows an element written on one line', async () => {
      const [before, after] = await withAndWithout(
        `<care-topic-list heading="After"><care-topic label="Rest">Two days.</care-topic></care-topic-list>\n\n<p>Not a topic.</p>\n\n<p>Nor this.</p>`,
      );
      expectSame(after, before);
      expect(pageText(after)).to.include.members(['Not a topic.', 'Nor this.']);
    });

    it('shows a question written inside another as its own after autop too', async () => {
      const [before, after] = await withAndWithout(`<care-faq-accordion>
  <care-faq-item question="Is it safe?">
    <p>Generally, yes.</p>
  <care-faq-item question="Does it hurt?">
    <p>A little.</p>
  </care-faq-item>
  </care-faq-item>
</care-faq-accordion>`);
      expect(before.sections[0].items).to.deep.equal(['Is it safe? Generally, yes.', 'Does it hurt? A little.']);
      expect(before.warnings.join('\n')).to.contain('care-faq-item[1]: written inside care-faq-item[0]');
      // Not reported after autop: it puts the inner item in a <p>, the shape autop's own markup takes around a <div>.
      expect(after.sections).to.deep.equal(before.sections);
    });

    it('shows a question written inside a <div> of the answer before, whose closing tag is missing, as its own after autop too', async () => {
      const [before, after] = await withAndWithout(`<care-faq-accordion>
  <care-faq-item question="Is it safe?"><div>Generally, yes.
  <care-faq-item question="Does it hurt?">A little.</care-faq-item>
  </care-faq-item>
  <care-faq-item question="Can I drive home?">No.</care-faq-item>
</care-faq-accordion>`);
      expect(before.sections[0].items).to.deep.equal(['Is it safe? Generally, yes.', 'Does it hurt? A little.', 'Can I drive home? No.']);
      expect(before.warnings).to.have.length(1);
      expect(before.warnings[0]).to.contain('care-faq-item[1]: written inside care-faq-item[0], in the <div> whose closing tag is missing');
      expect(after.sections).to.deep.equal(before.sections);
      // autop closes the paragraph it opened before the <div>, so the browser puts the <div> after the item: a wrapper or a tag left open, as far as the page shows.
      expect(after.warnings).to.have.length(1);
      expect(after.warnings[0]).to.contain(
        'care-faq-item[1]: in the <div> after care-faq-item[0], not directly in <care-faq-accordion> (a wrapper, or a tag left open in care-faq-item[0]); shown after it as an item of its own',
      );
    });

    it('shows the questions after an answer whose <strong> is not closed, where the browser opens it again around them', async () => {
      const [before, after] = await withAndWithout(`<care-faq-accordion>
  <care-faq-item question="Is it safe?"><strong>Generally</strong>, yes, <strong>for most people.</care-faq-item>
  <care-faq-item question="Does it hurt?">A little.</care-faq-item>
</care-faq-accordion>`);
      expect(before.sections[0].items).to.deep.equal(['Is it safe? Generally , yes, for most people.', 'Does it hurt? A little.']);
      expect(before.warnings).to.have.length(1);
      expect(before.warnings[0]).to.contain(
        'care-faq-item[1]: in the <strong> after care-faq-item[0], not directly in <care-faq-accordion> (a wrapper, or a tag left open in care-faq-item[0]); shown after it as an item of its own',
      );
      expectSame(after, before);
    });

    it('shows every question after answers that each leave an inline tag open, which the browser opens again one inside the next', async () => {
      const [before, after] = await withAndWithout(`<care-faq-accordion>
  <care-faq-item question="Is it safe?">Generally, <b>yes.</care-faq-item>
  <care-faq-item question="Does it hurt?">A <i>little.</care-faq-item>
  <care-faq-item question="Can I drive home?"><em>No.</care-faq-item>
  <care-faq-item question="When can I work?">After two days.</care-faq-item>
  <care-faq-item question="Who pays?">Your insurer, often.</care-faq-item>
</care-faq-accordion>`);
      expect(before.sections[0].items).to.deep.equal([
        'Is it safe? Generally, yes.',
        'Does it hurt? A little.',
        'Can I drive home? No.',
        'When can I work? After two days.',
        'Who pays? Your insurer, often.',
      ]);
      expect(before.warnings).to.have.length(1);
      const left = (i: number, name: string) =>
        `care-faq-item[${i}]: in ${name} after care-faq-item[${i - 1}], not directly in <care-faq-accordion> (a wrapper, or a tag left open in care-faq-item[${i - 1}]); shown after it as an item of its own`;
      expect(before.warnings[0]).to.contain('3 content problems');
      expect(before.warnings[0]).to.contain(left(1, 'the <b>')).and.contain(left(2, 'the <i>')).and.contain(left(3, 'the <em>'));
      expectSame(after, before);
    });

    it('keeps the gaps between a guide’s sections when autop puts a <br> after each', async () => {
      const markup = `<care-guide src="/src/content/stem-cell-injection-back-pain.json">
  <care-guide-header></care-guide-header>
  <care-topic-list section="conditions"></care-topic-list>
  <care-procedure-timeline></care-procedure-timeline>
  <care-risk-list></care-risk-list>
</care-guide>`;
      expect(autop(markup)).to.include('</care-topic-list><br />');
      const [before, after] = await withAndWithout(markup);
      /** Where each section starts, from the top of its guide. */
      const tops = (page: Page) => {
        const guide = page.root.querySelector('care-guide')!;
        const top = guide.getBoundingClientRect().top;
        return Array.from(guide.querySelectorAll(':scope > [section], :scope > care-guide-header, :scope > care-procedure-timeline, :scope > care-risk-list'), (el) =>
          Math.round(el.getBoundingClientRect().top - top),
        );
      };
      const height = (page: Page) => Math.round(page.root.querySelector('care-guide')!.getBoundingClientRect().height);
      expect(tops(after)).to.have.length(4);
      expect(tops(after)).to.deep.equal(tops(before));
      expect(height(after), 'no gap after the last section').to.equal(height(before));
    });

    it('gives back the sections the browser put inside a guide header whose end tag autop left after an open <p>', async () => {
      // In the page's <main>, as a theme's template holds the post: the <p> autop opens before it is closed there.
      const markup = `<main><care-guide src="/src/content/stem-cell-injection-back-pain.json">
<care-guide-header><span slot="heading">Back pain</span>
<div slot="summary">
<p>What the treatment is.</p>
</div>
</care-guide-header>
<p>What the conditions have in common.</p>
<care-topic-list section="conditions"><care-topic label="Disc disease">
<p>Discs wear down.</p>
</care-topic></care-topic-list>
</care-guide></main>`;
      expect(autop(markup)).to.include('<p></care-guide-header></p>');
      const [before, after] = await withAndWithout(markup);
      const guide = after.root.querySelector('care-guide')!;
      expect(guide.querySelector('care-guide-header care-topic-list'), 'no section left inside the header').to.equal(null);
      expect(guide.querySelector('care-topic-list')!.getBoundingClientRect().height, 'the section shows').to.be.greaterThan(0);
      const intro = [...guide.querySelectorAll('p')].find((p) => p.textContent === 'What the conditions have in common.')!;
      expect(intro.getClientRects().length, 'the page’s own paragraph shows').to.be.greaterThan(0);
      const header = guide.querySelector('care-guide-header')!;
      expect(header.querySelector(':scope > [slot="summary"]')?.getClientRects().length, 'the header still shows its summary').to.be.greaterThan(0);
      expect(header.getBoundingClientRect().bottom, 'above the sections given back').to.be.at.most(intro.getBoundingClientRect().top);
      expectSame(after, before);
    });

    it('takes back the sections the browser put after a guide written first in a post, and leaves the page’s own content after it', async () => {
      // The built-in guide written with child tags, as the README's measurements have it, then the page's own paragraph and FAQ.
      const page = guidePage(stemCellInjectionBackPain);
      const guide = page.slice(page.indexOf('<care-guide>'), page.indexOf('</care-guide>') + '</care-guide>'.length).replace('<care-guide>', '<care-guide src="/src/content/stem-cell-injection-back-pain.json">');
      const markup = `${guide}

<p>Call us to book a consultation.</p>

<care-faq-accordion>
  <care-faq-item question="Where do I park?">
    <p>Behind the building.</p>
  </care-faq-item>
</care-faq-accordion>`;
      expect(autop(markup), 'autop wraps the guide in a <p> that its summary closes').to.match(/^<p><care-guide[^>]*><br \/>\n<care-guide-header>[^]*?<\/span><\/p>/);
      const [before, after] = await withAndWithout(markup);
      expect(guideSections(before)).to.have.length(9);
      expect(guideSections(after), 'every section is the guide’s again, in order').to.deep.equal(guideSections(before));
      // The page's own paragraphs between the sections come back where they were written, not after a later section.
      expect(inGuide(before).length, 'the page writes paragraphs of its own between sections').to.be.greaterThan(guideSections(before).length);
      expect(inGuide(after)).to.deep.equal(inGuide(before));
      const height = (page: Page) => Math.round(page.root.querySelector('care-guide')!.getBoundingClientRect().height);
      expect(height(after), 'the guide’s column is as tall as without autop').to.equal(height(before));
      const summary = after.root.querySelector('care-guide-header > [slot="summary"]');
      expect(summary?.getClientRects().length, 'the header shows its summary').to.be.greaterThan(0);
      const call = [...after.root.querySelectorAll('p')].find((p) => p.textContent === 'Call us to book a consultation.')!;
      expect(call.closest('care-guide'), 'the page’s paragraph after the guide stays the page’s').to.equal(null);
      const faqs = after.root.querySelectorAll('care-faq-accordion');
      expect(faqs[faqs.length - 1].closest('care-guide'), 'so does the page’s own FAQ after it').to.equal(null);
      expectSame(after, before);
    });

    it('takes back a guide’s sections when one holds another library’s element that is not defined', async () => {
      // A video embed of another library, not defined here: it may never be, and nothing here would take its content back.
      const [before, after] = await withAndWithout(`<care-guide>
${HEADER}
<care-benefits-card heading="Benefits">
  <care-benefit label="Less pain"><lite-youtube videoid="abc123">A patient tells her story</lite-youtube></care-benefit>
</care-benefits-card>
${RISKS}
</care-guide>

<p>Call us.</p>`);
      expect(guideSections(before)).to.deep.equal(['care-guide-header', 'care-benefits-card', 'care-risk-list']);
      expect(guideSections(after), 'the card with the video and the section after it are the guide’s').to.deep.equal(guideSections(before));
      expectPageKept(after, before);
    });

    it('leaves the page’s own paragraph and FAQ after a guide first in a post that ends with a paragraph', async () => {
      const markup = `<care-guide>
${HEADER}
${TOPICS}
<p>Ask your doctor first.</p>
</care-guide>

${PAGE_AFTER}`;
      expect(autop(markup), 'all autop leaves of the end tag is an empty paragraph').to.include('<p></care-guide></p>');
      const [before, after] = await withAndWithout(markup);
      expect(guideSections(after)).to.deep.equal(guideSections(before));
      expect(pageOwn(after), 'the page’s paragraph and FAQ after the guide stay the page’s').to.include.members(pageOwn(before));
      expectSame(after, before);
    });

    it('leaves the page’s own paragraph and FAQ after a guide that the browser did not cut short, with a note after it in its paragraph', async () => {
      const markup = `<care-guide src="/src/content/stem-cell-injection-back-pain.json"><care-faq-accordion></care-faq-accordion></care-guide> Reviewed every year.

${PAGE_AFTER}`;
      expect(autop(markup), 'autop wraps the guide and its note in one paragraph').to.match(/^<p><care-guide[^]*<\/care-guide> Reviewed every year\.<\/p>/);
      const [before, after] = await withAndWithout(markup);
      expect(guideSections(after)).to.deep.equal(['care-faq-accordion']);
      expectPageKept(after, before);
    });

    it('leaves the page’s own paragraph and FAQ after a guide ending with a header of a title only, with a note after it in its paragraph', async () => {
      // On one line, a guide that ends with a title-only header looks cut short; the note after it in its paragraph shows it was not.
      const markup = `<care-guide src="/src/content/stem-cell-injection-back-pain.json"><care-guide-header><span slot="heading">Back pain</span></care-guide-header></care-guide> Reviewed every year.

${PAGE_AFTER}`;
      expect(autop(markup), 'autop wraps the guide and its note in one paragraph').to.match(/^<p><care-guide[^]*<\/care-guide> Reviewed every year\.<\/p>/);
      const [before, after] = await withAndWithout(markup);
      expect(guideSections(after)).to.deep.equal(['care-guide-header']);
      expectPageKept(after, before);
    });

    it('leaves the page’s own paragraph and FAQ after the README’s guide, which autop wraps whole in one paragraph', async () => {
      // Empty sections hold no block, so nothing closes autop's <p> early: the guide ends whole, with the line break before its end tag.
      const markup = `<care-guide src="/src/content/stem-cell-injection-back-pain.json">
  <care-guide-header></care-guide-header>
  <care-procedure-timeline></care-procedure-timeline>
  <care-review-note></care-review-note>
</care-guide>

${PAGE_AFTER}`;
      expect(autop(markup), 'autop wraps the whole guide in one paragraph').to.match(/^<p><care-guide[^]*<br \/>\n<\/care-guide><\/p>/);
      const [before, after] = await withAndWithout(markup);
      expect(guideSections(after)).to.deep.equal(['care-guide-header', 'care-procedure-timeline', 'care-review-note']);
      expectPageKept(after, before);
    });

    it('leaves the page’s own paragraph and FAQ after a guide first in a post with a blank line before its end tag', async () => {
      // The section holds no block, so autop wraps it whole, its end tag in place: the empty paragraph after it is what is left of the guide's.
      const markup = `<care-guide>
${HEADER}

${TOPICS}

</care-guide>

${PAGE_AFTER}`;
      expect(autop(markup), 'the section ends as written, then the guide’s end tag in a paragraph of its own').to.include('<br />\n</care-topic-list></p>\n<p></care-guide></p>');
      const [before, after] = await withAndWithout(markup);
      expect(guideSections(after)).to.deep.equal(['care-guide-header', 'care-topic-list']);
      expectPageKept(after, before);
    });

    it('keeps every section of a guide first in a post after a divider or a spacer the page put between them', async () => {
      const [before, after] = await withAndWithout(`<care-guide>
${HEADER}
<care-topic-list section="conditions"><care-topic label="Disc disease">Discs wear down.</care-topic></care-topic-list>

<hr />

<care-benefits-card heading="Benefits">
  <care-benefit label="Less pain">Some patients move better.</care-benefit>
</care-benefits-card>

<p class="spacer"></p>

${RISKS}
</care-guide>

<p>Call us.</p>`);
      expect(guideSections(before)).to.deep.equal(['care-guide-header', 'care-topic-list', 'care-benefits-card', 'care-risk-list']);
      expect(guideSections(after), 'the sections after the divider and the spacer are the guide’s').to.deep.equal(guideSections(before));
      const order = (page: Page) => Array.from(page.root.querySelector('care-guide')!.querySelectorAll(':scope > :is([section], care-benefits-card, care-risk-list, hr, .spacer)'), (el) => el.localName);
      expect(order(after), 'the divider and the spacer stay between the sections they were written between').to.deep.equal(order(before));
      expectPageKept(after, before);
    });

    for (const [name, section] of [
      ['topic list', '<care-topic-list section="conditions"><care-topic label="Disc disease">Discs wear down.</care-topic></care-topic-list>'],
      ['FAQ', '<care-faq-accordion><care-faq-item question="Is it safe?">Generally, yes.</care-faq-item></care-faq-accordion>'],
    ]) {
      it(`keeps the page’s paragraph after a ${name} written on one line out of its last item, and in the guide before the next section`, async () => {
        const markup = `<care-guide>
${HEADER}
${section}
<p>Ask your doctor first.</p>
${RISKS}
</care-guide>

${PAGE_AFTER}`;
        expect(autop(markup), 'autop wraps the section whole, its end tag where it was written').to.include(`${section}</p>`);
        const [before, after] = await withAndWithout(markup);
        const ask = [...after.root.querySelectorAll('p')].find((p) => p.textContent === 'Ask your doctor first.')!;
        expect(ask.closest('care-topic-list, care-faq-accordion'), 'the paragraph is not the section’s').to.equal(null);
        expect(inGuide(after), 'the section, the paragraph and the next section, in order, in the guide').to.deep.equal(inGuide(before));
        expectPageKept(after, before);
      });
    }

    for (const [name, guide] of [
      ['sections written with their items', '<care-guide><care-topic-list section="conditions"><care-topic label="Disc disease">Discs wear down.</care-topic></care-topic-list></care-guide>'],
      ['sections the guide fills', '<care-guide src="/src/content/stem-cell-injection-back-pain.json"><care-guide-header></care-guide-header><care-faq-accordion></care-faq-accordion></care-guide>'],
      ['nothing, its content fetched', '<care-guide src="/src/content/stem-cell-injection-back-pain.json"></care-guide>'],
    ]) {
      it(`leaves the page’s own paragraph and FAQ after a guide written on one line, of ${name}`, async () => {
        const markup = `${guide}\n\n${PAGE_AFTER}`;
        expect(autop(markup), 'autop wraps the guide whole in one paragraph').to.include(`<p>${guide}</p>`);
        const [before, after] = await withAndWithout(markup);
        expect(guideSections(after)).to.deep.equal(guideSections(before));
        expect(pageOwn(before)).to.deep.equal(['Call us.', 'care-faq-accordion']);
        expectPageKept(after, before);
      });
    }

    it('keeps every section of a guide first in a post after dividers written between them on their own lines', async () => {
      const markup = `<care-guide>
${HEADER}
${TOPICS}
<hr />
<care-benefits-card heading="Benefits">
  <care-benefit label="Less pain">Some patients move better.</care-benefit>
</care-benefits-card>
<hr />
${RISKS}
<p>Ask your doctor first.</p>
<care-faq-accordion>
  <care-faq-item question="Is it safe?">Generally, yes.</care-faq-item>
</care-faq-accordion>
</care-guide>

${PAGE_AFTER}`;
      // autop opens no paragraph before an <hr />, but closes one after the line that follows it: a </p> with none open, an empty paragraph.
      expect(autop(markup)).to.include('<hr />\n<care-benefits-card').and.include('</care-benefits-card></p>');
      const [before, after] = await withAndWithout(markup);
      expect(guideSections(before)).to.deep.equal(['care-guide-header', 'care-topic-list', 'care-benefits-card', 'care-risk-list', 'care-faq-accordion']);
      expect(guideSections(after), 'the sections after each divider are the guide’s').to.deep.equal(guideSections(before));
      const order = (page: Page) => Array.from(page.root.querySelector('care-guide')!.querySelectorAll(':scope > :is([section], care-benefits-card, care-risk-list, care-faq-accordion, hr)'), (el) => el.localName);
      expect(order(after), 'each divider between the sections it was written between').to.deep.equal(order(before));
      expect(inGuide(after)).to.deep.equal(inGuide(before));
      expectPageKept(after, before);
    });

    for (const [name, header] of [
      ['at its summary', '<care-guide-header heading="Back pain"><p slot="summary">What the treatment is.</p></care-guide-header>'],
      ['with its heading and summary on lines of their own', '<care-guide-header>\n<span slot="heading">Back pain</span>\n<p slot="summary">What the treatment is.</p>\n</care-guide-header>'],
    ]) {
      it(`leaves the page’s own paragraph and FAQ after a guide written on one line, its header cut ${name}`, async () => {
        const markup = `<care-guide>${header}${ONE_LINE_SECTIONS}</care-guide>\n\n${PAGE_AFTER}`;
        // The paragraph autop opens after the summary runs to the end of the line: the guide's end tag leaves no mark in it.
        expect(autop(markup)).to.include(`<p></care-guide-header>${ONE_LINE_SECTIONS}</care-guide></p>`);
        const [before, after] = await withAndWithout(markup);
        expect(guideSections(before)).to.deep.equal(['care-guide-header', 'care-topic-list', 'care-faq-accordion']);
        expect(guideSections(after), 'the header and both sections are the guide’s, in order, and no more').to.deep.equal(guideSections(before));
        const summary = after.root.querySelector('care-guide-header > [slot="summary"]');
        expect(summary?.getClientRects().length, 'the header shows its summary').to.be.greaterThan(0);
        expectPageKept(after, before);
      });
    }

    for (const [name, rest] of [
      ['followed by the guide’s last section', `\n${RISKS}`],
      ['last in the guide', ''],
    ]) {
      it(`keeps each answer in its question, and the page after the guide out of it, after a divider before an FAQ whose first answer opens with a paragraph, ${name}`, async () => {
        const markup = `<care-guide>
${HEADER}
${TOPICS}
<hr />
${FAQ_WITH_PARAGRAPH}${rest}
</care-guide>

${PAGE_AFTER}`;
        // No paragraph is open after the divider, so the one autop closes after the question's start tag leaves the question open.
        expect(autop(markup)).to.include('<hr />\n<care-faq-accordion><br />\n  <care-faq-item question="Is it safe?"></p>');
        const [before, after] = await withAndWithout(markup);
        const faq = (page: Page) => page.sections.find((section) => section.tag === 'care-faq-accordion')!.items;
        expect(faq(after), 'each question shows its own answer and nothing of what follows').to.deep.equal(['Is it safe? Generally, yes.', 'Does it hurt? A little.']);
        expect(guideSections(after), 'every section is the guide’s, in order').to.deep.equal(guideSections(before));
        expect(inGuide(after)).to.deep.equal(inGuide(before));
        expectPageKept(after, before);
      });
    }

    it('keeps each answer in its question, and the page’s paragraph after the FAQ out of it, after a divider on a page of its own', async () => {
      const [before, after] = await withAndWithout(`<p>Before you come.</p>\n<hr />\n${FAQ_WITH_PARAGRAPH}\n\n<p>Call us.</p>`);
      expect(after.sections[0].items).to.deep.equal(['Is it safe? Generally, yes.', 'Does it hurt? A little.']);
      expect(pageText(after), 'the page’s paragraphs stay the page’s').to.include.members(['Before you come.', 'Call us.']);
      expectSame(after, before);
    });

    for (const [name, card] of [
      ['on one line', '<care-benefits-card heading="Benefits"><care-benefit label="Less pain">Some patients move better.</care-benefit></care-benefits-card>'],
      ['over lines, the guide’s end tag on its last line,', '<care-benefits-card heading="Benefits">\n  <care-benefit label="Less pain">Some patients move better.</care-benefit>\n</care-benefits-card>'],
    ]) {
      it(`leaves the page’s own paragraph and FAQ after a guide that ends with a card written ${name} after a divider`, async () => {
        const markup = `<care-guide>
${HEADER}
${TOPICS}
<hr />
${card}</care-guide>

${PAGE_AFTER}`;
        // autop opens no paragraph for the line after a divider; the </p> it closes after the guide's end tag is a stray one.
        expect(autop(markup)).to.include('<hr />\n<care-benefits-card').and.include('</care-benefits-card></care-guide></p>');
        const [before, after] = await withAndWithout(markup);
        expect(guideSections(before)).to.deep.equal(['care-guide-header', 'care-topic-list', 'care-benefits-card']);
        expect(guideSections(after), 'every section is the guide’s, and no more').to.deep.equal(guideSections(before));
        expect(inGuide(after)).to.deep.equal(inGuide(before));
        expectPageKept(after, before);
      });
    }

    it('reads inline JSON that autop split at a blank line', async () => {
      const markup = `<care-guide>
  <script type="application/json">
  {
    "schemaVersion": 1, "id": "visit", "lang": "en", "title": "Your visit",

    "faqs": { "items": [{ "question": "Where do I park?", "answer": "Behind the building." }] }
  }
  </script>
  <care-faq-accordion></care-faq-accordion>
</care-guide>`;
      expect(autop(markup)).to.include('</p>\n<p>');
      const [before, after] = await withAndWithout(markup);
      expect(after.sections[0].items).to.deep.equal(['Where do I park? Behind the building.']);
      expectSame(after, before);
    });

    it('gives a mended answer its named slot, hidden until found and opened by its link', async () => {
      const [, after] = await withAndWithout(`<care-faq-accordion>
  <care-faq-item id="parking" question="Where do I park?">
    <p>Behind the building.</p>
  </care-faq-item>
</care-faq-accordion>`);
      const faq = (after.root as HTMLElement).querySelector<CareFaqAccordion>('care-faq-accordion')!;
      const item = faq.querySelector('care-faq-item')!;
      expect(item.slot).to.equal('item-parking');
      expect(item.querySelector('p')?.textContent).to.equal('Behind the building.');
      const answer = item.assignedSlot!.closest('[part="description"]')!;
      expect(answer.getAttribute('hidden')).to.equal('until-found');
      faq.toggle('parking', true);
      await faq.updateComplete;
      expect(answer.hasAttribute('hidden')).to.equal(false);
      expect(item.querySelector('p')!.getClientRects().length, 'the answer paragraph is shown').to.be.greaterThan(0);
    });

    for (const pause of [false, true]) {
      it(`takes back a guide’s sections when it was defined before the page finished parsing${pause ? ', and updated before the rest came' : ''}`, async () => {
        const win = await definedFrame();
        const doc = win.document;
        const page = autop(`<care-guide>
  <care-guide-header><span slot="heading">Back pain</span><div slot="summary"><p>What the treatment is.</p></div></care-guide-header>
  <care-topic-list section="conditions"><care-topic label="Disc disease">Discs wear down.</care-topic></care-topic-list>
  </care-guide>

  <p>Call us.</p>`);
        const cut = page.indexOf('<div slot="summary">');
        doc.open();
        doc.write(page.slice(0, cut));
        const parsed = new Promise((resolve) => win.addEventListener('DOMContentLoaded', resolve, { once: true }));
        const guide = doc.querySelector('care-guide')! as HTMLElement & { updateComplete: Promise<unknown> };
        if (pause) await guide.updateComplete;
        doc.write(page.slice(cut));
        expect(guide.querySelector('care-topic-list'), 'the section is parsed after the guide was closed').to.equal(null);
        doc.close();
        await parsed;
        expect(guide.querySelector('care-topic-list'), 'the section is the guide’s again').to.not.equal(null);
        expect(guide.querySelector('care-guide-header > [slot="summary"]'), 'the header has its summary').to.not.equal(null);
        const call = [...doc.querySelectorAll('p')].find((p) => p.textContent === 'Call us.')!;
        expect(call.closest('care-guide')).to.equal(null);
      });
    }

    it('takes back its content when it was defined before the page finished parsing', async () => {
      const win = await definedFrame();
      const doc = win.document;
      const page = autop('<care-faq-accordion>\n<care-faq-item question="Where do I park?">\n<p>Behind the building.</p>\n</care-faq-item>\n</care-faq-accordion>');
      const cut = page.indexOf('<p>Behind');
      // document.open() keeps the window and its defined elements; each write is parsed at once.
      doc.open();
      doc.write(page.slice(0, cut));
      // Listening after the element does, so the test goes on once the element has heard it.
      const parsed = new Promise((resolve) => doc.addEventListener('DOMContentLoaded', resolve, { once: true }));
      const faq = doc.querySelector('care-faq-accordion') as CareFaqAccordion;
      await faq.updateComplete;
      expect(faq.shadowRoot, 'the element upgraded and rendered while the page was still loading').to.not.equal(null);
      doc.write(page.slice(cut));
      expect(faq.querySelector('care-faq-item p'), 'the answer is parsed after the element').to.equal(null);
      doc.close();
      await parsed;
      await faq.updateComplete;
      expect(faq.querySelector('care-faq-item p')?.textContent).to.equal('Behind the building.');
    });

    for (const [name, at] of [
      ['its first answer', '<p>Generally'],
      ['its last answer', 'A little.'],
    ]) {
      it(`keeps each answer in its question after a divider when the FAQ was defined before the page finished parsing, up to ${name}`, async () => {
        const win = await definedFrame();
        const doc = win.document;
        const page = autop(`<hr />\n${FAQ_WITH_PARAGRAPH}\n\n<p>Call us.</p>`);
        const cut = page.indexOf(at);
        doc.open();
        doc.write(page.slice(0, cut));
        const parsed = new Promise((resolve) => doc.addEventListener('DOMContentLoaded', resolve, { once: true }));
        const faq = doc.querySelector('care-faq-accordion') as CareFaqAccordion;
        await faq.updateComplete;
        // The rest comes into the first question, which autop's </p> left open, and the element reads its children as it comes.
        doc.write(page.slice(cut));
        doc.close();
        await parsed;
        await faq.updateComplete;
        expect(shownSections(doc)[0].items).to.deep.equal(['Is it safe? Generally, yes.', 'Does it hurt? A little.']);
        const call = [...doc.querySelectorAll('p')].find((p) => p.textContent === 'Call us.')!;
        expect(call.closest('care-faq-accordion'), 'the page’s paragraph after the FAQ stays the page’s').to.equal(null);
      });
    }
  });
});
