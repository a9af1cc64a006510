import { expect, fixture, html } from '@open-wc/testing';
import type { LitElement } from 'lit';
import '../src/index.js';
import { stemCellInjectionBackPain as guide } from '../src/content/stem-cell-injection-back-pain.js';
import type { Guide, Risk } from '../src/content/types.js';
import type { CareFaqAccordion } from '../src/faq-accordion/faq-accordion.js';
import { registerStrings } from '../src/internal/strings.js';
import { recordEvents, settled, useWarnings } from './helpers.js';

/**
 * Promises the README and the elements' docs make that no other test held: each test is named for
 * the promise, and fails when the promise is broken.
 */
const shadow = (el: Element) => el.shadowRoot!;
const text = (node: Element | null | undefined) => node?.textContent!.replace(/\s+/g, ' ').trim();
const all = (el: Element, selector: string) => [...shadow(el).querySelectorAll<HTMLElement>(selector)];

async function inGuide<T extends LitElement>(content: Guide, template: unknown, tag: string): Promise<T> {
  const wrapper = await fixture(html`<care-guide .guide=${content}>${template}</care-guide>`);
  const el = wrapper.querySelector<T>(tag)!;
  await settled(el);
  return el;
}

describe('<care-faq-accordion> promises', () => {
  useWarnings('body > care-faq-accordion');
  const toggles = recordEvents(document, 'care-faq-toggle');

  it('keeps only the first of several open children open in single mode', async () => {
    const el = await fixture<CareFaqAccordion>(html`<care-faq-accordion single>
      <care-faq-item id="a" question="A?" open>a</care-faq-item>
      <care-faq-item id="b" question="B?" open>b</care-faq-item>
      <care-faq-item id="c" question="C?" open>c</care-faq-item>
    </care-faq-accordion>`);
    expect(el.openItems).to.deep.equal(['a']);
    expect(all(el, '[part="toggle"]').map((b) => b.getAttribute('aria-expanded'))).to.deep.equal(['true', 'false', 'false']);
    expect(all(el, '[part="description"]').map((answer) => answer.offsetHeight > 0)).to.deep.equal([true, false, false]);
  });

  it('fires care-faq-toggle once when an answer opens and once, open: false, when it closes', async () => {
    const el = await fixture<CareFaqAccordion>(html`<care-faq-accordion .items=${[{ id: 'safe', question: 'Is it safe?', answer: 'Mostly.' }]}></care-faq-accordion>`);
    const button = all(el, '[part="toggle"]')[0];
    button.click();
    await el.updateComplete;
    button.click();
    await el.updateComplete;
    expect(toggles.map((e) => e.detail)).to.deep.equal([{ id: 'safe', open: true }, { id: 'safe', open: false }]);
  });

  it('finds "café" when the reader types "Cafe", and "naïve" when they type "NAIVE"', async () => {
    const el = await fixture<CareFaqAccordion>(html`<care-faq-accordion searchable .items=${[
      { question: 'Is there a café?', answer: 'Yes, on the ground floor.' },
      { question: 'Parking?', answer: 'Behind the building, for naïve drivers too.' },
      { question: 'Wi-Fi?', answer: 'Ask at the desk.' },
    ]}></care-faq-accordion>`);
    const shown = () => all(el, '[part="item"]').filter((item) => !item.hidden).map((item) => text(item.querySelector('[part="toggle"]')));
    el.query = 'Cafe';
    await el.updateComplete;
    expect(shown()).to.deep.equal(['Is there a café?']);
    el.query = 'NAIVE';
    await el.updateComplete;
    expect(shown()).to.deep.equal(['Parking?']);
  });
});

describe('<care-review-note> promises', () => {
  useWarnings('body > care-guide');

  it('puts the sources heading at its heading-level', async () => {
    const levels = async (template: unknown) => all(await inGuide<LitElement>(guide, template, 'care-review-note'), '[part="sources-heading"]')[0].localName;
    expect(await levels(html`<care-review-note></care-review-note>`), 'by default').to.equal('h2');
    expect(await levels(html`<care-review-note heading-level="4"></care-review-note>`)).to.equal('h4');
    expect(await levels(html`<care-review-note heading-level="1"></care-review-note>`)).to.equal('h1');
  });

  it('shows its own last-reviewed, next-review, reviewer and sources over the guide’s', async () => {
    const theirs = { ...guide, lastReviewed: '2026-01-10', nextReview: '2027-01-10', reviewedBy: 'The guide’s reviewer' };
    const el = await inGuide<LitElement>(theirs, html`<care-review-note last-reviewed="2026-11-20" next-review="2027-11-20" reviewed-by="Dr. Ana Rivera"
      .sources=${[{ title: 'Our clinic’s own leaflet', url: 'https://clinic.example/leaflet' }]}></care-review-note>`, 'care-review-note');
    expect(all(el, 'time').map((time) => time.getAttribute('datetime'))).to.deep.equal(['2026-11-20', '2027-11-20']);
    expect(text(all(el, '[part="reviewed"]')[0])).to.contain('Reviewed by: Dr. Ana Rivera').and.not.contain('The guide’s reviewer');
    expect(all(el, '[part="sources"] li').map(text)).to.deep.equal(['Our clinic’s own leaflet']);
  });
});

describe('words from the strings table', () => {
  before(() =>
    registerStrings('pt', {
      stepOf: 'Passo {n} de {total}',
      stepDone: 'Concluído',
      stepCurrent: 'Passo atual',
      severity: 'Gravidade: {level}',
      severityHigh: 'alta',
      severityModerate: 'moderada',
      severityLow: 'baixa',
    }),
  );

  it('says "Step n of m" and the step’s state in the page’s language', async () => {
    const box = await fixture(html`<div lang="pt"><care-procedure-timeline current="2" .items=${[{ title: 'Consulta' }, { title: 'Injeção' }]}></care-procedure-timeline></div>`);
    const el = box.firstElementChild as LitElement;
    await el.updateComplete;
    expect(all(el, '[part="title"] .visually-hidden').map(text)).to.deep.equal(['Passo 1 de 2, Concluído:', 'Passo 2 de 2, Passo atual:']);
  });

  it('names each severity in the page’s language, on each risk and on each group', async () => {
    const items = [{ title: 'Infecção', severity: 'high' }, { title: 'Dor', severity: 'moderate' }, { title: 'Hematoma', severity: 'low' }];
    const box = await fixture(html`<div lang="pt">
      <care-risk-list .items=${items}></care-risk-list><care-risk-list group-by="severity" .items=${items}></care-risk-list>
    </div>`);
    const [list, grouped] = box.querySelectorAll<LitElement>('care-risk-list');
    await list.updateComplete;
    await grouped.updateComplete;
    const spoken = (el: Element) => all(el, '[part="severity"]').map((label) => text(label)!.replace(/^[▲◆●]\s*/, ''));
    expect(spoken(list)).to.deep.equal(['Gravidade: alta', 'Gravidade: moderada', 'Gravidade: baixa']);
    expect(all(grouped, '[part="group-heading"]').map(text)).to.deep.equal(['Gravidade: alta', 'Gravidade: moderada', 'Gravidade: baixa']);
  });
});

describe('<care-risk-list> promises', () => {
  it('sorts by severity for itself, leaving the guide’s list in its order for every other reader', async () => {
    const risks = guide.risks!.items;
    const order = risks.map((risk) => risk.title);
    const wrapper = await fixture(html`<care-guide .guide=${guide}>
      <care-risk-list sort="severity"></care-risk-list><care-risk-list></care-risk-list>
    </care-guide>`);
    const [sorted, plain] = wrapper.querySelectorAll<LitElement>('care-risk-list');
    await sorted.updateComplete;
    await plain.updateComplete;
    const titles = (el: Element) => all(el, '[part="title"]').map(text);
    const rank = (risk: Risk) => ['high', 'moderate', 'low', undefined].indexOf(risk.severity ?? undefined);
    expect(titles(sorted)).to.deep.equal([...risks].sort((a, b) => rank(a) - rank(b)).map((risk) => risk.title));
    expect(titles(plain), 'the unsorted list keeps the guide’s order').to.deep.equal(order);
    expect(risks.map((risk) => risk.title), 'the page’s own guide object is untouched').to.deep.equal(order);
  });

  it('reads the sorted order again from the items property, which it never reorders', async () => {
    const items: Risk[] = [{ title: 'Low one', severity: 'low' }, { title: 'High one', severity: 'high' }];
    const el = await fixture<LitElement>(html`<care-risk-list sort="severity" .items=${items}></care-risk-list>`);
    expect(all(el, '[part="title"]').map(text)).to.deep.equal(['High one', 'Low one']);
    expect(items.map((risk) => risk.title)).to.deep.equal(['Low one', 'High one']);
  });
});
