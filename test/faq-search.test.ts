import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '../src/faq-accordion/define.js';
import type { CareFaqAccordion } from '../src/faq-accordion/faq-accordion.js';
import { FaqSearch, QUIET_MS } from '../src/internal/faq-search.js';
import { provideFaqSearch } from '../src/internal/faq-search-loader.js';
import { liveRanges, recordEvents, settled, useWarnings } from './helpers.js';
import { useStatusClock } from './status-clock.js';

/** What a reader of the FAQ's search hears in its status line, and which answers show why a question matched. */
const items = [
  { id: 'safe', question: 'Is it safe?', answer: 'Generally, yes. Ask your doctor about the risks.' },
  { id: 'recovery', question: 'How long is recovery?', answer: 'It varies from person to person.' },
  { id: 'cost', question: 'What does it cost?', answer: 'It can be expensive; ask whether insurance covers it.' },
];

const root = (el: CareFaqAccordion) => el.shadowRoot!;
const box = (el: CareFaqAccordion) => root(el).querySelector<HTMLInputElement>('input[type="search"]')!;
const statusLine = (el: CareFaqAccordion) => root(el).querySelector<HTMLElement>('[role="status"]')!;
const said = (el: CareFaqAccordion) => statusLine(el).textContent!.trim();
/** What a sighted reader sees in the status line; screen readers hear the live region instead. */
const shown = (el: CareFaqAccordion) => root(el).querySelector('[part="status"]')!.textContent!.trim();
const buttons = (el: CareFaqAccordion) => [...root(el).querySelectorAll<HTMLButtonElement>('button[aria-controls]')];
const listed = (el: CareFaqAccordion) => buttons(el).filter((b) => b.checkVisibility()).map((b) => b.textContent!.trim());
/** Whether a reader sees an answer: its first element, the data's paragraph or the CMS child, is rendered. */
const seen = (answer: Element) => {
  const slot = answer.querySelector('slot');
  const first = slot ? slot.assignedElements({ flatten: true })[0] : answer.firstElementChild;
  return first?.checkVisibility() ?? false;
};
/** The questions whose answers a reader sees. */
const showing = (el: CareFaqAccordion) =>
  [...root(el).querySelectorAll('[part="description"]')].filter(seen).map((answer) => root(el).getElementById(answer.id.replace(/^a-/, 'q-'))!.textContent!.trim());
const expanded = (el: CareFaqAccordion) => buttons(el).filter((b) => b.getAttribute('aria-expanded') === 'true').map((b) => b.textContent!.trim());
/** The marked words a reader can see: ranges of the accordion's highlight with a box on the page. */
const visibleMarks = () =>
  [...CSS.highlights.values()].flatMap(liveRanges).filter((range) => range.getBoundingClientRect().width > 0).map(String);

/** Records what the live region says from now on; the returned function stops and gives each thing said, in order. */
function listen(el: CareFaqAccordion): () => Promise<string[]> {
  const heard: string[] = [];
  const observer = new MutationObserver(() => heard.push(said(el)));
  observer.observe(statusLine(el), { childList: true, characterData: true, subtree: true });
  return async () => {
    // Mutation records are delivered in a microtask.
    await null;
    observer.disconnect();
    return heard.filter(Boolean);
  };
}

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
  const toggles = recordEvents(document, 'care-faq-toggle');
  afterEach(() => CSS.highlights.clear());

  describe('status line', () => {
    it('filters at each keystroke and announces the count once the reader pauses', async () => {
      const el = await withItems();
      await type(el, 'insurance');
      expect(listed(el), 'the list follows at once').to.deep.equal(['What does it cost?']);
      expect(shown(el), 'and the count a reader sees').to.equal('1 of 3 questions matches');
      expect(said(el), 'nothing said while typing').to.equal('');
      expect(clock.waiting()).to.deep.equal([QUIET_MS]);
      await clock.pause(el);
      expect(said(el)).to.equal('1 of 3 questions matches');
      await settled(el);
      await expect(el).to.be.accessible();
      await type(el, ' zebra');
      expect(listed(el)).to.deep.equal([]);
      expect(shown(el)).to.equal('No questions match “insurance zebra”');
      expect(said(el), 'nothing while typing again').to.equal('');
      await clock.pause(el);
      expect(said(el)).to.equal('No questions match “insurance zebra”');
    });

    it('says the only question matches, seen and heard, where "1 of 1 questions matches" would be wrong', async () => {
      const el = await withItems();
      el.items = items.slice(0, 1);
      await search(el, 'safe');
      await clock.pause(el);
      expect(listed(el)).to.deep.equal(['Is it safe?']);
      expect([shown(el), said(el)]).to.deep.equal(['The only question matches', 'The only question matches']);
      await search(el, 'zebra');
      await clock.pause(el);
      expect([shown(el), said(el)]).to.deep.equal(['No questions match “zebra”', 'No questions match “zebra”']);
    });

    it('quotes back at most 60 characters of a search that matches nothing, whole characters, seen and heard', async () => {
      const el = await withItems();
      await search(el, `${'ab'.repeat(29)}x😀${'y'.repeat(100_000)}`);
      await clock.pause(el);
      const expected = `No questions match “${'ab'.repeat(29)}x😀…”`;
      expect(shown(el)).to.equal(expected);
      expect(said(el)).to.equal(expected);
      await search(el, 'zebra'.repeat(12));
      expect(shown(el), 'a search of exactly 60 characters is quoted whole').to.equal(`No questions match “${'zebra'.repeat(12)}”`);
    });

    it('speaks once for a word typed in one go, not once per letter', async () => {
      const el = await withItems();
      const heard = listen(el);
      await type(el, 'zz');
      await type(el, 'z');
      await clock.pause(el);
      expect(await heard()).to.deep.equal(['No questions match “zzz”']);
    });

    it('hides the seen line from screen readers, which hear the same words from the live region', async () => {
      const el = await withItems();
      await type(el, 'insurance');
      await clock.pause(el);
      const seenLine = root(el).querySelector('[part="status"]')!;
      expect(seenLine.getAttribute('aria-hidden')).to.equal('true');
      expect(statusLine(el).checkVisibility(), 'the live region is rendered, for screen readers').to.equal(true);
      expect(statusLine(el).getBoundingClientRect().width, 'the live region takes no room').to.be.at.most(1);
      expect(said(el)).to.equal(shown(el));
      expect(box(el).getAttribute('aria-describedby'), 'the box is described by the count, for a reader who comes back to it').to.equal(seenLine.id);
    });

    it('speaks the count after each pause, when a new search has as many matches as the last', async () => {
      const el = await withItems();
      const heard = listen(el);
      await type(el, 'insurance');
      await clock.pause(el);
      box(el).select();
      await type(el, 'recovery');
      await clock.pause(el);
      expect(listed(el)).to.deep.equal(['How long is recovery?']);
      expect(await heard()).to.deep.equal(['1 of 3 questions matches', '1 of 3 questions matches']);
    });

    it('drops the count still to be said when the accordion is removed', async () => {
      const el = await withItems();
      await type(el, 'insurance');
      expect(clock.waiting()).to.deep.equal([QUIET_MS]);
      el.remove();
      expect(clock.waiting()).to.deep.equal([]);
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

  describe('answers that say why a question matched', () => {
    it('shows an answer holding the words its question lacks, and closes it when the search no longer needs it', async () => {
      const el = await withItems();
      await type(el, 'insurance');
      expect(showing(el)).to.deep.equal(['What does it cost?']);
      expect(expanded(el), 'its button says so').to.deep.equal(['What does it cost?']);
      expect(visibleMarks(), 'the match is marked where the reader sees it').to.deep.equal(['insurance']);
      expect(root(el).activeElement, 'focus stays in the search box').to.equal(box(el));
      await settled(el);
      await expect(el).to.be.accessible();

      await search(el, 'cost');
      expect(showing(el), 'the question says why: its answer closes').to.deep.equal([]);
      await search(el, 'insurance');
      await search(el, '');
      expect(showing(el)).to.deep.equal([]);
      expect(el.openItems, 'what the reader opened is unchanged').to.deep.equal([]);
      expect(toggles, 'no care-faq-toggle the reader did not cause').to.deep.equal([]);
    });

    it('leaves the answers the reader opened open, and those closed that only a search opened', async () => {
      const el = await withItems();
      buttons(el)[1].click();
      await search(el, 'person');
      expect(showing(el)).to.deep.equal(['How long is recovery?']);
      await search(el, 'ask');
      expect(showing(el)).to.deep.equal(['Is it safe?', 'What does it cost?']);
      await search(el, '');
      expect(showing(el)).to.deep.equal(['How long is recovery?']);
      expect(toggles.map((event) => event.detail)).to.deep.equal([{ id: 'recovery', open: true }]);
    });

    it('lets the reader close a shown answer, which stays closed until the search ends', async () => {
      const el = await withItems();
      await search(el, 'doctor');
      buttons(el)[0].click();
      await el.updateComplete;
      expect(showing(el)).to.deep.equal([]);
      expect(expanded(el)).to.deep.equal([]);
      await search(el, 'doctor risks');
      expect(showing(el), 'typing on does not reopen it').to.deep.equal([]);
      buttons(el)[0].click();
      await search(el, '');
      expect(showing(el), 'opened by the reader, it is theirs').to.deep.equal(['Is it safe?']);
      buttons(el)[0].click();
      await search(el, 'doctor');
      expect(showing(el), 'a new search shows it again').to.deep.equal(['Is it safe?']);
    });

    it('closes what it showed on "Hide all", and leaves the answers it hides as they were', async () => {
      const el = await withItems('toggle-all');
      buttons(el)[0].click();
      buttons(el)[2].click();
      await search(el, 'person');
      expect(showing(el)).to.deep.equal(['How long is recovery?']);
      const toggleAll = root(el).querySelector<HTMLButtonElement>('[part="toggle-all-button"]')!;
      expect(toggleAll.textContent!.trim(), 'every listed answer shows').to.equal('Hide all');
      toggleAll.click();
      await el.updateComplete;
      expect(showing(el)).to.deep.equal([]);
      expect(toggles.map((event) => event.detail), 'nothing the reader had opened closed unseen').to.deep.equal([
        { id: 'safe', open: true },
        { id: 'cost', open: true },
      ]);
      await search(el, '');
      expect(showing(el)).to.deep.equal(['Is it safe?', 'What does it cost?']);
    });

    it('offers "Show all" for the listed questions only, while a search is on', async () => {
      const el = await withItems('toggle-all');
      const toggleAll = root(el).querySelector<HTMLButtonElement>('[part="toggle-all-button"]')!;
      await search(el, 'is');
      buttons(el)[0].click();
      await el.updateComplete;
      expect(listed(el)).to.deep.equal(['Is it safe?', 'How long is recovery?']);
      expect(toggleAll.textContent!.trim(), 'one listed answer still closed').to.equal('Show all');
      buttons(el)[1].click();
      await el.updateComplete;
      expect(toggleAll.textContent!.trim(), 'every listed answer shows').to.equal('Hide all');
      expect(toggleAll.getAttribute('aria-expanded')).to.equal('true');
    });

    it('opens the listed answers only on "Show all", while a search is on', async () => {
      const el = await withItems('toggle-all');
      const toggleAll = root(el).querySelector<HTMLButtonElement>('[part="toggle-all-button"]')!;
      await search(el, 'is');
      toggleAll.click();
      await el.updateComplete;
      expect(showing(el)).to.deep.equal(['Is it safe?', 'How long is recovery?']);
      expect(el.openItems).to.deep.equal(['safe', 'recovery']);
      await search(el, '');
      expect(showing(el), 'the question the search hid is still closed').to.deep.equal(['Is it safe?', 'How long is recovery?']);
      expect(toggleAll.textContent!.trim()).to.equal('Show all');
    });

    it('hides "Show all" while a search lists no question, in its place, and the empty list, and shows them again when one is listed', async () => {
      const el = await withItems('toggle-all');
      const toggleAll = root(el).querySelector<HTMLButtonElement>('[part="toggle-all-button"]')!;
      const boxWidth = () => box(el).getBoundingClientRect().width;
      const before = boxWidth();
      await search(el, 'anaesthetic');
      expect(listed(el)).to.deep.equal([]);
      expect(toggleAll.checkVisibility({ visibilityProperty: true }), 'a button with nothing to open or close').to.equal(false);
      toggleAll.focus();
      expect(root(el).activeElement, 'nor can it take focus').to.not.equal(toggleAll);
      expect(boxWidth(), 'the search box the reader types in keeps its width').to.equal(before);
      const list = root(el).querySelector('[part="list"]')!;
      expect(list.checkVisibility(), 'no empty list, whose top divider would underline the status line').to.equal(false);
      await search(el, 'cost');
      expect(list.checkVisibility()).to.equal(true);
      expect(toggleAll.checkVisibility({ visibilityProperty: true })).to.equal(true);
      expect(toggleAll.textContent!.trim()).to.equal('Show all');
      expect(toggleAll.getAttribute('aria-expanded')).to.equal('false');
    });

    it('leaves no empty row where "Show all", below the search box at 320 px, is hidden', async () => {
      await setViewport({ width: 320, height: 640 });
      try {
        const el = await withItems('toggle-all');
        const toggleAll = root(el).querySelector<HTMLButtonElement>('[part="toggle-all-button"]')!;
        const withoutButton = await withItems();
        /** The space between the search box and the status line below it. */
        const gap = (faq: CareFaqAccordion) => root(faq).querySelector('[part="status"]')!.getBoundingClientRect().top - box(faq).getBoundingClientRect().bottom;
        await search(el, 'cost');
        expect(toggleAll.getBoundingClientRect().top, '"Show all" sits below the box').to.be.at.least(box(el).getBoundingClientRect().bottom);
        await Promise.all([search(el, 'anaesthetic'), search(withoutButton, 'anaesthetic')]);
        expect(gap(el), 'the status line follows the box as closely as without the button').to.equal(gap(withoutButton));
      } finally {
        await setViewport({ width: 800, height: 600 });
      }
    });

    it('keeps --care-faq-accordion-gap between questions only: none above the first a search lists, none after the last', async () => {
      const el = document.createElement('care-faq-accordion');
      el.searchable = true;
      el.style.setProperty('--care-faq-accordion-gap', '12px');
      el.items = [
        { question: 'Is it safe?', answer: 'Generally, yes.' },
        { question: 'Where is the clinic?', answer: 'In the town centre.' },
        { question: 'When is the clinic open?', answer: 'On weekdays.' },
      ];
      document.body.append(el);
      await el.updateComplete;
      const list = root(el).querySelector<HTMLElement>('[part="list"]')!;
      const box = (i: number) => root(el).querySelectorAll('[part="item"]')[i].getBoundingClientRect();
      /** Where the questions start: below the list's top divider. */
      const listTop = () => list.getBoundingClientRect().top + list.clientTop;
      expect(box(0).top, 'the first question starts the list').to.be.closeTo(listTop(), 0.5);
      expect(box(1).top - box(0).bottom, 'between the first and second').to.be.closeTo(12, 0.5);
      expect(box(2).top - box(1).bottom, 'between the second and third').to.be.closeTo(12, 0.5);
      const after = document.createElement('p');
      el.after(after);
      after.style.margin = '5px 0 0';
      after.textContent = 'What follows the FAQ';
      try {
        expect(after.getBoundingClientRect().top - box(2).bottom, 'what follows the FAQ keeps its own margin, and no gap').to.be.closeTo(5, 0.5);
      } finally {
        after.remove();
      }
      await search(el, 'clinic');
      expect(listed(el)).to.deep.equal(['Where is the clinic?', 'When is the clinic open?']);
      expect(box(1).top, 'the first question listed starts the list').to.be.closeTo(listTop(), 0.5);
      expect(box(2).top - box(1).bottom, 'between the two listed').to.be.closeTo(12, 0.5);
    });

    it('fits the search box in a 160 px column, a 320 px phone zoomed to 200 %, with no sideways scroll', async () => {
      await setViewport({ width: 160, height: 640 });
      try {
        const el = await withItems('toggle-all');
        expect(box(el).getBoundingClientRect().right, 'the box ends inside the page').to.be.at.most(document.documentElement.clientWidth);
        expect(document.documentElement.scrollWidth, 'no sideways scroll').to.be.at.most(160);
        expect(box(el).getBoundingClientRect().width, 'the box still takes the row').to.be.at.least(root(el).querySelector('[part="controls"]')!.getBoundingClientRect().width - 1);
      } finally {
        await setViewport({ width: 800, height: 600 });
      }
    });

    it('shows one answer at most in single mode, and none over the one the reader opened', async () => {
      const el = await withItems('single');
      await search(el, 'ask');
      expect(showing(el), 'the first of two').to.deep.equal(['Is it safe?']);
      buttons(el)[2].click();
      await el.updateComplete;
      expect(showing(el), 'opening another closes it').to.deep.equal(['What does it cost?']);
      await search(el, 'it');
      expect(showing(el)).to.deep.equal(['What does it cost?']);
      await search(el, 'generally');
      expect(showing(el), 'the open answer is not listed: the one that matched shows').to.deep.equal(['Is it safe?']);
      await search(el, '');
      expect(showing(el)).to.deep.equal(['What does it cost?']);
      expect(toggles.map((event) => event.detail)).to.deep.equal([{ id: 'cost', open: true }]);
    });

    it('shows the answer of a CMS child, leaving its open attribute to the reader', async () => {
      const el = await fixture<CareFaqAccordion>(html`<care-faq-accordion searchable>
        <care-faq-item question="Where do I park?">Behind the <strong>building</strong>.</care-faq-item>
        <care-faq-item question="Can someone come with me?">Yes. We recommend that someone drives you home.</care-faq-item>
      </care-faq-accordion>`);
      await type(el, 'building');
      expect(showing(el)).to.deep.equal(['Where do I park?']);
      const [park] = el.querySelectorAll('care-faq-item');
      expect(park.querySelector('strong')!.checkVisibility(), 'the answer is seen').to.equal(true);
      expect(visibleMarks()).to.deep.equal(['building']);
      expect(park.hasAttribute('open')).to.equal(false);
      expect(root(el).activeElement).to.equal(box(el));
      await search(el, '');
      expect(park.querySelector('strong')!.checkVisibility()).to.equal(false);
      expect(toggles).to.deep.equal([]);
      el.remove();
    });
  });
});
