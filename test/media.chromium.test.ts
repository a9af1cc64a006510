import { expect, fixture, html } from '@open-wc/testing';
import type { LitElement } from 'lit';
import '../src/index.js';
import { stemCellInjectionBackPain as guide } from '../src/content/stem-cell-injection-back-pain.js';
import type { CareFaqAccordion } from '../src/faq-accordion/faq-accordion.js';
import { print, reducedMotion, resetMedia } from './emulation.js';
import { LINKED_ITEMS, linkedItem, settled } from './helpers.js';

/**
 * Print and reduced motion, element by element: Chromium only, as print media and
 * prefers-reduced-motion are emulated through the DevTools Protocol.
 */
const shadow = (el: Element) => el.shadowRoot!;
const parts = (el: Element, part: string) => [...shadow(el).querySelectorAll<HTMLElement>(`[part~="${part}"]`)];

async function inGuide<T extends LitElement>(template: unknown, tag: string): Promise<T> {
  const wrapper = await fixture(html`<care-guide .guide=${guide}>${template}</care-guide>`);
  const el = wrapper.querySelector<T>(tag)!;
  await settled(el);
  return el;
}

describe('print', () => {
  afterEach(() => resetMedia());

  it('prints every FAQ answer expanded, without controls or icons', async () => {
    const el = await inGuide<CareFaqAccordion>(html`<care-faq-accordion toggle-all searchable></care-faq-accordion>`, 'care-faq-accordion');
    el.query = 'no such words';
    await el.updateComplete;
    await print();
    for (const item of parts(el, 'item')) expect(item.offsetHeight, 'a question hidden by the search prints').to.be.greaterThan(0);
    for (const answer of parts(el, 'description')) expect(answer.offsetHeight).to.be.greaterThan(0);
    for (const part of ['controls', 'status', 'icon']) expect(getComputedStyle(parts(el, part)[0]).display, part).to.equal('none');
  });

  it('prints --care-faq-accordion-gap between every two questions, those a search hides too', async () => {
    const el = await inGuide<CareFaqAccordion>(html`<care-faq-accordion searchable style="--care-faq-accordion-gap: 10px"></care-faq-accordion>`, 'care-faq-accordion');
    el.query = 'no such words';
    await el.updateComplete;
    await print();
    const boxes = parts(el, 'item').map((item) => item.getBoundingClientRect());
    expect(boxes.length).to.be.greaterThan(2);
    boxes.slice(1).forEach((box, i) => expect(box.top - boxes[i].bottom, `above question ${i + 2}`).to.be.closeTo(10, 0.5));
  });

  it('prints each closed answer with the space below it that an open one has, so no text sits on the next divider', async () => {
    const el = await inGuide<CareFaqAccordion>(html`<care-faq-accordion></care-faq-accordion>`, 'care-faq-accordion');
    el.toggle(el.shadowRoot!.querySelector('[part~="toggle"]')!.id.slice(2), true);
    await el.updateComplete;
    await print();
    const space = (answer: HTMLElement) => getComputedStyle(answer).paddingBlockEnd;
    const [open, closed] = parts(el, 'description');
    expect(closed.hasAttribute('hidden'), 'the second answer is closed').to.equal(true);
    expect(space(open)).to.not.equal('0px');
    expect(space(closed)).to.equal(space(open));
  });

  it('prints every step description of a compact timeline, without its buttons', async () => {
    const el = await inGuide<LitElement>(html`<care-procedure-timeline compact></care-procedure-timeline>`, 'care-procedure-timeline');
    expect(parts(el, 'description')[0].offsetHeight, 'closed on screen').to.equal(0);
    await print();
    expect(getComputedStyle(parts(el, 'toggle')[0]).display).to.equal('none');
    for (const d of parts(el, 'description')) expect(d.offsetHeight).to.be.greaterThan(0);
  });

  it('prints the address of each web source of the review note, after its title', async () => {
    const el = await fixture<LitElement>(html`<care-review-note .sources=${[{ title: 'FDA', url: 'https://www.fda.gov/' }, { title: 'Call', url: 'tel:+15551234567' }]}></care-review-note>`);
    await print();
    const [web, phone] = shadow(el).querySelectorAll('a');
    expect(getComputedStyle(web, '::after').content).to.equal('" (https://www.fda.gov/)"');
    expect(getComputedStyle(phone, '::after').content).to.equal('none');
    const note = getComputedStyle(parts(el, 'base')[0]);
    expect([note.backgroundImage, note.backgroundColor, note.borderTopStyle]).to.deep.equal(['none', 'rgba(0, 0, 0, 0)', 'solid']);
  });

  for (const tag of ['care-benefits-card', 'care-risk-list']) {
    it(`prints the elevated <${tag}> as an outlined card: a black border, no shadow, never split`, async () => {
      const el = await inGuide<LitElement>(html`${tag === 'care-benefits-card'
        ? html`<care-benefits-card variant="elevated"></care-benefits-card>`
        : html`<care-risk-list variant="elevated"></care-risk-list>`}`, tag);
      const card = () => getComputedStyle(parts(el, 'base')[0]);
      expect(card().boxShadow, 'a shadow on screen').to.not.equal('none');
      await print();
      expect([card().boxShadow, card().borderTopStyle, card().borderTopColor, card().breakInside]).to.deep.equal(['none', 'solid', 'rgb(0, 0, 0)', 'avoid']);
      for (const item of parts(el, 'item')) expect(getComputedStyle(item).breakInside).to.equal('avoid');
    });
  }

  it('keeps every section heading with what follows it, and drops the deep-link mark', async () => {
    const original = location.href;
    history.replaceState(null, '', '#nerve-damage');
    try {
      const el = await inGuide<LitElement>(html`<care-risk-list></care-risk-list>`, 'care-risk-list');
      await el.updateComplete;
      const [marked] = shadow(el).querySelectorAll('[data-target]');
      expect(marked, 'an item is marked').to.exist;
      await print();
      expect(getComputedStyle(parts(el, 'section-heading')[0]).breakAfter).to.equal('avoid');
      expect(getComputedStyle(marked).outlineStyle).to.equal('none');
    } finally {
      history.replaceState(null, '', original);
    }
  });
});

describe('reduced motion', () => {
  afterEach(() => resetMedia());

  it('turns the FAQ chevron smoothly, but not under prefers-reduced-motion', async () => {
    const el = await fixture<CareFaqAccordion>(html`<care-faq-accordion .items=${[{ question: 'Q?', answer: 'A.' }]}></care-faq-accordion>`);
    const icon = parts(el, 'icon')[0];
    expect(getComputedStyle(icon).transitionDuration).to.equal('0.18s');
    await reducedMotion();
    expect(getComputedStyle(icon).transitionDuration).to.equal('0s');
  });

  it('shows an opened FAQ answer at once, without its reveal', async () => {
    await reducedMotion();
    const el = await fixture<CareFaqAccordion>(html`<care-faq-accordion .items=${[{ id: 'safe', question: 'Is it safe?', answer: 'Generally, yes.' }]}></care-faq-accordion>`);
    el.toggle('safe', true);
    await el.updateComplete;
    const answer = parts(el, 'description')[0];
    expect(answer.hidden).to.equal(false);
    expect(answer.getAnimations()).to.deep.equal([]);
  });

  const original = location.href;
  afterEach(() => history.replaceState(null, '', original));

  for (const [tag, id] of LINKED_ITEMS) {
    it(`keeps the deep-link mark in <${tag}> still, its ring drawn`, async () => {
      await reducedMotion();
      const { item: marked } = await linkedItem(tag, id);
      const item = marked!;
      expect(item.dataset.id).to.equal(id);
      expect(item.getAnimations()).to.have.length(0);
      expect(getComputedStyle(item).outlineStyle).to.equal('solid');
    });
  }
});
