import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/faq-accordion/define.js';
import type { CareFaqAccordion } from '../src/faq-accordion/faq-accordion.js';
import { FaqSearch, QUIET_MS } from '../src/internal/faq-search.js';
import { provideFaqSearch } from '../src/internal/faq-search-loader.js';
import { settled, useWarnings } from './helpers.js';
import { useStatusClock } from './status-clock.js';

/** What a reader of the FAQ's search hears in its status line. */
const items = [
  { id: 'safe', question: 'Is it safe?', answer: 'Generally, yes. Ask your doctor about the risks.' },
  { id: 'recovery', question: 'How long is recovery?', answer: 'It varies from person to person.' },
  { id: 'cost', question: 'What does it cost?', answer: 'It can be expensive; ask whether insurance covers it.' },
];

const root = (el: CareFaqAccordion) => el.shadowRoot!;
const box = (el: CareFaqAccordion) => root(el).querySelector<HTMLInputElement>('input[type="search"]')!;
const statusLine = (el: CareFaqAccordion) => root(el).querySelector<HTMLElement>('[role="status"]')!;
const said = (el: CareFaqAccordion) => statusLine(el).textContent!.trim();
const buttons = (el: CareFaqAccordion) => [...root(el).querySelectorAll<HTMLButtonElement>('button[aria-controls]')];
const listed = (el: CareFaqAccordion) => buttons(el).filter((b) => b.checkVisibility()).map((b) => b.textContent!.trim());

async function withItems(attrs = ''): Promise<CareFaqAccordion> {
  const el = document.createElement('care-faq-accordion');
  for (const attr of `searchable ${attrs}`.split(' ').filter(Boolean)) el.setAttribute(attr, '');
  el.items = items;
  document.body.append(el);
  await el.updateComplete;
  return el;
}

async function type(el: CareFaqAccordion, text: string) {
  box(el).focus();
  await sendKeys({ type: text });
  await el.updateComplete;
}

async function search(el: CareFaqAccordion, query: string) {
  el.query = query;
  await el.updateComplete;
}

describe('FAQ search', () => {
  // Here from the start, as on a hydrating page: how it is fetched is faq-search-loading.test.ts's.
  before(() => provideFaqSearch(FaqSearch));
  useWarnings('body > care-faq-accordion');
  const clock = useStatusClock();

  describe('status line', () => {
    it('filters at each keystroke and announces the count once the reader pauses', async () => {
      const el = await withItems();
      await type(el, 'insurance');
      expect(listed(el), 'the list follows at once').to.deep.equal(['What does it cost?']);
      expect(said(el), 'nothing said while typing').to.equal('');
      expect(clock.waiting()).to.deep.equal([QUIET_MS]);
      await clock.pause(el);
      expect(said(el)).to.equal('1 of 3 questions matches');
      await settled(el);
      await expect(el).to.be.accessible();
      await type(el, ' zebra');
      expect(listed(el)).to.deep.equal([]);
      expect(said(el), 'the last pause’s count until the next').to.equal('1 of 3 questions matches');
      await clock.pause(el);
      expect(said(el)).to.equal('No questions match “insurance zebra”');
    });

    it('speaks once for a word typed in one go, not once per letter', async () => {
      const el = await withItems();
      const heard: string[] = [];
      const observer = new MutationObserver(() => heard.push(said(el)));
      observer.observe(statusLine(el), { childList: true, characterData: true, subtree: true });
      await type(el, 'zz');
      await type(el, 'z');
      await clock.pause(el);
      await null;
      observer.disconnect();
      expect(heard.filter(Boolean)).to.deep.equal(['No questions match “zzz”']);
    });

    it('waits afresh at each keystroke: a pause is counted from the last one', async () => {
      const el = await withItems();
      await type(el, 'a');
      await type(el, 's');
      expect(clock.waiting(), 'one wait, the first given up').to.deep.equal([QUIET_MS]);
    });

    it('clears the message at once when the query is cleared, and a later pause says nothing', async () => {
      const el = await withItems();
      await search(el, 'it');
      await clock.pause(el);
      expect(said(el)).to.equal('3 of 3 questions match');
      await search(el, 'is');
      await search(el, '');
      expect(said(el)).to.equal('');
      expect(clock.waiting(), 'no announcement still to come').to.deep.equal([]);
      expect(listed(el)).to.have.length(3);
    });

    it('says at once what a query the page gave matches: nobody is typing', async () => {
      const el = await fixture<CareFaqAccordion>(html`<care-faq-accordion searchable query="insurance" .items=${items}></care-faq-accordion>`);
      expect(said(el)).to.equal('1 of 3 questions matches');
      expect(clock.waiting()).to.deep.equal([]);
      el.remove();
    });
  });
});
