import { expect, fixture, html } from '@open-wc/testing';
import '../src/faq-accordion/define.js';
import type { CareFaqAccordion } from '../src/faq-accordion/faq-accordion.js';
import { loadStrings, wordsSource } from '../src/internal/strings.js';
import { afterMutations, chunkStandIn, useUnhandledRejections, useWarnings } from './helpers.js';

/**
 * A language's words are fetched when first shown, as other code a page may not need is: a fetch
 * that fails leaves the words in English with a warning, and the next element to show the
 * language tries again. In a page of its own, so that no other test has loaded French or German yet.
 */
describe('words of a language fetched when first shown', () => {
  const warnings = useWarnings('care-faq-accordion');
  const rejections = useUnhandledRejections();
  const items = [{ question: 'Do you park?', answer: 'Behind the building.' }];
  const showAll = (el: CareFaqAccordion) => el.shadowRoot!.querySelector('[part="toggle-all-button"]')!.textContent!.trim();
  const french = () => import('../src/strings/fr.js');

  it('stay in English when their fetch fails, and come to every element with the next one that shows the language', async () => {
    const network = chunkStandIn(wordsSource, french);
    try {
      const asked = network.nextCall();
      const first = await fixture<CareFaqAccordion>(html`<care-faq-accordion lang="fr" toggle-all .items=${[...items, ...items]}></care-faq-accordion>`);
      await asked;
      const failed = loadStrings('fr');
      network.settle().reject(new TypeError('Failed to fetch'));
      await failed.then(
        () => expect.fail('loaded'),
        () => undefined,
      );
      await first.updateComplete;
      expect(showAll(first), 'English when the words do not come').to.equal('Show all');
      expect(warnings.messages).to.deep.equal(['care-elements: the words for "fr" could not be loaded (TypeError: Failed to fetch); they stay in English.']);
      expect(network.calls(), 'one fetch for the element and the call that waited on it').to.equal(1);

      const again = network.nextCall();
      const second = await fixture<CareFaqAccordion>(html`<care-faq-accordion lang="fr" toggle-all .items=${[...items, ...items]}></care-faq-accordion>`);
      await again;
      const words = loadStrings('fr');
      network.settle().resolve();
      await words;
      await second.updateComplete;
      expect(showAll(second), 'the next element to show French fetched its words again').to.equal('Tout afficher');
      await first.updateComplete;
      expect(showAll(first), 'the element whose fetch failed shows them too, now they have come').to.equal('Tout afficher');
      expect(network.calls()).to.equal(2);
      expect(rejections, 'no unhandled rejection').to.deep.equal([]);
    } finally {
      network.restore();
    }
  });

  it('come to an element whose lang changes later to a language it has not shown', async () => {
    const el = await fixture<CareFaqAccordion>(html`<care-faq-accordion lang="en" toggle-all .items=${[...items, ...items]}></care-faq-accordion>`);
    expect(showAll(el)).to.equal('Show all');
    el.setAttribute('lang', 'de');
    await afterMutations(el);
    // Waits on the fetch the element started; a second call asks nothing more of the network.
    await loadStrings('de');
    await el.updateComplete;
    expect(showAll(el)).to.equal('Alle anzeigen');
  });
});
