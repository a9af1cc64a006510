import { expect, fixture, html } from '@open-wc/testing';
import '../src/faq-accordion/define.js';
import type { CareFaqAccordion } from '../src/faq-accordion/faq-accordion.js';
import { settled } from './helpers.js';

/** Right-to-left pages mirror the layout, but a chevron that says "open" or "closed" points the same way. */
const items = [{ id: 'safe', question: 'Is it safe?', answer: 'Generally, yes.' }];

async function chevron(dir: string, open: boolean) {
  const box = await fixture(html`<div dir=${dir} style="inline-size: 20rem">
    <care-faq-accordion .items=${items}></care-faq-accordion>
  </div>`);
  const el = box.querySelector<CareFaqAccordion>('care-faq-accordion')!;
  if (open) el.toggle('safe', true);
  await settled(el);
  const icon = el.shadowRoot!.querySelector<HTMLElement>('[part="icon"]')!;
  const button = el.shadowRoot!.querySelector<HTMLElement>('[part="toggle"]')!;
  const style = getComputedStyle(icon);
  return {
    /** The two sides drawn, which the rotation turns into a chevron. */
    sides: ['Top', 'Right', 'Bottom', 'Left'].filter((side) => parseFloat(style.getPropertyValue(`border-${side.toLowerCase()}-width`)) > 0),
    transform: style.transform,
    iconBox: icon.getBoundingClientRect(),
    buttonBox: button.getBoundingClientRect(),
  };
}

describe('FAQ chevron in right-to-left', () => {
  for (const open of [false, true]) {
    it(`points ${open ? 'up when open' : 'down when closed'}, as in left-to-right`, async () => {
      const ltr = await chevron('ltr', open);
      const rtl = await chevron('rtl', open);
      expect(ltr.sides).to.deep.equal(['Right', 'Bottom']);
      expect(rtl.sides).to.deep.equal(ltr.sides);
      expect(rtl.transform).to.equal(ltr.transform);
      const middle = (box: DOMRect) => box.top + box.height / 2;
      expect(middle(rtl.iconBox) - middle(rtl.buttonBox)).to.be.closeTo(middle(ltr.iconBox) - middle(ltr.buttonBox), 0.5);
    });
  }

  it('sits at the inline end: on the left in right-to-left', async () => {
    const rtl = await chevron('rtl', false);
    expect(rtl.iconBox.left - rtl.buttonBox.left).to.be.below(rtl.buttonBox.right - rtl.iconBox.right);
  });
});
