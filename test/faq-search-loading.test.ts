import { expect, oneEvent } from '@open-wc/testing';
import '../src/faq-accordion/define.js';
import type { CareFaqAccordion } from '../src/faq-accordion/faq-accordion.js';
import { searchSource } from '../src/internal/faq-search-loader.js';
import type { FaqSearch } from '../src/internal/faq-search.js';
import { chunkStandIn, useUnhandledRejections, useWarnings } from './helpers.js';

/**
 * The FAQ's search code is a chunk of its own, fetched the first time a reader may search. Once
 * fetched it stays for the page, so the tests that fetch it for real come last; the others stand
 * in for the network through `searchSource`.
 */
const items = [
  { question: 'Is it safe?', answer: 'Generally, yes. Ask your doctor about the risks.' },
  { question: 'What does it cost?', answer: 'It can be expensive; ask whether insurance covers it.' },
  { question: 'Where is the café?', answer: 'On the ground floor.' },
];

const root = (el: CareFaqAccordion) => el.shadowRoot!;
const shown = (el: CareFaqAccordion) =>
  [...root(el).querySelectorAll<HTMLElement>('[part="item"]')].filter((item) => !item.hidden).map((item) => item.textContent!.trim().split('?')[0]);
const status = (el: CareFaqAccordion) => root(el).querySelector('[role="status"]')?.textContent?.trim();

async function accordion(searchable: boolean): Promise<CareFaqAccordion> {
  const el = document.createElement('care-faq-accordion');
  el.searchable = searchable;
  el.items = items;
  document.body.append(el);
  await el.updateComplete;
  return el;
}

describe('the FAQ search code, fetched when first used', () => {
  const warnings = useWarnings('body > care-faq-accordion');
  const rejections = useUnhandledRejections();
  let network: ReturnType<typeof chunkStandIn<{ FaqSearch: typeof FaqSearch }>>;
  beforeEach(() => (network = chunkStandIn(searchSource, () => import('../src/internal/faq-search.js'))));
  afterEach(() => network.restore());
  /** The accordion's update, and no more: its updateComplete also waits for the search code the update asked for. */
  const updated = (el: CareFaqAccordion) => Promise.race([network.nextCall(), el.updateComplete]);

  it('is never fetched by an accordion that is not searchable, whatever its query', async () => {
    const el = await accordion(false);
    el.query = 'cost';
    await el.updateComplete;
    expect(network.calls()).to.equal(0);
    expect(shown(el)).to.have.length(3);
    expect(status(el)).to.equal(undefined);
  });

  it('is not fetched while a searchable accordion has no query and its box no focus', async () => {
    const el = await accordion(true);
    el.query = '   ';
    await el.updateComplete;
    expect(network.calls()).to.equal(0);
    expect(root(el).querySelector('input[type="search"]'), 'the search box is there at once').to.exist;
    expect(root(el).querySelector('[role="status"]'), 'and its status line').to.exist;
  });

  it('is fetched when the search box gets focus, before the first keystroke', async () => {
    const el = await accordion(true);
    const input = root(el).querySelector<HTMLInputElement>('input[type="search"]')!;
    input.focus();
    expect(root(el).activeElement === input, 'the search box has focus').to.equal(true);
    expect(network.calls(), 'the search code is asked for as the box gets focus').to.equal(1);
    network.settle().reject(new TypeError('Failed to fetch dynamically imported module'));
    await el.updateComplete;
    expect(shown(el)).to.have.length(3);
  });

  it('answers a deep link at once while the search code is on its way', async () => {
    const el = await accordion(true);
    el.query = 'insurance';
    await updated(el);
    expect(network.calls(), 'the search code is asked for again after an earlier fetch failed').to.equal(1);
    const changed = oneEvent(window, 'hashchange');
    location.hash = '#where-is-the-cafe';
    await changed;
    // The reveal follows the element's own update; a frame later it has scrolled and focused.
    await new Promise(requestAnimationFrame);
    expect(root(el).activeElement?.textContent?.trim()).to.equal('Where is the café?');
    expect(root(el).querySelector<HTMLInputElement>('input[type="search"]')!.value, 'the query, which may hide it once the code comes, is ended').to.equal('');
    expect(network.calls(), 'the search code still on its way').to.equal(1);
    history.replaceState(null, '', location.pathname + location.search);
    network.settle().reject(new TypeError('Failed to fetch dynamically imported module'));
    await el.updateComplete;
  });

  it('shows every question while it comes and after a failed fetch; typing on asks nothing more until the box next gets focus; a removed accordion marks nothing', async () => {
    const el = await accordion(true);
    el.query = 'insurance';
    let complete = false;
    const done = el.updateComplete.then(() => (complete = true));
    await updated(el);
    expect(network.calls(), 'the search code is asked for once there is a query').to.equal(1);
    expect(shown(el), 'nothing is hidden by a search not yet run').to.have.length(3);
    expect(status(el)).to.equal('');
    expect(complete, 'updateComplete waits for the search code').to.equal(false);

    network.settle().reject(new TypeError('Failed to fetch dynamically imported module'));
    await done;
    expect(shown(el)).to.have.length(3);
    expect(status(el)).to.equal('');
    expect(root(el).querySelector<HTMLInputElement>('input[type="search"]')!.value, 'the reader keeps what they typed').to.equal('insurance');

    el.query = 'insurance cover';
    await updated(el);
    expect(network.calls(), 'no fetch per keystroke after a failure').to.equal(1);
    expect(warnings.messages.filter((m) => m.includes("the FAQ's search could not be loaded")), 'one warning').to.have.length(1);
    expect(shown(el)).to.have.length(3);

    root(el).querySelector<HTMLInputElement>('input[type="search"]')!.focus();
    expect(network.calls(), 'the box getting focus asks again').to.equal(2);
    // Another accordion waits for the same fetch, and leaves the page before it answers.
    const other = await accordion(true);
    other.query = 'floor';
    other.remove();
    network.settle().resolve();
    await Promise.all([el.updateComplete, other.updateComplete]);
    expect(network.calls()).to.equal(2);
    expect(shown(el)).to.deep.equal(['What does it cost']);
    expect(root(el).querySelector('[part="status"]')!.textContent!.trim()).to.equal('1 of 3 questions matches');
    expect(status(el), 'typed before the code came, the count is spoken once the reader pauses (faq-search-arrival)').to.equal('');
    expect([...CSS.highlights.keys()], 'marks of the accordion on the page only').to.have.length(1);
    expect(rejections, 'no unhandled rejection').to.deep.equal([]);
  });

  it('once here, serves the next accordion of the page without fetching it again', async () => {
    const el = await accordion(true);
    el.query = 'floor';
    await updated(el);
    expect(network.calls(), 'no second fetch').to.equal(0);
    expect(shown(el)).to.deep.equal(['Where is the café']);
  });
});
