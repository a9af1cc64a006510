import { expect } from '@open-wc/testing';
import '../src/faq-accordion/define.js';
import type { CareFaqAccordion } from '../src/faq-accordion/faq-accordion.js';
import { settled } from './helpers.js';

/** An FAQ with `count` questions, as data or as CMS children. */
async function faq(count: number, from: 'items' | 'children', single = false): Promise<CareFaqAccordion> {
  const el = document.createElement('care-faq-accordion');
  el.single = single;
  const questions = Array.from({ length: count }, (_, i) => ({ question: `Question ${i + 1}?`, answer: `Answer ${i + 1}.` }));
  if (from === 'items') el.items = questions;
  else el.append(...questions.map(({ question, answer }) => Object.assign(document.createElement('care-faq-item'), { question, textContent: answer })));
  document.body.append(el);
  await settled(el);
  return el;
}

const buttons = (el: CareFaqAccordion) => [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('button[aria-controls]')];
const panelOf = (el: CareFaqAccordion, button: HTMLButtonElement) => el.shadowRoot!.getElementById(button.getAttribute('aria-controls')!);
const regions = (el: CareFaqAccordion) => el.shadowRoot!.querySelectorAll('[role="region"]');

describe('answer panels as landmarks', () => {
  afterEach(() => document.querySelectorAll('body > care-faq-accordion').forEach((el) => el.remove()));

  for (const from of ['items', 'children'] as const) {
    describe(`questions from ${from}`, () => {
      it('makes each open answer a region labelled by its question while at most six can be open, and no closed one', async () => {
        for (const count of [1, 6]) {
          const el = await faq(count, from);
          expect(buttons(el)).to.have.length(count);
          expect(regions(el), 'closed answers would be empty landmarks').to.have.length(0);
          el.showAll();
          await settled(el);
          for (const button of buttons(el)) {
            const panel = panelOf(el, button)!;
            expect(panel.getAttribute('role')).to.equal('region');
            expect(panel.getAttribute('aria-labelledby')).to.equal(button.id);
            expect(button.textContent!.trim()).to.match(/^Question \d+\?$/);
          }
          await expect(el).to.be.accessible();
          el.hideAll();
          await settled(el);
          expect(regions(el), 'closing takes the landmark away').to.have.length(0);
          el.remove();
        }
      });

      it('makes no answer a landmark with seven questions all open, each still the target of its button', async () => {
        const el = await faq(7, from);
        el.showAll();
        await settled(el);
        expect(buttons(el)).to.have.length(7);
        expect(regions(el)).to.have.length(0);
        for (const button of buttons(el)) {
          const panel = panelOf(el, button);
          expect(panel, `${button.textContent} controls a panel`).to.not.equal(null);
          expect(panel!.hasAttribute('aria-labelledby')).to.equal(false);
          expect(panel!.hidden).to.equal(false);
        }
        await expect(el).to.be.accessible();
      });

      it('makes the one open answer a region in single mode, however many questions there are', async () => {
        const el = await faq(12, from, true);
        el.toggle(el.shadowRoot!.querySelectorAll('.answer')[8]!.id.slice(2));
        await settled(el);
        expect([...regions(el)].map((region) => region.getAttribute('aria-labelledby'))).to.deep.equal([buttons(el)[8]!.id]);
        await expect(el).to.be.accessible();
      });
    });
  }

  it('makes the open answer a region when single mode is turned on, and none again when it is turned off', async () => {
    const el = await faq(7, 'items');
    el.toggle(el.shadowRoot!.querySelectorAll('.answer')[2]!.id.slice(2));
    await settled(el);
    expect(regions(el)).to.have.length(0);
    el.single = true;
    await settled(el);
    expect([...regions(el)].map((region) => region.getAttribute('aria-labelledby'))).to.deep.equal([buttons(el)[2]!.id]);
    el.single = false;
    await settled(el);
    expect(regions(el)).to.have.length(0);
  });

  it('gives the open answers their regions back when questions are removed down to six', async () => {
    const el = await faq(7, 'children');
    el.showAll();
    await settled(el);
    el.lastElementChild!.remove();
    await Promise.resolve(); // the element's MutationObserver hears the removal first and asks for an update
    await settled(el);
    expect(buttons(el)).to.have.length(6);
    expect(regions(el)).to.have.length(6);
  });
});
