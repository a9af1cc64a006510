import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../src/review-note/define.js';
import '../src/guide/define.js';
import type { CareReviewNote } from '../src/review-note/review-note.js';
import { stemCellInjectionBackPain } from '../src/content/stem-cell-injection-back-pain.js';
import { captureWarnings } from './helpers.js';

const root = (el: CareReviewNote) => el.shadowRoot!;
const reviewedText = (el: CareReviewNote) => root(el).querySelector('[part="reviewed"]')!.textContent!.replace(/\s+/g, ' ').trim();

describe('<care-review-note>', () => {
  it('shows the guide disclaimer, review date, reviewer and sources', async () => {
    const guide = await fixture(html`<care-guide .guide=${stemCellInjectionBackPain}><care-review-note></care-review-note></care-guide>`);
    const el = guide.querySelector('care-review-note')!;
    await el.updateComplete;
    expect(root(el).querySelector('[part="disclaimer-text"]')!.textContent).to.contain('not medical advice');
    expect(reviewedText(el)).to.equal('Last reviewed: November 26, 2026 Reviewed by: care-elements maintainers, against the sources below; not a clinical review');
    expect(root(el).querySelector('time')!.getAttribute('datetime')).to.equal('2026-11-26');
    expect(root(el).querySelectorAll('[part="sources"] [part="link"]')).to.have.length(stemCellInjectionBackPain.sources!.length);
    await expect(el).to.be.accessible();
  });

  it('gives screen readers a heading over its disclaimer and review line, and draws none; a note of sources only has just "Sources"', async () => {
    const guide = await fixture(html`<care-guide .guide=${stemCellInjectionBackPain}><care-review-note heading-level="3"></care-review-note></care-guide>`);
    const el = guide.querySelector('care-review-note')!;
    await el.updateComplete;
    const headings = [...root(el).querySelectorAll('h1, h2, h3, h4, h5, h6')];
    expect(headings.map((h) => `${h.localName} ${h.textContent!.trim()}`)).to.deep.equal(['h3 About this guide', 'h3 Sources']);
    const [about] = headings;
    for (const part of ['disclaimer-text', 'reviewed']) {
      const follows = about.compareDocumentPosition(root(el).querySelector(`[part="${part}"]`)!) & Node.DOCUMENT_POSITION_FOLLOWING;
      expect(follows, `${part} follows the heading`).to.not.equal(0);
    }
    // Inside a box of one pixel that clips it, out of the flow.
    const box = about.parentElement!.getBoundingClientRect();
    expect(box.width * box.height, 'the heading is not seen').to.be.at.most(1);
    expect(getComputedStyle(about.parentElement!).position, 'nor takes room').to.equal('absolute');

    const sourcesOnly = await fixture<CareReviewNote>(html`<care-review-note .sources=${[{ title: 'FDA', url: 'https://www.fda.gov/' }]}></care-review-note>`);
    expect([...root(sourcesOnly).querySelectorAll('h2')].map((h) => h.textContent!.trim())).to.deep.equal(['Sources']);
  });

  it('reads a property set to null, as a guide field left empty gives it, as unset: the guide’s own shows', async () => {
    const reports: Event[] = [];
    const guide = await fixture(html`<care-guide .guide=${stemCellInjectionBackPain} @care-content-error=${(event: Event) => reports.push(event)}>
      <care-review-note .disclaimer=${null} .lastReviewed=${null} .nextReview=${null} .reviewedBy=${null} .sources=${null}></care-review-note>
    </care-guide>`);
    const el = guide.querySelector('care-review-note')!;
    await el.updateComplete;
    expect(root(el).querySelector('[part="disclaimer-text"]')!.textContent).to.contain('not medical advice');
    expect(reviewedText(el)).to.equal('Last reviewed: November 26, 2026 Reviewed by: care-elements maintainers, against the sources below; not a clinical review');
    expect(root(el).querySelectorAll('[part="sources"] [part="link"]')).to.have.length(stemCellInjectionBackPain.sources!.length);
    expect(reports, 'problems reported').to.deep.equal([]);
  });

  it('formats the date for the page language', async () => {
    const box = await fixture(html`<div lang="de"><care-review-note last-reviewed="2026-03-05"></care-review-note></div>`);
    const el = box.querySelector('care-review-note')!;
    await el.updateComplete;
    expect(root(el).querySelector('time')!.textContent).to.equal('5. März 2026');
    const fr = await fixture<CareReviewNote>(html`<care-review-note lang="fr" last-reviewed="2026-03-05"></care-review-note>`);
    expect(root(fr).querySelector('time')!.textContent).to.equal('5 mars 2026');
  });

  it('links only safe URLs, and never a javascript: one', async () => {
    const warnings = captureWarnings();
    try {
      const el = document.createElement('care-review-note');
      el.sources = [
        { title: 'Trap', url: 'javascript:alert(1)' },
        { title: 'FDA', publisher: 'U.S. Food and Drug Administration', url: 'https://www.fda.gov/' },
        { title: 'Call us', url: 'tel:+15551234567' },
      ];
      const error = oneEvent(el, 'care-content-error');
      document.body.append(el);
      expect((await error).detail.problems[0].path).to.equal('sources[0].url');
      await el.updateComplete;
      const links = [...root(el).querySelectorAll('a')];
      expect(links.map((a) => a.getAttribute('href'))).to.deep.equal(['https://www.fda.gov/', 'tel:+15551234567']);
      expect(links[0].rel).to.equal('noreferrer');
      const items = [...root(el).querySelectorAll('[part="sources"] li')].map((li) => li.textContent!.trim());
      expect(items[0]).to.equal('Trap');
      expect(items[1]).to.equal('FDA, U.S. Food and Drug Administration');
      el.remove();
    } finally {
      warnings.restore();
    }
  });

  it('keeps its own properties over the guide and shows markup-looking text as text', async () => {
    const guide = await fixture(html`<care-guide .guide=${stemCellInjectionBackPain}>
      <care-review-note disclaimer=${'<b>Ask your own doctor.</b>'} reviewed-by="Dr. Rivera"></care-review-note>
    </care-guide>`);
    const el = guide.querySelector('care-review-note')!;
    await el.updateComplete;
    expect(root(el).querySelector('b')).to.equal(null);
    expect(root(el).querySelector('[part="disclaimer-text"]')!.textContent!.trim()).to.equal('<b>Ask your own doctor.</b>');
    expect(reviewedText(el)).to.contain('Reviewed by: Dr. Rivera');
  });

  it('reports a date that is not YYYY-MM-DD and leaves it out', async () => {
    const warnings = captureWarnings();
    try {
      const el = document.createElement('care-review-note');
      el.setAttribute('last-reviewed', 'last week');
      el.setAttribute('reviewed-by', 'Dr. Rivera');
      const error = oneEvent(el, 'care-content-error');
      document.body.append(el);
      expect((await error).detail.problems[0].path).to.equal('last-reviewed');
      await el.updateComplete;
      expect(root(el).querySelector('time')).to.equal(null);
      el.remove();
    } finally {
      warnings.restore();
    }
  });
});
