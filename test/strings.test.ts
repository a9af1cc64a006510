import { expect, fixture, html } from '@open-wc/testing';
import '../src/faq-accordion/define.js';
import '../src/guide/define.js';
import type { CareFaqAccordion } from '../src/faq-accordion/faq-accordion.js';
import { en, format, registerStrings, stringsFor } from '../src/internal/strings.js';

const toggleText = (el: CareFaqAccordion) => el.shadowRoot!.querySelector('[part="toggle-all-button"]')!.textContent!.trim();
const items = [
  { question: 'A?', answer: 'a' },
  { question: 'B?', answer: 'b' },
];

describe('strings', () => {
  it('falls back from a regional language to its primary language, then to English', () => {
    // Portuguese has no built-in words: only what a page registers.
    registerStrings('pt', { showAll: 'Mostrar tudo' });
    registerStrings('pt-BR', { hideAll: 'Ocultar tudo' });
    const br = stringsFor('pt-BR');
    expect([br.showAll, br.hideAll, br.sources]).to.deep.equal(['Mostrar tudo', 'Ocultar tudo', 'Sources']);
    expect(stringsFor('xx').showAll).to.equal('Show all');
  });

  it('takes a page’s words for a region over those for its language, whatever the case of either tag', () => {
    registerStrings('pt', { showAll: 'Mostrar tudo' });
    registerStrings('pt-PT', { showAll: 'Mostrar todas' });
    expect(['pt-pt', 'PT-PT', 'pt-BR'].map((lang) => stringsFor(lang).showAll)).to.deep.equal(['Mostrar todas', 'Mostrar todas', 'Mostrar tudo']);
  });

  it('takes a page’s English words on an English page, and under a language it has no words of', async () => {
    registerStrings('en', { showAll: 'Open every answer' });
    try {
      const el = await fixture<CareFaqAccordion>(html`<care-faq-accordion toggle-all .items=${items}></care-faq-accordion>`);
      expect(toggleText(el)).to.equal('Open every answer');
      expect(stringsFor('xx').showAll).to.equal('Open every answer');
    } finally {
      registerStrings('en', { showAll: en.showAll });
    }
  });

  it('keeps the word below for a key a page registered as no text, so no button loses its name', async () => {
    // As a page's script writes a table from a translation file that lacks some keys.
    const file: Record<string, unknown> = { hideAll: 'Nascondi tutto' };
    registerStrings('it', { showAll: file.showAll, hideAll: file.hideAll } as Record<string, string>);
    const el = await fixture<CareFaqAccordion>(html`<care-faq-accordion lang="it" toggle-all .items=${items}></care-faq-accordion>`);
    expect(toggleText(el)).to.equal(en.showAll);
  });

  it('fills placeholders', () => {
    expect(format('Step {n} of {total}', { n: 2, total: 5 })).to.equal('Step 2 of 5');
  });

  it('uses the nearest lang attribute for the words a component adds', async () => {
    registerStrings('nl', { showAll: 'Alles tonen' });
    const box = await fixture(html`<section lang="nl"><care-faq-accordion toggle-all .items=${items}></care-faq-accordion></section>`);
    const el = box.querySelector('care-faq-accordion')!;
    await el.updateComplete;
    expect(toggleText(el)).to.equal('Alles tonen');
  });

  it('uses the guide language for words around guide content', async () => {
    registerStrings('fr', { showAll: 'Tout afficher' });
    const guide = { schemaVersion: 1, id: 'g', lang: 'fr', title: 'Guide', faqs: { items } };
    const box = await fixture(html`<div lang="en"><care-guide .guide=${guide}><care-faq-accordion toggle-all></care-faq-accordion></care-guide></div>`);
    const el = box.querySelector('care-faq-accordion')!;
    await el.updateComplete;
    expect(toggleText(el)).to.equal('Tout afficher');
    expect(el.shadowRoot!.querySelector('section')!.lang).to.equal('fr');
  });
});
