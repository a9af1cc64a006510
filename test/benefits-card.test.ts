import { expect, fixture, html } from '@open-wc/testing';
import '../src/benefits-card/define.js';
import type { CareBenefitsCard } from '../src/benefits-card/benefits-card.js';
import { afterMutations, useWarnings } from './helpers.js';
import { runSectionSuite } from './suites/section.suite.js';

const benefits = [
  { title: 'Less pain', description: 'Some patients report less pain.' },
  { title: 'No open surgery', description: 'Needles, not an operation.' },
  { title: 'Fewer medicines' },
];
const root = (el: CareBenefitsCard) => el.shadowRoot!;
const items = (el: CareBenefitsCard) => [...root(el).querySelectorAll<HTMLElement>('[part="item"]')];

describe('<care-benefits-card>', () => {
  useWarnings('body > .test-box');

  runSectionSuite({
    tag: 'care-benefits-card',
    section: 'benefits',
    fields: { title: 'title', text: 'description' },
    child: { tag: 'care-benefit', titleAttribute: 'label' },
  });

  async function card(width = '800px', variant = 'outlined'): Promise<CareBenefitsCard> {
    const box = document.createElement('div');
    box.className = 'test-box';
    box.style.inlineSize = width;
    box.innerHTML = `<care-benefits-card variant="${variant}" heading="What it may offer"></care-benefits-card>`;
    document.body.append(box);
    const el = box.firstElementChild as CareBenefitsCard;
    el.items = benefits;
    await el.updateComplete;
    return el;
  }

  it('gives each benefit a check mark hidden from screen readers', async () => {
    const el = await card();
    expect(items(el).map((li) => li.querySelector('[part="icon"]')!.getAttribute('aria-hidden'))).to.deep.equal(['true', 'true', 'true']);
    await expect(el).to.be.accessible();
  });

  it('adds no words of its own to the benefits', async () => {
    const el = await card();
    const text = root(el).querySelector('ul')!.textContent!.replace(/✓|\s+/g, ' ').trim();
    const expected = benefits.map((b) => [b.title, b.description].filter(Boolean).join(' ')).join(' ');
    expect(text.replace(/\s+/g, ' ')).to.equal(expected);
  });

  it('uses two columns in a wide container and one in a narrow one', async () => {
    const wide = await card('800px');
    const [a, b] = items(wide).map((li) => li.getBoundingClientRect());
    expect(Math.round(a.top)).to.equal(Math.round(b.top));
    const narrow = await card('320px');
    const [c, d] = items(narrow).map((li) => li.getBoundingClientRect());
    expect(d.top).to.be.greaterThan(c.top);
  });

  it('places the media, heading and footer slots', async () => {
    const el = await fixture<CareBenefitsCard>(html`<care-benefits-card>
      <img slot="media" alt="A clinic room" src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" width="10" height="10" />
      <span slot="heading">Why patients choose it</span>
      <care-benefit label="Less pain">Some patients report less pain.</care-benefit>
      <a slot="footer" href="/book">Book a consultation</a>
    </care-benefits-card>`);
    const box = (element: Element) => element.getBoundingClientRect();
    const heading = root(el).querySelector('[part="section-heading"]')!;
    expect(box(el.querySelector('img')!).bottom, 'media above the heading').to.be.at.most(box(heading).top);
    expect(items(el)).to.have.length(1);
    expect(box(el.querySelector('a')!).top, 'footer below the list').to.be.at.least(box(items(el)[0]).bottom);
    expect(el.querySelector('img')!.assignedSlot?.name, 'the media shows').to.equal('media');
    expect(el.querySelector('a')!.assignedSlot?.name, 'the footer shows').to.equal('footer');
    await expect(el).to.be.accessible();
    // A child given another slot later moves there, as an editor's script may do.
    const image = el.querySelector('img')!;
    image.slot = 'footer';
    await afterMutations(el);
    expect(image.assignedSlot?.name).to.equal('footer');
  });

  it('has outlined and elevated variants', async () => {
    const outlined = getComputedStyle(root(await card()).querySelector('[part="base"]')!);
    const elevated = getComputedStyle(root(await card('800px', 'elevated')).querySelector('[part="base"]')!);
    expect(outlined.borderTopStyle).to.equal('solid');
    expect(outlined.boxShadow).to.equal('none');
    expect(elevated.boxShadow).to.not.equal('none');
  });
});
