import { expect, fixture, html } from '@open-wc/testing';
import { a11ySnapshot } from '@web/test-runner-commands';
import '../src/index.js';
import { stemCellInjectionBackPain as guide } from '../src/content/stem-cell-injection-back-pain.js';
import type { CareFaqAccordion } from '../src/faq-accordion/faq-accordion.js';
import type { CareProcedureTimeline } from '../src/procedure-timeline/procedure-timeline.js';
import { settled } from './helpers.js';

/**
 * The landmarks a screen reader lists, read from Chromium's accessibility tree: Chromium only, as
 * the tree comes from the DevTools Protocol. A closed answer stays in the page for find in page
 * (`hidden="until-found"`), which leaves its box in the tree: it must not be an empty landmark.
 */
type AXNode = { role: string; name?: string; children?: AXNode[] };

/** The names of every node of a role in the page's accessibility tree, in order. */
async function namesOf(role: string): Promise<string[]> {
  const names: string[] = [];
  const visit = (node: AXNode) => {
    if (node.role === role) names.push(node.name ?? '');
    node.children?.forEach(visit);
  };
  visit((await a11ySnapshot({})) as unknown as AXNode);
  return names;
}

const regionNames = () => namesOf('region');

describe('the landmarks of an FAQ, as a screen reader lists them', () => {
  it('lists the open answers by their questions, and no closed one', async () => {
    const wrapper = await fixture(html`<care-guide .guide=${guide}><care-faq-accordion></care-faq-accordion></care-guide>`);
    const faq = wrapper.querySelector<CareFaqAccordion>('care-faq-accordion')!;
    await settled(faq);
    expect(await regionNames()).to.deep.equal([]);

    const [first, , third] = guide.faqs!.items;
    const buttons = faq.shadowRoot!.querySelectorAll<HTMLButtonElement>('button[aria-expanded]');
    buttons[0]!.click();
    buttons[2]!.click();
    await settled(faq);
    expect(await regionNames()).to.deep.equal([first!.question, third!.question]);

    faq.hideAll();
    await settled(faq);
    expect(await regionNames()).to.deep.equal([]);
  });
});

describe('a long FAQ, as a screen reader reads it', () => {
  it('has every question in the accessibility tree, those off screen too', async () => {
    const items = Array.from({ length: 60 }, (_, i) => ({ question: `Question ${i + 1}?`, answer: `Answer ${i + 1}.` }));
    const faq = await fixture<CareFaqAccordion>(html`<care-faq-accordion .items=${items}></care-faq-accordion>`);
    await settled(faq);
    expect(await namesOf('button')).to.deep.equal(items.map((item) => item.question));
  });
});

describe('a compact timeline, as a screen reader reads it', () => {
  it("names each step's button \"Details\" with its step, as one phrase", async () => {
    const timeline = await fixture<CareProcedureTimeline>(html`<care-procedure-timeline compact .items=${guide.procedure!.items}></care-procedure-timeline>`);
    await settled(timeline);
    expect(await namesOf('button')).to.deep.equal(guide.procedure!.items.map((step) => `Details: ${step.title}`));
  });
});

describe('two searchable FAQs on a page, as a screen reader names their search boxes', () => {
  it('names each box by its label and its section heading, from data or from the page', async () => {
    const wrapper = await fixture(html`<div>
      <care-faq-accordion searchable heading="Before your injection" .items=${[{ question: 'Do I fast?', answer: 'No.' }]}></care-faq-accordion>
      <care-faq-accordion searchable .items=${[{ question: 'Can I drive home?', answer: 'No.' }]}><span slot="heading">After your injection</span></care-faq-accordion>
      <care-faq-accordion searchable .items=${[{ question: 'Does it hurt?', answer: 'A little.' }]}></care-faq-accordion>
    </div>`);
    await Promise.all([...wrapper.querySelectorAll<CareFaqAccordion>('care-faq-accordion')].map(settled));
    expect(await namesOf('searchbox')).to.deep.equal(['Search questions Before your injection', 'Search questions After your injection', 'Search questions']);
  });
});
