import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { LitElement } from 'lit';
import '../src/index.js';
import { stemCellInjectionBackPain as guide } from '../src/content/stem-cell-injection-back-pain.js';
import type { CareFaqAccordion } from '../src/faq-accordion/faq-accordion.js';
import { packUrl } from './helpers.js';

/** A page with every list element inside one guide, as a clinic composes it. */
const page = () => html`<care-guide .guide=${guide}>
  <care-topic-list section="conditions"></care-topic-list>
  <care-procedure-timeline></care-procedure-timeline>
  <care-benefits-card></care-benefits-card>
  <care-risk-list variant="outlined"></care-risk-list>
  <care-faq-accordion></care-faq-accordion>
</care-guide>`;

/** Each kind of item, the element that shows it, and one id the built-in guide gives it. */
const LINKS = [
  { kind: 'step', tag: 'care-procedure-timeline', id: 'injection', text: 'The injection' },
  { kind: 'risk', tag: 'care-risk-list', id: 'nerve-damage', text: 'Nerve damage' },
  { kind: 'benefit', tag: 'care-benefits-card', id: 'no-open-surgery', text: 'No open surgery' },
  { kind: 'topic', tag: 'care-topic-list', id: 'spinal-stenosis', text: 'Spinal stenosis' },
] as const;

/** Two questions, the first of which a search for "insurance" hides. */
const searched = [
  { id: 'safe', question: 'Is it safe?', answer: 'Generally, yes. Ask your doctor about the risks.' },
  { id: 'cost', question: 'What does it cost?', answer: 'It can be expensive; ask whether insurance covers it.' },
];

/** The questions of an accordion that a reader sees listed. */
const listed = (faq: Element) =>
  [...faq.shadowRoot!.querySelectorAll<HTMLElement>('[part="toggle"]')].filter((button) => button.checkVisibility()).map((button) => button.textContent!.trim());

const marked = (el: Element) => [...el.shadowRoot!.querySelectorAll<HTMLElement>('[data-target]')];

async function updated(root: Element): Promise<void> {
  for (const el of root.querySelectorAll<LitElement>('*')) if ('updateComplete' in el) await el.updateComplete;
}

/** True when the element's top edge is within the viewport. */
const inView = (el: Element) => {
  const { top } = el.getBoundingClientRect();
  return top >= -1 && top < window.innerHeight;
};

describe('deep links to every item', () => {
  const original = location.href;
  let spacer: HTMLElement;
  beforeEach(() => {
    // Room above the guide, so that "scrolled into view" means something.
    spacer = document.createElement('div');
    spacer.style.blockSize = '150vh';
    document.body.prepend(spacer);
    window.scrollTo(0, 0);
  });
  afterEach(() => {
    history.replaceState(null, '', original);
    spacer.remove();
  });

  for (const { kind, tag, id, text } of LINKS) {
    it(`scrolls to a ${kind} named on load, marks it and moves focus there`, async () => {
      history.replaceState(null, '', `#${id}`);
      const wrapper = await fixture(page());
      await updated(wrapper);
      const el = wrapper.querySelector(tag)!;
      const [item] = marked(el);
      expect(item, `a marked ${kind}`).to.exist;
      expect(item.textContent).to.contain(text);
      expect(inView(item), 'scrolled into view').to.equal(true);
      expect(item.getBoundingClientRect().top, 'room above for the ring').to.be.at.least(12);
      expect(el.shadowRoot!.activeElement).to.equal(item);
      for (const other of LINKS.filter((link) => link.tag !== tag)) {
        expect(marked(wrapper.querySelector(other.tag)!), `nothing marked in ${other.tag}`).to.have.length(0);
      }
    });

    it(`scrolls to and marks a ${kind} on a later hashchange`, async () => {
      const wrapper = await fixture(page());
      await updated(wrapper);
      const el = wrapper.querySelector(tag)!;
      expect(marked(el)).to.have.length(0);
      const changed = oneEvent(window, 'hashchange');
      location.hash = `#${id}`;
      await changed;
      await updated(wrapper);
      expect(marked(el).map((item) => item.textContent)).to.have.length(1);
      expect(marked(el)[0].textContent).to.contain(text);
      expect(inView(marked(el)[0])).to.equal(true);
    });
  }

  // The README's advice for a page with a sticky header: the item a link names stops below it, its ring seen.
  it('stops an item a link names below a sticky header of the page that sets scroll-padding-top', async () => {
    const header = document.createElement('header');
    header.style.cssText = 'position: sticky; top: 0; block-size: 64px; background: white; z-index: 1';
    document.body.prepend(header);
    document.documentElement.style.scrollPaddingTop = '5rem';
    try {
      history.replaceState(null, '', '#injection');
      const wrapper = await fixture(page());
      await updated(wrapper);
      const [item] = marked(wrapper.querySelector('care-procedure-timeline')!);
      expect(item.textContent).to.contain('The injection');
      expect(window.scrollY, 'scrolled').to.be.greaterThan(0);
      expect(item.getBoundingClientRect().top, 'below the header, with room for the ring').to.be.at.least(64 + 12);
    } finally {
      header.remove();
      document.documentElement.style.scrollPaddingTop = '';
    }
  });

  it('draws the mark as a ring, not by colour alone, and fades it', async () => {
    history.replaceState(null, '', '#nerve-damage');
    const wrapper = await fixture(page());
    await updated(wrapper);
    const [item] = marked(wrapper.querySelector('care-risk-list')!);
    const style = getComputedStyle(item);
    expect(style.outlineStyle).to.equal('solid');
    expect(parseFloat(style.outlineWidth)).to.be.at.least(2);
    const fades = item.getAnimations().filter((a) => (a as CSSAnimation).animationName === 'care-target-fade');
    expect(fades).to.have.length(1);
  });

  it('opens a compact step to show what the link points at', async () => {
    history.replaceState(null, '', '#processing');
    const wrapper = await fixture(html`<care-guide .guide=${guide}><care-procedure-timeline compact></care-procedure-timeline></care-guide>`);
    await updated(wrapper);
    const el = wrapper.querySelector('care-procedure-timeline')!;
    await el.updateComplete;
    const [item] = marked(el);
    expect(item.querySelector<HTMLElement>('[part="description"]')!.hidden).to.equal(false);
    expect(item.querySelector('[part="toggle"]')!.getAttribute('aria-expanded')).to.equal('true');
  });

  it('opens a compact step a link names in the one update that first shows the timeline', async () => {
    history.replaceState(null, '', '#processing');
    const wrapper = await fixture<HTMLElement>(html`<care-guide .guide=${guide}></care-guide>`);
    const el = document.createElement('care-procedure-timeline');
    el.compact = true;
    let updates = 0;
    el.addController({ hostUpdated: () => updates++ });
    wrapper.append(el);
    await el.updateComplete;
    await new Promise(requestAnimationFrame);
    expect(updates, 'one update shows the step open').to.equal(1);
    const [item] = marked(el);
    expect(item.querySelector('[part="toggle"]')!.getAttribute('aria-expanded')).to.equal('true');
  });

  it('marks a step when a guide fetched later brings it', async () => {
    history.replaceState(null, '', '#aftercare');
    const wrapper = document.createElement('care-guide');
    wrapper.src = packUrl;
    wrapper.innerHTML = '<care-procedure-timeline></care-procedure-timeline>';
    const loaded = oneEvent(wrapper, 'care-guide-load');
    document.body.append(wrapper);
    try {
      await loaded;
      const el = wrapper.querySelector('care-procedure-timeline')!;
      await el.updateComplete;
      expect(marked(el)[0]?.textContent).to.contain('Aftercare');
    } finally {
      wrapper.remove();
    }
  });

  it('lets an element of the page with that id win: no item is revealed', async () => {
    history.replaceState(null, '', '#main');
    const wrapper = await fixture(html`<div>
      <a href="#main">Skip to content</a>
      <main id="main" tabindex="-1">
        <care-faq-accordion .items=${[{ id: 'main', question: 'What is the main point?', answer: 'Ask your doctor.' }]}></care-faq-accordion>
        <care-topic-list .items=${[{ id: 'main', title: 'Main', description: 'A topic.' }]}></care-topic-list>
      </main>
    </div>`);
    await updated(wrapper);
    const faq = wrapper.querySelector<CareFaqAccordion>('care-faq-accordion')!;
    expect(faq.openItems).to.deep.equal([]);
    expect(faq.shadowRoot!.activeElement).to.equal(null);
    expect(marked(wrapper.querySelector('care-topic-list')!)).to.have.length(0);
  });

  // The first search of the page: its code is still on its way as the link is followed, and may hide the question once it comes.
  it('ends a query the page gave that would hide the question named on load, and opens, scrolls to and focuses it', async () => {
    history.replaceState(null, '', '#safe');
    const faq = await fixture<CareFaqAccordion>(html`<care-faq-accordion searchable query="insurance" .items=${searched}></care-faq-accordion>`);
    await faq.updateComplete;
    const question = faq.shadowRoot!.querySelector<HTMLElement>('#q-safe')!;
    expect(faq.shadowRoot!.querySelector<HTMLInputElement>('[part="search"]')!.value, 'the search box is emptied').to.equal('');
    expect(listed(faq), 'every question is listed').to.deep.equal(['Is it safe?', 'What does it cost?']);
    expect(faq.openItems).to.deep.equal(['safe']);
    expect(faq.shadowRoot!.activeElement, 'the question has focus').to.equal(question);
    expect(inView(question), 'scrolled into view').to.equal(true);
  });

  // The query fetches the search's code, which updateComplete waits for: the search has hidden the question before the link is followed.
  it('clears a search that hides the question a link names, then opens, scrolls to and focuses it', async () => {
    const wrapper = await fixture(html`<div><a href="#safe">Is it safe?</a>
      <care-faq-accordion searchable query="insurance" .items=${searched}></care-faq-accordion>
    </div>`);
    const faq = wrapper.querySelector<CareFaqAccordion>('care-faq-accordion')!;
    await faq.updateComplete;
    const root = faq.shadowRoot!;
    const box = root.querySelector<HTMLInputElement>('[part="search"]')!;
    expect(listed(faq), 'the search hides the question').to.deep.equal(['What does it cost?']);
    const changed = oneEvent(window, 'hashchange');
    let updates = 0;
    faq.addController({ hostUpdated: () => updates++ });
    wrapper.querySelector('a')!.click();
    await changed;
    await faq.updateComplete;
    await new Promise(requestAnimationFrame);
    expect(updates, 'one update shows the question').to.equal(1);
    const question = root.querySelector<HTMLElement>('#q-safe')!;
    expect(box.value, 'the search box is emptied').to.equal('');
    expect(listed(faq), 'every question is listed again').to.deep.equal(['Is it safe?', 'What does it cost?']);
    expect(question.getAttribute('aria-expanded')).to.equal('true');
    expect(faq.openItems).to.deep.equal(['safe']);
    expect(root.activeElement, 'the question has focus').to.equal(question);
    expect(inView(question), 'scrolled into view').to.equal(true);
  });

  /** The page of CMS-written questions, loaded in a frame with `hash`, its accordion updated. */
  async function loadQuestions(hash: string): Promise<{ frame: HTMLIFrameElement; faq: CareFaqAccordion }> {
    const frame = document.createElement('iframe');
    frame.style.cssText = 'inline-size: 40rem; block-size: 30rem';
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    frame.src = `/test/pages/deep-link-child.html${hash}`;
    document.body.append(frame);
    await loaded;
    await frame.contentWindow!.customElements.whenDefined('care-faq-accordion');
    const faq = frame.contentDocument!.querySelector<CareFaqAccordion>('care-faq-accordion')!;
    await faq.updateComplete;
    return { frame, faq };
  }

  // The browser scrolls to that child itself as the page loads, and Chromium takes focus away as it does.
  it('opens, scrolls to and focuses a CMS-written question whose tag has the id, when the page loads with it', async () => {
    const { frame, faq } = await loadQuestions('#bring');
    try {
      expect(faq.openItems).to.deep.equal(['bring']);
      expect(faq.shadowRoot!.activeElement?.id, 'the question has focus').to.equal('q-bring');
      const { top } = faq.shadowRoot!.activeElement!.getBoundingClientRect();
      expect(top, 'in view, with room above for the focus ring').to.be.within(12, frame.clientHeight - 1);
    } finally {
      frame.remove();
    }
  });

  it('leaves a page that loads with the id of its own heading there, though a question has that id too', async () => {
    const { frame, faq } = await loadQuestions('#what-to-wear');
    try {
      expect(faq.openItems).to.deep.equal([]);
      expect(faq.shadowRoot!.activeElement).to.equal(null);
    } finally {
      frame.remove();
    }
  });

  it('reveals a CMS-written item by the id on its tag', async () => {
    history.replaceState(null, '', '#parking');
    const el = await fixture<CareFaqAccordion>(html`<care-faq-accordion>
      <care-faq-item question="Where do I park?" id="parking">Behind the building.</care-faq-item>
    </care-faq-accordion>`);
    await el.updateComplete;
    await el.updateComplete;
    expect(el.openItems).to.deep.equal(['parking']);
  });

  it('does not reveal again when an accordion is moved: focus and open state stay where the reader left them', async () => {
    history.replaceState(null, '', '#cost');
    const wrapper = await fixture(html`<div><care-guide .guide=${guide}><care-faq-accordion></care-faq-accordion></care-guide><button>elsewhere</button></div>`);
    const faq = wrapper.querySelector<CareFaqAccordion>('care-faq-accordion')!;
    await updated(wrapper);
    await faq.updateComplete;
    expect(faq.openItems).to.deep.equal(['cost']);
    faq.toggle('cost', false);
    const elsewhere = wrapper.querySelector('button')!;
    elsewhere.focus();
    const guideEl = wrapper.querySelector('care-guide')!;
    guideEl.remove();
    wrapper.prepend(guideEl);
    await faq.updateComplete;
    await faq.updateComplete;
    expect(faq.openItems).to.deep.equal([]);
    expect(document.activeElement).to.equal(elsewhere);
  });

  it('reveals the same item again when the reader follows its link a second time', async () => {
    const wrapper = await fixture(page());
    await updated(wrapper);
    const faq = wrapper.querySelector<CareFaqAccordion>('care-faq-accordion')!;
    for (const hash of ['#cost', '#is-it-safe', '#cost']) {
      const changed = oneEvent(window, 'hashchange');
      location.hash = hash;
      await changed;
      await faq.updateComplete;
      await faq.updateComplete;
      faq.hideAll();
    }
    expect(faq.shadowRoot!.activeElement?.textContent).to.contain('cost');
  });

  // The browser fires no hashchange for a link to the fragment it is at, and cannot find the target in a shadow root.
  it('reveals an item again when a link to the fragment the page is at is followed again', async () => {
    const wrapper = await fixture(html`<div><a href="#cost">What does it cost?</a><button>elsewhere</button>${page()}</div>`);
    await updated(wrapper);
    const faq = wrapper.querySelector<CareFaqAccordion>('care-faq-accordion')!;
    const link = wrapper.querySelector('a')!;
    const changed = oneEvent(window, 'hashchange');
    link.click();
    await changed;
    await faq.updateComplete;
    await faq.updateComplete;
    expect(faq.openItems).to.deep.equal(['cost']);
    faq.hideAll();
    wrapper.querySelector('button')!.focus();
    link.click();
    await faq.updateComplete;
    await faq.updateComplete;
    expect(faq.openItems, 'opened again').to.deep.equal(['cost']);
    expect(faq.shadowRoot!.activeElement?.textContent, 'focused again').to.contain('cost');
  });

  it('takes a reader to a source again when a citation of it is followed a second time', async () => {
    const wrapper = await fixture(html`<div><button>elsewhere</button><care-guide .guide=${guide}>
      <care-benefits-card></care-benefits-card>
      <care-review-note></care-review-note>
    </care-guide></div>`);
    await updated(wrapper);
    const note = wrapper.querySelector('care-review-note')!;
    const citation = wrapper.querySelector('care-benefits-card')!.shadowRoot!.querySelector<HTMLAnchorElement>('[part="citations"] a')!;
    const changed = oneEvent(window, 'hashchange');
    citation.click();
    await changed;
    await updated(wrapper);
    const focusedSource = () => note.shadowRoot!.activeElement?.getAttribute('data-id');
    expect(focusedSource(), 'the source is focused').to.equal(citation.hash.slice(1));
    wrapper.querySelector('button')!.focus();
    citation.click();
    await updated(wrapper);
    expect(focusedSource(), 'focused again').to.equal(citation.hash.slice(1));
  });

  // Each click is cancelled on the window, after the elements have heard it, so that nothing opens.
  it('leaves a link to the fragment the page is at alone when it opens elsewhere, or a script of the page took it', async () => {
    const wrapper = await fixture(html`<div><a href="#cost">What does it cost?</a>${page()}</div>`);
    await updated(wrapper);
    const faq = wrapper.querySelector<CareFaqAccordion>('care-faq-accordion')!;
    history.replaceState(null, '', '#cost');
    faq.hideAll();
    await faq.updateComplete;
    const link = wrapper.querySelector('a')!;
    const cases: [string, MouseEventInit, () => void][] = [
      ['in a new tab', {}, () => link.setAttribute('target', '_blank')],
      ['with Ctrl', { ctrlKey: true }, () => link.removeAttribute('target')],
      ['with Shift', { shiftKey: true }, () => {}],
      ['as a download', {}, () => link.setAttribute('download', '')],
      ['by a script of the page', {}, () => {
        link.removeAttribute('download');
        link.addEventListener('click', (event) => event.preventDefault(), { once: true });
      }],
    ];
    for (const [how, init, arrange] of cases) {
      arrange();
      window.addEventListener('click', (event) => event.preventDefault(), { once: true });
      link.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, composed: true, ...init }));
      await faq.updateComplete;
      expect(faq.openItems, how).to.deep.equal([]);
    }
  });

  it('moves the mark to the item a later link names: one ring, on that item', async () => {
    history.replaceState(null, '', '#nerve-damage');
    const wrapper = await fixture(page());
    await updated(wrapper);
    const risks = wrapper.querySelector('care-risk-list')!;
    expect(marked(risks).map((item) => item.dataset.id)).to.deep.equal(['nerve-damage']);
    const changed = oneEvent(window, 'hashchange');
    location.hash = '#bleeding';
    await changed;
    await updated(wrapper);
    expect(marked(risks).map((item) => item.dataset.id), 'the first item’s ring is gone').to.deep.equal(['bleeding']);
  });

  it('lets the reader search again after a link ended the search', async () => {
    history.replaceState(null, '', '#safe');
    const faq = await fixture<CareFaqAccordion>(html`<care-faq-accordion searchable query="insurance" .items=${searched}></care-faq-accordion>`);
    await faq.updateComplete;
    expect(listed(faq), 'the link ended the search').to.deep.equal(['Is it safe?', 'What does it cost?']);
    const box = faq.shadowRoot!.querySelector<HTMLInputElement>('[part="search"]')!;
    box.focus();
    await sendKeys({ type: 'insurance' });
    await faq.updateComplete;
    expect(box.value, 'the search box keeps what the reader typed').to.equal('insurance');
    expect(listed(faq), 'the search filters again').to.deep.equal(['What does it cost?']);
  });
});
