import { expect, fixture } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import type { LitElement } from 'lit';
import '../src/index.js';
import { stemCellInjectionBackPain } from '../src/content/stem-cell-injection-back-pain.js';
import type { Guide } from '../src/content/types.js';
import type { CareGuide } from '../src/guide/guide.js';
import { fullGuide } from './helpers.js';
import { RESET } from './upgrade-page.js';

async function render(guide: Guide, layout?: string): Promise<CareGuide> {
  const el = await fixture<CareGuide>(fullGuide(guide, layout));
  for (const child of el.children) await (child as LitElement).updateComplete;
  await el.updateComplete;
  return el;
}

// The column's sections: the children it shows, not the JSON-LD script <care-guide> adds.
const sections = (el: CareGuide) => [...el.children].filter((child) => child.assignedSlot) as HTMLElement[];
const gaps = (el: CareGuide) =>
  sections(el).slice(1).map((section, i) => section.getBoundingClientRect().top - sections(el)[i].getBoundingClientRect().bottom);
const em = (el: Element) => parseFloat(getComputedStyle(el).fontSize);

/** Every text field of the guide with a 60-character word added, as a drug name or a URL could be. */
function withLongWords(guide: Guide): Guide {
  const word = 'Pneumonoultramicroscopicsilicovolcanoconiosis'.padEnd(60, 'x');
  const grow = (value: unknown, key = ''): unknown => {
    if (typeof value === 'string') return ['id', 'lang', 'url', 'lastReviewed', 'nextReview', 'severity'].includes(key) ? value : `${value} ${word}`;
    if (Array.isArray(value)) return value.map((v) => grow(v));
    if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, grow(v, k)]));
    return value;
  };
  return grow(guide) as Guide;
}

describe('the layout inside <care-guide>', () => {
  afterEach(() => setViewport({ width: 800, height: 600 }));

  for (const width of [320, 1280]) {
    it(`spaces every section equally at ${width} px`, async () => {
      await setViewport({ width, height: 800 });
      const el = await render(stemCellInjectionBackPain);
      const measured = gaps(el);
      expect(measured).to.have.length(8);
      expect(Math.max(...measured) - Math.min(...measured), `gaps ${measured.join(', ')}`).to.be.at.most(1);
      expect(measured[0]).to.be.closeTo(2.5 * 16, 1);
    });
  }

  it('keeps every gap on a page whose reset sets every margin to 0, as Tailwind’s does', async () => {
    await setViewport({ width: 1280, height: 800 });
    const reset = document.head.appendChild(document.createElement('style'));
    reset.textContent = RESET;
    try {
      const measured = gaps(await render(stemCellInjectionBackPain));
      expect(measured).to.have.length(8);
      expect(measured.map(Math.round), 'each 2.5rem').to.deep.equal(measured.map(() => 40));
    } finally {
      reset.remove();
    }
  });

  it('keeps each section to a readable measure of at most 45em, centred', async () => {
    await setViewport({ width: 1280, height: 800 });
    const el = await render(stemCellInjectionBackPain);
    for (const section of sections(el)) {
      expect(section.getBoundingClientRect().width / em(section), section.localName).to.be.at.most(45.01);
    }
    const first = sections(el)[0].getBoundingClientRect();
    // Centred in the page's width, which a classic scrollbar (Firefox's) takes from the viewport's.
    expect(first.left).to.be.closeTo(document.documentElement.clientWidth - first.right, 1);
  });

  it('takes its gap and measure from tokens', async () => {
    await setViewport({ width: 1280, height: 800 });
    const el = await render(stemCellInjectionBackPain);
    el.style.setProperty('--care-guide-gap', '3rem');
    el.style.setProperty('--care-guide-max-width', '30em');
    for (const gap of gaps(el)) expect(gap).to.be.closeTo(48, 1);
    for (const section of sections(el)) expect(section.getBoundingClientRect().width).to.be.closeTo(30 * 16, 1);
  });

  it('changes one gap by --care-guide-gap on the element above it, as the docs say', async () => {
    await setViewport({ width: 1280, height: 800 });
    const el = await render(stemCellInjectionBackPain);
    sections(el)[2].style.setProperty('--care-guide-gap', '0.5rem');
    expect(gaps(el).map(Math.round)).to.deep.equal([40, 40, 8, 40, 40, 40, 40, 40]);
  });

  it('leaves the layout to the page with layout="none"', async () => {
    await setViewport({ width: 1280, height: 800 });
    const el = await render(stemCellInjectionBackPain, 'none');
    expect(sections(el)[0].getBoundingClientRect().width).to.equal(el.getBoundingClientRect().width);
    expect(Math.max(...gaps(el).map(Math.abs))).to.be.below(1);
  });

  it('never widens a 320 px page, with a 60-character word in every text field', async () => {
    await setViewport({ width: 320, height: 640 });
    const el = await render(withLongWords(stemCellInjectionBackPain));
    const faq = el.querySelector('care-faq-accordion')!;
    faq.showAll();
    await faq.updateComplete;
    const widest = Math.max(document.documentElement.scrollWidth, document.body.scrollWidth);
    expect(widest, 'document scrollWidth').to.be.at.most(320);
    expect(el.querySelector('care-guide-header')!.shadowRoot!.textContent).to.contain('Pneumonoultramicroscopic');
  });
});
