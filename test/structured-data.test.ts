import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import '../src/guide/define.js';
import '../src/review-note/define.js';
import type { CareGuide } from '../src/guide/guide.js';
import { guideJsonLd, scriptJson } from '../src/content/jsonld.js';
import { stemCellInjectionBackPain } from '../src/content/stem-cell-injection-back-pain.js';
import type { Guide } from '../src/content/types.js';
import { useWarnings } from './helpers.js';

const jsonLdOf = (el: Element) => [...el.querySelectorAll(':scope > script[type="application/ld+json"]')];
const parsed = (el: Element) => JSON.parse(jsonLdOf(el)[0].textContent!);
const webPage = (el: Element) => parsed(el)['@graph'].find((node: { '@type': string }) => node['@type'] === 'MedicalWebPage');

/** The MedicalWebPage node of the built-in guide holding `children`, once its JSON-LD is written. */
async function webPageWith(children: TemplateResult) {
  const el = await fixture<CareGuide>(html`<care-guide .guide=${stemCellInjectionBackPain}>${children}</care-guide>`);
  await el.updateComplete;
  return webPage(el);
}
const other: Guide = { schemaVersion: 1, id: 'other', lang: 'en', title: 'Another guide', faqs: { items: [{ question: 'Why?', answer: 'Because.' }] } };

describe('<care-guide> structured data', () => {
  useWarnings('body > care-guide');

  it('adds the guide as JSON-LD, the same graph guideJsonLd builds, when a guide loads', async () => {
    const el = await fixture<CareGuide>(html`<care-guide .guide=${stemCellInjectionBackPain}><p>Page</p></care-guide>`);
    expect(jsonLdOf(el)).to.have.length(1);
    expect(parsed(el)).to.deep.equal(guideJsonLd(stemCellInjectionBackPain));
  });

  // The README's example gives the review note a reviewer and date of the clinic's own.
  it('describes the review the page shows, where the review note shows another than the guide’s', async () => {
    const page = await webPageWith(html`<care-review-note reviewed-by="Dr. Jane Okafor, consultant in pain medicine" last-reviewed="2026-11-20"></care-review-note>`);
    expect(page.lastReviewed).to.equal('2026-11-20');
    expect(page.reviewedBy).to.deep.equal({ '@type': 'Person', name: 'Dr. Jane Okafor, consultant in pain medicine' });
  });

  it('describes the review the guide header shows where there is no review note, from its attributes before its code loads', async () => {
    // As on a page that loaded the guide's code alone: the header is not upgraded, and has only its attributes.
    expect(customElements.get('care-guide-header')).to.equal(undefined);
    const page = await webPageWith(html`<care-guide-header show-review reviewed-by="Dr. Jane Okafor" last-reviewed="2026-11-20"></care-guide-header>`);
    expect(page.lastReviewed).to.equal('2026-11-20');
    expect(page.reviewedBy.name).to.equal('Dr. Jane Okafor');
  });

  it('keeps the guide’s review where the guide header shows no review line', async () => {
    const page = await webPageWith(html`<care-guide-header reviewed-by="Dr. Jane Okafor" last-reviewed="2026-11-20"></care-guide-header>`);
    expect(page.lastReviewed).to.equal(stemCellInjectionBackPain.lastReviewed);
    expect(page.reviewedBy.name).to.equal(stemCellInjectionBackPain.reviewedBy);
  });

  it('names no review date where the page’s is no date, as the review note then shows none', async () => {
    const el = await fixture<CareGuide>(html`<care-guide .guide=${stemCellInjectionBackPain}>
      <care-review-note last-reviewed="20/11/2026"></care-review-note>
    </care-guide>`);
    await el.updateComplete;
    expect(el.querySelector('care-review-note')!.shadowRoot!.querySelector('time'), 'the note shows no date').to.equal(null);
    const page = webPage(el);
    expect(page).to.not.have.property('lastReviewed');
    expect(page.reviewedBy.name, 'the guide’s reviewer, as the note shows').to.equal(stemCellInjectionBackPain.reviewedBy);
  });

  it('adds none until a guide loads, and one once it has', async () => {
    const el = await fixture<CareGuide>(html`<care-guide src="/src/content/stem-cell-injection-back-pain.json"></care-guide>`);
    expect(jsonLdOf(el)).to.have.length(0);
    await oneEvent(el, 'care-guide-load');
    // Written by code fetched after the guide renders: updateComplete waits for it.
    await el.updateComplete;
    expect(parsed(el)['@graph'][0].name).to.equal(stemCellInjectionBackPain.title);
  });

  it('keeps the script out of the page content: no slot takes it', async () => {
    const el = await fixture<CareGuide>(html`<care-guide .guide=${stemCellInjectionBackPain}><p>Page</p></care-guide>`);
    const assigned = el.shadowRoot!.querySelector('slot')!.assignedElements();
    expect(assigned.map((node) => node.localName)).to.deep.equal(['p']);
  });

  it('reads inline JSON once: adding the script is no change to the content', async () => {
    const el = document.createElement('care-guide');
    el.innerHTML = `<script type="application/json">${scriptJson(other)}</script>`;
    let loads = 0;
    el.addEventListener('care-guide-load', () => loads++);
    const loaded = oneEvent(el, 'care-guide-load');
    document.body.append(el);
    await loaded;
    await el.updateComplete;
    expect(jsonLdOf(el)).to.have.length(1);
    await el.updateComplete;
    expect(loads).to.equal(1);
  });

  it('follows the guide: updated when it changes, removed when it goes', async () => {
    const el = await fixture<CareGuide>(html`<care-guide .guide=${stemCellInjectionBackPain}></care-guide>`);
    el.guide = other;
    await el.updateComplete;
    expect(jsonLdOf(el)).to.have.length(1);
    expect(parsed(el)['@graph'][0].name).to.equal('Another guide');
    el.guide = undefined;
    await el.updateComplete;
    expect(jsonLdOf(el)).to.have.length(0);
  });

  it('writes none with no-structured-data, and removes its own when the attribute is set later', async () => {
    const off = await fixture<CareGuide>(html`<care-guide no-structured-data .guide=${stemCellInjectionBackPain}></care-guide>`);
    expect(jsonLdOf(off)).to.have.length(0);
    const el = await fixture<CareGuide>(html`<care-guide .guide=${stemCellInjectionBackPain}></care-guide>`);
    el.toggleAttribute('no-structured-data', true);
    await el.updateComplete;
    expect(jsonLdOf(el)).to.have.length(0);
    el.toggleAttribute('no-structured-data', false);
    await el.updateComplete;
    expect(jsonLdOf(el)).to.have.length(1);
  });

  it('adopts the JSON-LD the server wrote instead of adding a second copy', async () => {
    const el = document.createElement('care-guide');
    el.innerHTML = `<script type="application/ld+json" slot="structured-data">${scriptJson(guideJsonLd(stemCellInjectionBackPain))}</script>`;
    const written = el.firstElementChild;
    el.guide = stemCellInjectionBackPain;
    document.body.append(el);
    await el.updateComplete;
    expect(jsonLdOf(el)).to.deep.equal([written]);
    el.guide = other;
    await el.updateComplete;
    expect(jsonLdOf(el)).to.have.length(1);
    expect(parsed(el)['@graph'][0].name).to.equal('Another guide');
  });

  it('adds nothing beside JSON-LD the page wrote itself', async () => {
    const el = document.createElement('care-guide');
    el.innerHTML = '<script type="application/ld+json">{"@context":"https://schema.org","@type":"MedicalClinic"}</script>';
    el.guide = stemCellInjectionBackPain;
    document.body.append(el);
    await el.updateComplete;
    expect(jsonLdOf(el)).to.have.length(1);
    expect(parsed(el)['@type']).to.equal('MedicalClinic');
  });

  it('keeps one FAQPage on a page with two guides', async () => {
    const box = await fixture(html`<div>
      <care-guide .guide=${stemCellInjectionBackPain}></care-guide>
      <care-guide .guide=${other}></care-guide>
    </div>`);
    const guides = [...box.querySelectorAll('care-guide')];
    await Promise.all(guides.map((g) => g.updateComplete));
    const types = guides.map((g) => (parsed(g)['@graph'] as { '@type': string }[]).map((node) => node['@type']));
    expect(types.flat().filter((type) => type === 'FAQPage')).to.have.length(1);
    expect(types.every((list) => list.includes('MedicalWebPage'))).to.equal(true);
  });
});
