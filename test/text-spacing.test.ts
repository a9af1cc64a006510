import { expect, fixture, html } from '@open-wc/testing';
import type { LitElement } from 'lit';
import '../src/index.js';
import { stemCellInjectionBackPain as guide } from '../src/content/stem-cell-injection-back-pain.js';

/**
 * A reader's own text spacing (WCAG 1.4.12: letters 0.12em, words 0.16em apart), set on the page as
 * a reader's style sheet or a browser setting does, reaches every word the elements show, their
 * controls' words too, which browsers otherwise reset to normal spacing.
 */
describe('a reader’s text spacing', () => {
  it('reaches the words of every control: questions, Show all, the search box and a compact step’s button', async () => {
    const page = await fixture<HTMLElement>(html`<div style="letter-spacing: 0.12em; word-spacing: 0.16em">
      <care-guide .guide=${guide}>
        <care-procedure-timeline compact></care-procedure-timeline>
        <care-faq-accordion toggle-all searchable></care-faq-accordion>
      </care-guide>
    </div>`);
    const elements = [...page.querySelectorAll<LitElement>('care-procedure-timeline, care-faq-accordion')];
    for (const el of elements) await el.updateComplete;
    const spacing = (el: Element) => `${getComputedStyle(el).letterSpacing} ${getComputedStyle(el).wordSpacing}`;
    const controls = elements.flatMap((el) => [...el.shadowRoot!.querySelectorAll('button, input')]);
    expect(controls.length, 'every kind of control rendered').to.be.at.least(guide.procedure!.items.length + guide.faqs!.items.length + 2);
    const readers = controls.map((control) => `${control.localName} ${control.getAttribute('part')}: ${spacing(control)}`);
    const expected = controls.map((control) => `${control.localName} ${control.getAttribute('part')}: ${spacing(control.parentElement!)}`);
    expect(spacing(elements[0])).to.not.equal('normal 0px');
    expect(readers).to.deep.equal(expected);
  });
});
