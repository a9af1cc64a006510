import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import type { LitElement } from 'lit';
import '../src/index.js';
import { stemCellInjectionBackPain as guide } from '../src/content/stem-cell-injection-back-pain.js';
import type { CareGuideHeader } from '../src/guide-header/guide-header.js';
import { useWarnings } from './helpers.js';

const root = (el: CareGuideHeader) => el.shadowRoot!;
const title = (el: CareGuideHeader) => root(el).querySelector<HTMLElement>('[part="section-heading"]')!;
const summary = (el: CareGuideHeader) => root(el).querySelector<HTMLElement>('[part="intro"]');
const text = (node: Element | null) => node?.textContent!.replace(/\s+/g, ' ').trim();

/** Every heading of the page in reading order, shadow roots and slotted content included, as a screen reader lists them. */
function outline(node: Node): { level: number; text: string }[] {
  const found: { level: number; text: string }[] = [];
  const walk = (current: Node) => {
    if (current instanceof HTMLSlotElement) {
      const assigned = current.assignedNodes({ flatten: true });
      (assigned.length ? assigned : [...current.childNodes]).forEach(walk);
      return;
    }
    if (current instanceof HTMLElement && /^H[1-6]$/.test(current.tagName)) {
      found.push({ level: Number(current.tagName[1]), text: current.textContent!.replace(/\s+/g, ' ').trim() });
      return;
    }
    const children = current instanceof Element && current.shadowRoot ? current.shadowRoot.childNodes : current.childNodes;
    children.forEach(walk);
  };
  walk(node);
  return found;
}

async function inGuide(template: ReturnType<typeof html>): Promise<CareGuideHeader> {
  const wrapper = await fixture(html`<care-guide .guide=${guide}>${template}</care-guide>`);
  const el = wrapper.querySelector('care-guide-header')!;
  await el.updateComplete;
  return el;
}

describe('<care-guide-header>', () => {
  const warnings = useWarnings('body > care-guide-header');

  it("names the guide: its title as the page's h1 and its summary", async () => {
    const el = await inGuide(html`<care-guide-header></care-guide-header>`);
    expect(title(el).localName).to.equal('h1');
    expect(text(title(el))).to.equal('Stem cell injection for back pain');
    expect(text(summary(el))).to.equal(guide.summary);
    expect(root(el).querySelector('[part="reviewed"]')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('takes its title and summary from attributes, then slots, over the guide', async () => {
    const el = await inGuide(html`<care-guide-header heading="Back pain: your options" summary="A short guide.\n\nRead it with your doctor."></care-guide-header>`);
    expect(text(title(el))).to.equal('Back pain: your options');
    expect([...summary(el)!.querySelectorAll('p')].map((p) => p.textContent)).to.deep.equal(['A short guide.', 'Read it with your doctor.']);
    const slotted = await inGuide(html`<care-guide-header>
      <span slot="heading">Stem cells at <em>our</em> clinic</span>
      <p slot="summary">What we offer, and what we do not.</p>
    </care-guide-header>`);
    expect(slotted.querySelector('em')!.offsetParent, 'slotted title shows').to.not.equal(null);
    expect(slotted.querySelector('[slot="heading"]')!.assignedSlot!.closest('h1')).to.equal(title(slotted));
    expect(slotted.querySelector('[slot="summary"]')!.assignedSlot!.closest('[part="intro"]')).to.equal(summary(slotted));
  });

  it('reads a title, summary or review set to null, as a guide field left empty gives it, as unset: the guide’s show', async () => {
    const el = await inGuide(html`<care-guide-header show-review .heading=${null} .summary=${null} .lastReviewed=${null} .reviewedBy=${null}></care-guide-header>`);
    expect(text(title(el))).to.equal('Stem cell injection for back pain');
    expect(text(summary(el))).to.equal(guide.summary);
    expect(text(root(el).querySelector('[part="reviewed"]'))).to.contain('Last reviewed: November 26, 2026').and.contain('Reviewed by: care-elements maintainers');
    expect(warnings.messages, 'problems reported').to.deep.equal([]);
  });

  it('renders without a guide, from attributes alone, and nothing without them', async () => {
    const el = await fixture<CareGuideHeader>(html`<care-guide-header heading="Parking" summary="Where to leave your car."></care-guide-header>`);
    expect(text(title(el))).to.equal('Parking');
    const empty = await fixture<CareGuideHeader>(html`<care-guide-header></care-guide-header>`);
    expect(root(empty).querySelector('h1, [part="intro"]')).to.equal(null);
  });

  it('fits a page that already has an h1: the outline skips no level', async () => {
    const page = await fixture(html`<div>
      <h1>Bay Spine Clinic</h1>
      <care-guide .guide=${guide}>
        <care-guide-header heading-level="2"></care-guide-header>
        <care-topic-list section="conditions" heading-level="3"></care-topic-list>
        <care-procedure-timeline heading-level="3"></care-procedure-timeline>
        <care-risk-list heading-level="3" group-by="severity"></care-risk-list>
        <care-faq-accordion heading-level="3"></care-faq-accordion>
      </care-guide>
    </div>`);
    for (const el of page.querySelectorAll<LitElement>('care-guide *')) await el.updateComplete;
    const headings = outline(page);
    expect(headings.slice(0, 3).map((h) => `${h.level} ${h.text}`)).to.deep.equal([
      '1 Bay Spine Clinic',
      '2 Stem cell injection for back pain',
      '3 Conditions it is offered for',
    ]);
    const skips = headings.filter((h, i) => i > 0 && h.level > headings[i - 1].level + 1);
    expect(skips, 'headings that skip a level').to.deep.equal([]);
    expect(headings.filter((h) => h.level === 1)).to.have.length(1);
  });

  it('shows the review line on request, with the clinic’s own reviewer and dates over the guide’s', async () => {
    const el = await inGuide(html`<care-guide-header show-review reviewed-by="Dr. Ana Rivera" last-reviewed="2026-11-20" next-review="2099-11-20"></care-guide-header>`);
    expect(text(root(el).querySelector('[part="reviewed"]'))).to.equal(
      'Last reviewed: November 20, 2026 Next review due: November 20, 2099 Reviewed by: Dr. Ana Rivera',
    );
    await expect(el).to.be.accessible();
  });

  it('adds no empty review line, nor its space, when there is no review to show', async () => {
    const guideWithoutReview = { schemaVersion: 1, id: 'g', lang: 'en', title: 'Parking', summary: 'Where to leave your car.' };
    const box = await fixture(html`<div>
      <care-guide .guide=${guideWithoutReview}><care-guide-header show-review></care-guide-header></care-guide>
      <care-guide .guide=${guideWithoutReview}><care-guide-header></care-guide-header></care-guide>
    </div>`);
    const [asked, plain] = [...box.querySelectorAll('care-guide-header')];
    await Promise.all([asked.updateComplete, plain.updateComplete]);
    expect(root(asked).querySelector('[part="reviewed"]')).to.equal(null);
    expect(asked.getBoundingClientRect().height).to.equal(plain.getBoundingClientRect().height);
  });

  it('reports a review date that is not YYYY-MM-DD, naming the attribute', async () => {
    const el = document.createElement('care-guide-header');
    el.showReview = true;
    el.setAttribute('next-review', 'next spring');
    const error = oneEvent(el, 'care-content-error');
    document.body.append(el);
    expect((await error).detail.problems.map((p: { path: string }) => p.path)).to.deep.equal(['next-review']);
    expect(warnings.messages.join('\n')).to.contain('next-review');
  });
});
