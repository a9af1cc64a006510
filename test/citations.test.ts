import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import type { LitElement } from 'lit';
import '../src/index.js';
import { loadStrings } from '../src/internal/strings.js';
import { stemCellInjectionBackPain as guide } from '../src/content/stem-cell-injection-back-pain.js';

/** Text as a screen reader gets it: whatever is not aria-hidden, spaces folded. */
function spoken(node: Node): string {
  if (node instanceof Element && node.getAttribute('aria-hidden') === 'true') return '';
  if (node.nodeType === Node.TEXT_NODE) return node.textContent ?? '';
  return [...node.childNodes].map(spoken).join('');
}
const words = (node: Node) => spoken(node).replace(/\s+/g, ' ').trim();

async function page() {
  const wrapper = await fixture(html`<care-guide .guide=${guide}>
    <care-benefits-card></care-benefits-card>
    <care-risk-list></care-risk-list>
    <care-topic-list section="research"></care-topic-list>
    <care-review-note></care-review-note>
  </care-guide>`);
  const get = <T extends LitElement>(tag: string) => wrapper.querySelector(tag) as T;
  const els = { benefits: get('care-benefits-card'), risks: get('care-risk-list'), research: get('care-topic-list'), note: get('care-review-note') };
  for (const el of Object.values(els)) await el.updateComplete;
  const item = (el: LitElement, id: string) => el.shadowRoot!.querySelector<HTMLElement>(`[data-id="${id}"]`)!;
  return { ...els, item };
}

describe('schema version 2 in the elements', () => {
  afterEach(() => history.replaceState(null, '', location.pathname + location.search));

  it('tells how common a risk is in words, with the rate in plain words, to eyes and screen readers alike', async () => {
    const { risks, item } = await page();
    const frequency = (id: string) => item(risks, id).querySelector('[part="frequency"]')!;
    expect(words(frequency('infection'))).to.equal('How common: uncommon, about 1 in 136 people');
    expect(frequency('infection').textContent!.trim()).to.equal('How common: uncommon, about 1 in 136 people');
    expect(words(frequency('nerve-damage'))).to.equal('How common: not known');
    expect(item(risks, 'treatment-cost').querySelector('[part="frequency"]')).to.equal(null);
    await expect(risks).to.be.accessible();
  });

  it('shows how strong the evidence for a benefit is in words and by a meter, never by colour alone', async () => {
    const { benefits, item } = await page();
    const evidence = item(benefits, 'less-pain').querySelector<HTMLElement>('[part="evidence"]')!;
    expect(words(evidence)).to.equal('Evidence: limited Small studies, most with no comparison group. Reviews rate the evidence as very low.');
    expect(evidence.querySelector('[aria-hidden="true"]')!.textContent).to.equal('▮▯▯');
    await expect(benefits).to.be.accessible();
  });

  it('shows what researchers are exploring with <care-topic-list section="research">', async () => {
    const { research } = await page();
    const root = research.shadowRoot!;
    expect(root.querySelector('[part="section-heading"]')!.textContent!.trim()).to.equal('What researchers are exploring');
    expect([...root.querySelectorAll('[part="title"]')].map((t) => t.textContent!.trim())).to.include('3D-printed tissue');
    await expect(research).to.be.accessible();
  });

  it('numbers citations by the guide’s source list and names each "Source N"', async () => {
    const { risks, item } = await page();
    const links = [...item(risks, 'infection').querySelectorAll<HTMLAnchorElement>('[part="citations"] a')];
    const place = (id: string) => guide.sources!.findIndex((s) => s.id === id) + 1;
    const shown = (a: Element) => a.querySelector('[aria-hidden="true"]')!.textContent;
    expect(links.map((a) => [shown(a), a.getAttribute('href'), words(a)])).to.deep.equal([
      [String(place('fda-regenerative')), '#source-fda-regenerative', `Source ${place('fda-regenerative')}`],
      [String(place('jerome-2021')), '#source-jerome-2021', `Source ${place('jerome-2021')}`],
    ]);
    // The citations end the description's last paragraph, where a reader finishes the claim.
    expect(links[0].closest('p')!.textContent).to.contain('1 of 136 patients');
    // Listed in the content as jerome-2021, fda-regenerative: shown in number order.
    expect(guide.risks!.items.find((r) => r.id === 'infection')!.sources).to.deep.equal(['jerome-2021', 'fda-regenerative']);
  });

  it('keeps an item’s citations on one line at any width, none cut from its sentence', async () => {
    const { risks } = await page();
    const groups = [...risks.shadowRoot!.querySelectorAll('[part="citations"]')].filter((group) => group.querySelectorAll('a').length > 1);
    expect(groups.length, 'items citing two sources or more').to.be.greaterThan(0);
    const split: string[] = [];
    for (let width = 180; width <= 480; width += 4) {
      risks.style.inlineSize = `${width}px`;
      for (const group of groups) {
        const tops = new Set([...group.querySelectorAll('a')].map((a) => Math.round(a.getBoundingClientRect().top)));
        if (tops.size > 1) split.push(`${width}px: ${group.textContent!.replace(/\s+/g, ' ').trim()}`);
      }
    }
    risks.style.inlineSize = '';
    expect(split).to.deep.equal([]);
  });

  it('lists the sources numbered, with the quoted sentence and a way back to each item that cites it', async () => {
    const { note } = await page();
    const root = note.shadowRoot!;
    expect(root.querySelector('[part="sources"]')!.localName).to.equal('ol');
    const entry = root.querySelector('[data-id="source-jerome-2021"]')!;
    expect(entry.querySelector('[part="quote"]')!.textContent).to.contain('136 total patients');
    const back = [...entry.querySelectorAll<HTMLAnchorElement>('[part="backlinks"] a')];
    expect(words(entry.querySelector('[part="backlinks"]')!)).to.equal('Back to text: Infection, Is it safe?');
    expect(back.map((a) => a.getAttribute('href'))).to.deep.equal(['#infection', '#is-it-safe']);
    await expect(note).to.be.accessible();
  });

  it('follows a citation to its source and back to the claim', async () => {
    const { risks, note, item } = await page();
    const link = item(risks, 'infection').querySelector<HTMLAnchorElement>('[part="citations"] a[href="#source-jerome-2021"]')!;
    let changed = oneEvent(window, 'hashchange');
    link.click();
    await changed;
    await note.updateComplete;
    const source = note.shadowRoot!.querySelector<HTMLElement>('[data-id="source-jerome-2021"]')!;
    expect(source.hasAttribute('data-target')).to.equal(true);
    expect(note.shadowRoot!.activeElement).to.equal(source);

    changed = oneEvent(window, 'hashchange');
    source.querySelector<HTMLAnchorElement>('[part="backlinks"] a')!.click();
    await changed;
    await risks.updateComplete;
    expect(item(risks, 'infection').hasAttribute('data-target')).to.equal(true);
    expect(risks.shadowRoot!.activeElement).to.equal(item(risks, 'infection'));
  });

  it('cites sources at the end of an FAQ answer and of a step, as on every other item', async () => {
    const withStepSource = {
      ...guide,
      procedure: { ...guide.procedure!, items: guide.procedure!.items.map((step, i) => (i ? step : { ...step, sources: ['fda-warns'] })) },
    };
    const wrapper = await fixture(html`<care-guide .guide=${withStepSource}>
      <care-faq-accordion></care-faq-accordion>
      <care-procedure-timeline></care-procedure-timeline>
    </care-guide>`);
    const faq = wrapper.querySelector('care-faq-accordion')!;
    const timeline = wrapper.querySelector('care-procedure-timeline')!;
    await faq.updateComplete;
    await timeline.updateComplete;
    const hrefs = (root: ParentNode) => [...root.querySelectorAll('[part="citations"] a')].map((a) => a.getAttribute('href'));
    const answer = faq.shadowRoot!.querySelector('#a-is-it-safe')!;
    expect(hrefs(answer)).to.deep.equal(['#source-jerome-2021', '#source-her-2022']);
    expect(words(answer.querySelector('[part="citations"]')!)).to.match(/^Source \d+, Source \d+$/);
    expect(hrefs(faq.shadowRoot!.querySelector('#a-cost')!)).to.deep.equal([]);
    const firstStep = timeline.shadowRoot!.querySelector('[part="description"]')!;
    expect(hrefs(firstStep)).to.deep.equal(['#source-fda-warns']);
  });

  it('shows no citation for a source the guide does not list', async () => {
    const wrapper = await fixture(html`<care-guide .guide=${guide}>
      <care-risk-list .items=${[{ title: 'Odd', sources: ['nowhere', 'fda-warns'] }]}></care-risk-list>
    </care-guide>`);
    const el = wrapper.querySelector('care-risk-list')!;
    await el.updateComplete;
    const links = [...el.shadowRoot!.querySelectorAll('[part="citations"] a')];
    expect(links.map((a) => a.getAttribute('href'))).to.deep.equal(['#source-fda-warns']);
    expect(el.shadowRoot!.querySelector('[part="citations"]')!.textContent!.replace(/\s+/g, ' ')).to.equal('Source 22');
  });
});

describe('schema version 2 in the elements, in Spanish', () => {
  it('renders every section of the Spanish guide in every element, in Spanish, with the same ids and citations', async () => {
    const { stemCellInjectionBackPainEs: es } = await import('../src/content/stem-cell-injection-back-pain.es.js');
    const wrapper = await fixture(html`<care-guide .guide=${es}>
      <care-guide-header></care-guide-header>
      <care-topic-list section="conditions"></care-topic-list>
      <care-procedure-timeline></care-procedure-timeline>
      <care-benefits-card></care-benefits-card>
      <care-risk-list></care-risk-list>
      <care-topic-list section="research"></care-topic-list>
      <care-faq-accordion></care-faq-accordion>
      <care-review-note></care-review-note>
    </care-guide>`);
    const els = [...wrapper.querySelectorAll<LitElement>('care-guide > :not(script)')];
    await loadStrings('es');
    for (const el of els) await el.updateComplete;
    for (const el of els) expect(el.shadowRoot!.querySelector('[part="base"]')!.closest('[lang]')!.getAttribute('lang'), el.localName).to.equal('es');
    const text = (tag: string) => wrapper.querySelector(tag)!.shadowRoot!.textContent!.replace(/\s+/g, ' ');
    expect(text('care-guide-header')).to.contain('Inyección de células madre para el dolor de espalda');
    expect(text('care-risk-list')).to.contain('1 de cada 136 pacientes');
    expect(text('care-risk-list')).to.contain('Frecuencia: poco frecuente, alrededor de 1 de cada 136 personas');
    expect(text('care-benefits-card')).to.contain('Evidencia: limitada');
    expect(text('care-topic-list[section="research"]')).to.contain('Tejido impreso en 3D');
    const risks = wrapper.querySelector('care-risk-list')!;
    const infection = risks.shadowRoot!.querySelector('[data-id="infection"]')!;
    expect([...infection.querySelectorAll('[part="citations"] a')].map((a) => a.getAttribute('href'))).to.deep.equal(['#source-fda-regenerative', '#source-jerome-2021']);
    // An FAQ's answers are built again for the words that came, as every other item is.
    const answer = wrapper.querySelector('care-faq-accordion')!.shadowRoot!.getElementById('a-is-it-safe')!;
    expect(answer.querySelector('[part="citations"]')!.textContent!.replace(/\s+/g, ' ')).to.match(/^Fuente \d+\d+, Fuente \d+\d+$/);
    const note = wrapper.querySelector('care-review-note')!.shadowRoot!;
    // The sources keep their own language; the words around them are the guide's.
    const source = note.querySelector('[data-id="source-jerome-2021"]')!;
    expect(source.querySelector(':scope > [lang]')!.getAttribute('lang'), 'the source’s own words').to.equal('en');
    expect(source.querySelector('[part="backlinks"]')!.closest('[lang]')!.getAttribute('lang'), 'the words around them').to.equal('es');
    expect(source.querySelector('[part="backlinks"]')!.textContent!.replace(/\s+/g, ' ')).to.contain('Volver al texto: Infección');
    for (const el of els) await expect(el).to.be.accessible();
  });

  it('writes a rate’s numbers the reader’s way', async () => {
    await loadStrings('es');
    const el = await fixture<LitElement>(html`<care-risk-list lang="es" .items=${[{ title: 'Raro', frequency: { band: 'rare', count: 1, per: 10_000 } }]}></care-risk-list>`);
    expect(el.shadowRoot!.querySelector('[part="frequency"]')!.textContent).to.contain('1 de cada 10.000');
  });
});
