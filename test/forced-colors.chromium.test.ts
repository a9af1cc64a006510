import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { LitElement } from 'lit';
import '../src/index.js';
import { stemCellInjectionBackPain as guide } from '../src/content/stem-cell-injection-back-pain.js';
import type { CareFaqAccordion } from '../src/faq-accordion/faq-accordion.js';
import { forcedColors, resetMedia, systemColor } from './emulation.js';
import { LINKED_ITEMS, linkedItem, liveRanges, settled } from './helpers.js';

/**
 * Windows high contrast, as Chromium emulates it: Chromium only, as forced-colors emulation needs the
 * DevTools Protocol. What carries meaning stays visible in the system's own colours, compared with
 * those colours as this page resolves them, not merely "opaque".
 */
const shadow = (el: Element) => el.shadowRoot!;
const style = (el: Element, pseudo?: string) => getComputedStyle(el, pseudo);

async function inGuide<T extends LitElement>(template: unknown, tag: string): Promise<T> {
  const wrapper = await fixture(html`<care-guide .guide=${guide}>${template}</care-guide>`);
  const el = wrapper.querySelector<T>(tag)!;
  await settled(el);
  return el;
}

/** Tabs from a button placed before `el` until `target` (in el's shadow root) has keyboard focus. */
async function tabTo(el: LitElement, target: HTMLElement): Promise<void> {
  const before = document.createElement('button');
  before.textContent = 'before';
  el.before(before);
  before.focus();
  for (let i = 0; i < 20 && shadow(el).activeElement !== target; i++) await sendKeys({ press: 'Tab' });
  before.remove();
  expect(shadow(el).activeElement === target, 'reached by Tab').to.equal(true);
  expect(target.matches(':focus-visible')).to.equal(true);
}

describe('forced colours', () => {
  let canvasText: string;
  let highlight: string;
  let highlightText: string;

  beforeEach(async () => {
    await forcedColors();
    [canvasText, highlight, highlightText] = ['CanvasText', 'Highlight', 'HighlightText'].map(systemColor);
    expect(new Set([canvasText, highlight, highlightText]).size, 'three distinct system colours').to.equal(3);
  });
  afterEach(() => resetMedia());

  describe('focus ring', () => {
    it('rings a focused FAQ question in Highlight', async () => {
      const el = await inGuide<CareFaqAccordion>(html`<care-faq-accordion></care-faq-accordion>`, 'care-faq-accordion');
      const button = shadow(el).querySelectorAll<HTMLElement>('[part="toggle"]')[1];
      await tabTo(el, button);
      expect(style(button).outlineStyle).to.equal('solid');
      expect(parseFloat(style(button).outlineWidth)).to.be.at.least(2);
      expect(style(button).outlineColor).to.equal(highlight);
    });

    it('rings the FAQ search box and show-all button, and a compact step’s button, in Highlight', async () => {
      const faq = await inGuide<CareFaqAccordion>(html`<care-faq-accordion searchable toggle-all></care-faq-accordion>`, 'care-faq-accordion');
      for (const part of ['search', 'toggle-all-button']) {
        const control = shadow(faq).querySelector<HTMLElement>(`[part="${part}"]`)!;
        await tabTo(faq, control);
        expect(style(control).outlineColor, part).to.equal(highlight);
      }
      const timeline = await inGuide<LitElement>(html`<care-procedure-timeline compact></care-procedure-timeline>`, 'care-procedure-timeline');
      const details = shadow(timeline).querySelector<HTMLElement>('[part="toggle"]')!;
      await tabTo(timeline, details);
      expect(style(details).outlineColor).to.equal(highlight);
    });
  });

  describe('<care-procedure-timeline>', () => {
    it('fills done and current markers with Highlight, and draws upcoming ones and the connector in CanvasText', async () => {
      const el = await inGuide<LitElement>(html`<care-procedure-timeline current="2"></care-procedure-timeline>`, 'care-procedure-timeline');
      const markers = [...shadow(el).querySelectorAll('[part="marker"]')];
      for (const [i, marker] of markers.slice(0, 2).entries()) {
        const s = style(marker);
        expect([s.backgroundColor, s.color, s.borderTopColor], `marker ${i + 1}`).to.deep.equal([highlight, highlightText, highlight]);
      }
      const upcoming = style(markers[2]);
      expect([upcoming.borderTopStyle, upcoming.borderTopColor, upcoming.color]).to.deep.equal(['solid', canvasText, canvasText]);
      const connector = style(shadow(el).querySelector('[part="item"]')!, '::before');
      expect([connector.borderInlineStartStyle, connector.borderInlineStartColor]).to.deep.equal(['solid', canvasText]);
    });
  });

  describe('<care-risk-list>', () => {
    it('draws each severity’s shape and words in CanvasText, in the list and in group headings', async () => {
      const list = await inGuide<LitElement>(html`<care-risk-list></care-risk-list>`, 'care-risk-list');
      const icons = [...shadow(list).querySelectorAll('[part="severity"] [part="icon"]')];
      expect(icons.map((icon) => icon.textContent)).to.include.members(['▲', '◆', '●']);
      for (const icon of icons) expect([style(icon).color, style(icon).visibility]).to.deep.equal([canvasText, 'visible']);
      const grouped = await inGuide<LitElement>(html`<care-risk-list group-by="severity"></care-risk-list>`, 'care-risk-list');
      const shapes = [...shadow(grouped).querySelectorAll('.shape')].map((shape) => style(shape, '::before'));
      expect(shapes.map((s) => s.content)).to.deep.equal(['"▲" / ""', '"◆" / ""', '"●" / ""']);
      for (const s of shapes) expect(s.color).to.equal(canvasText);
    });
  });

  describe('cards and notes', () => {
    for (const tag of ['care-benefits-card', 'care-risk-list']) {
      for (const variant of ['outlined', 'elevated']) {
        it(`borders the ${variant} <${tag}> card in CanvasText`, async () => {
          const el = await inGuide<LitElement>(html`${tag === 'care-benefits-card'
            ? html`<care-benefits-card variant=${variant}></care-benefits-card>`
            : html`<care-risk-list variant=${variant}></care-risk-list>`}`, tag);
          const card = style(shadow(el).querySelector('[part="base"]')!);
          expect([card.borderTopStyle, card.borderTopColor]).to.deep.equal(['solid', canvasText]);
          expect(parseFloat(card.borderTopWidth)).to.be.at.least(1);
        });
      }
    }

    it('borders the review note in CanvasText, its background gone', async () => {
      const el = await inGuide<LitElement>(html`<care-review-note></care-review-note>`, 'care-review-note');
      const note = style(shadow(el).querySelector('[part="base"]')!);
      expect([note.borderTopStyle, note.borderTopColor]).to.deep.equal(['solid', canvasText]);
      expect(parseFloat(note.borderTopWidth)).to.be.at.least(1);
    });
  });

  describe('search highlights', () => {
    it('marks the words a search found in Highlight and HighlightText', async () => {
      const el = await fixture<CareFaqAccordion>(html`<care-faq-accordion searchable
        .items=${[{ question: 'Is it safe?', answer: 'Generally, yes. Ask your doctor about the risks.' }, { question: 'Cost?', answer: 'Ask.' }]}></care-faq-accordion>`);
      el.query = 'doctor';
      await el.updateComplete;
      const [[name, marks]] = [...CSS.highlights];
      const [range] = liveRanges(marks);
      expect(range.toString()).to.equal('doctor');
      const marked = style(range.startContainer.parentElement!, `::highlight(${name})`);
      expect([marked.backgroundColor, marked.color]).to.deep.equal([highlight, highlightText]);
      el.query = '';
      await el.updateComplete;
    });
  });

  describe('deep-link mark', () => {
    const original = location.href;
    afterEach(() => history.replaceState(null, '', original));

    for (const [tag, id] of LINKED_ITEMS) {
      it(`rings the item a link names in <${tag}> in Highlight, still, like :target`, async () => {
        const { el, item: marked } = await linkedItem(tag, id);
        const item = marked!;
        expect(item.dataset.id).to.equal(id);
        expect([style(item).outlineStyle, style(item).outlineColor]).to.deep.equal(['solid', highlight]);
        expect(item.getAnimations()).to.have.length(0);
        // Still marked once the reader's focus moves on, as :target stays.
        const elsewhere = document.body.appendChild(document.createElement('button'));
        elsewhere.focus();
        elsewhere.remove();
        expect(shadow(el).activeElement).to.equal(null);
        expect([style(item).outlineStyle, style(item).outlineColor], 'after focus left').to.deep.equal(['solid', highlight]);
      });
    }
  });
});
