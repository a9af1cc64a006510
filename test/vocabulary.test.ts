import { expect, fixture, html } from '@open-wc/testing';
import type { LitElement, TemplateResult } from 'lit';
import '../src/index.js';
import { stemCellInjectionBackPain } from '../src/content/stem-cell-injection-back-pain.js';
import type { Guide } from '../src/content/types.js';
import { neverAnswer } from './helpers.js';

/**
 * The styling vocabulary is public API: the tokens and parts an element documents are exactly the
 * ones its styles read and its shadow root renders, named by the rules in the README's theming section.
 */
interface Declaration {
  tagName?: string;
  cssProperties?: { name: string }[];
  cssParts?: { name: string }[];
}
const manifest: { modules: { declarations?: Declaration[] }[] } = await (await fetch('/custom-elements.json')).json();
const styled = manifest.modules
  .flatMap((m) => m.declarations ?? [])
  .filter((d) => d.tagName && (customElements.get(d.tagName) as typeof LitElement).elementStyles);

const GLOBAL = /^--care-(color-[a-z-]+|space|radius|border-width|font-family(-heading)?|line-height|focus-(width|offset)|motion-duration)$/;

/** Every section with an intro, a step with a duration and a benefit with a frequency, so each element renders every part it has. */
const guide: Guide = {
  ...stemCellInjectionBackPain,
  benefits: {
    ...stemCellInjectionBackPain.benefits!,
    items: stemCellInjectionBackPain.benefits!.items.map((item, i) => (i ? item : { ...item, frequency: { band: 'not-known' } })),
  },
  procedure: {
    ...stemCellInjectionBackPain.procedure!,
    items: stemCellInjectionBackPain.procedure!.items.map((step, i) => (i ? step : { ...step, duration: '1 hour', sources: ['fda-warns'] })),
  },
  tips: { ...stemCellInjectionBackPain.tips!, intro: 'A few habits help.' },
  faqs: { ...stemCellInjectionBackPain.faqs!, intro: 'Questions patients ask.' },
};

/** Each element in a state that renders all of its parts: the guide's is waiting for a `src` that never answers. */
const FULL: Record<string, TemplateResult> = {
  'care-guide': html`<care-guide src="/never-answers.json"></care-guide>`,
  'care-guide-header': html`<care-guide-header show-review></care-guide-header>`,
  'care-faq-accordion': html`<care-faq-accordion searchable toggle-all></care-faq-accordion>`,
  'care-procedure-timeline': html`<care-procedure-timeline compact></care-procedure-timeline>`,
  'care-risk-list': html`<care-risk-list group-by="severity"></care-risk-list>`,
  'care-benefits-card': html`<care-benefits-card></care-benefits-card>`,
  'care-topic-list': html`<care-topic-list section="benefits"></care-topic-list>`,
  'care-review-note': html`<care-review-note></care-review-note>`,
};

async function render(tag: string): Promise<ShadowRoot> {
  const wrapper = await fixture(html`<care-guide .guide=${guide}>${FULL[tag]}</care-guide>`);
  const el = (tag === 'care-guide' ? wrapper.querySelector('care-guide') : wrapper.querySelector(tag)) as LitElement;
  await el.updateComplete;
  return el.shadowRoot!;
}

const usedTokens = (tag: string) =>
  [...new Set((customElements.get(tag) as typeof LitElement).elementStyles.flatMap((s) => [...(s as CSSStyleSheet & { cssText: string }).cssText.matchAll(/var\((--care-[\w-]+)/g)].map((m) => m[1])))].sort();

describe('the styling vocabulary', () => {
  let restore: () => void;
  before(() => (restore = neverAnswer()));
  after(() => restore());

  it('covers every element with a shadow root', () => {
    expect(styled.map((d) => d.tagName).sort()).to.deep.equal(Object.keys(FULL).sort());
  });

  for (const declaration of styled) {
    const tag = declaration.tagName!;
    const documented = (declaration.cssProperties ?? []).map((p) => p.name).sort();

    describe(`<${tag}>`, () => {
      it('documents every token its styles read, and reads every token it documents', () => {
        expect(usedTokens(tag)).to.deep.equal(documented);
      });

      it('names its own tokens after its tag, and every other one is global', () => {
        const misnamed = documented.filter((name) => !name.startsWith(`--${tag}-`) && !GLOBAL.test(name));
        expect(misnamed).to.deep.equal([]);
      });

      it('renders a base part as its outermost element', async () => {
        const root = await render(tag);
        expect(root.firstElementChild?.part.contains('base')).to.equal(true);
      });

      it('renders exactly the parts it documents', async () => {
        const root = await render(tag);
        const rendered = new Set([...root.querySelectorAll('[part]')].flatMap((el) => [...el.part]));
        expect([...rendered].sort()).to.deep.equal((declaration.cssParts ?? []).map((p) => p.name).sort());
      });
    });
  }
});
