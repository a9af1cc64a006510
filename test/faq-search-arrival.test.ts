import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/faq-accordion/define.js';
import type { CareFaqAccordion } from '../src/faq-accordion/faq-accordion.js';
import { searchSource } from '../src/internal/faq-search-loader.js';
import type { FaqSearch } from '../src/internal/faq-search.js';
import { chunkStandIn } from './helpers.js';
import { useStatusClock } from './status-clock.js';

/**
 * The search code coming while the reader types, in a page of its own: once it has come it stays
 * for the page, and the tests of it on its way (faq-search-loading) need a page where it has not.
 */
const items = [
  { question: 'Is it safe?', answer: 'Generally, yes. Ask your doctor about the risks.' },
  { question: 'What does it cost?', answer: 'It can be expensive; ask whether insurance covers it.' },
  { question: 'Where is the café?', answer: 'On the ground floor.' },
];

describe('the FAQ search code, coming while the reader types', () => {
  const clock = useStatusClock();
  let network: ReturnType<typeof chunkStandIn<{ FaqSearch: typeof FaqSearch }>>;
  beforeEach(() => (network = chunkStandIn(searchSource, () => import('../src/internal/faq-search.js'))));
  afterEach(() => network.restore());

  it('speaks a typed count once the reader pauses, not as the code comes between two keystrokes; a query the page gave at once', async () => {
    const typed = document.createElement('care-faq-accordion');
    const given = document.createElement('care-faq-accordion');
    for (const el of [typed, given]) Object.assign(el, { searchable: true, items });
    given.query = 'floor';
    document.body.append(typed, given);
    try {
      await Promise.all([typed.updateComplete.then(() => undefined), network.nextCall()]);
      const live = (el: CareFaqAccordion) => el.shadowRoot!.querySelector('[role="status"]')!.textContent!.trim();
      typed.shadowRoot!.querySelector<HTMLInputElement>('input[type="search"]')!.focus();
      await sendKeys({ type: 'ins' });
      expect(network.calls(), 'one fetch, which both accordions wait for').to.equal(1);
      network.settle().resolve();
      await Promise.all([typed.updateComplete, given.updateComplete]);
      expect(typed.shadowRoot!.querySelector('[part="status"]')!.textContent!.trim(), 'the count shows at once').to.equal('1 of 3 questions matches');
      expect(live(typed), 'and is not spoken while the reader may still be typing').to.equal('');
      expect(live(given), 'nobody typed the query the page gave: spoken at once').to.equal('1 of 3 questions matches');
      await sendKeys({ type: 'u' });
      await clock.pause(typed);
      expect(live(typed), 'spoken once, when the reader pauses').to.equal('1 of 3 questions matches');
    } finally {
      typed.remove();
      given.remove();
    }
  });
});
