import { expect, fixture, html } from '@open-wc/testing';
import type { LitElement, TemplateResult } from 'lit';
import '../src/index.js';
import { stemCellInjectionBackPain } from '../src/content/stem-cell-injection-back-pain.js';
import type { Guide } from '../src/content/types.js';

/** RIGHT-TO-LEFT OVERRIDE: reverses everything after it, up to the end of its paragraph or isolate. */
const RLO = '\u202e';
const TEXT_FIELDS = new Set(['title', 'summary', 'description', 'question', 'answer', 'intro', 'duration', 'reviewedBy', 'disclaimer', 'publisher']);

/** The built-in guide with an RLO at the start of every text a reader sees, a step duration and intros included. */
function poisoned(value: unknown, key = ''): unknown {
  if (typeof value === 'string') return TEXT_FIELDS.has(key) ? RLO + value : value;
  if (Array.isArray(value)) return value.map((item) => poisoned(item));
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, poisoned(v, k)]));
  return value;
}
const guide = poisoned({
  ...stemCellInjectionBackPain,
  procedure: { ...stemCellInjectionBackPain.procedure!, items: stemCellInjectionBackPain.procedure!.items.map((s) => ({ ...s, duration: '1 hour' })) },
  tips: { ...stemCellInjectionBackPain.tips!, intro: 'A few habits help.' },
}) as Guide;

const ELEMENTS: TemplateResult[] = [
  html`<care-faq-accordion searchable toggle-all></care-faq-accordion>`,
  html`<care-procedure-timeline compact></care-procedure-timeline>`,
  html`<care-procedure-timeline current="2"></care-procedure-timeline>`,
  html`<care-risk-list group-by="severity"></care-risk-list>`,
  html`<care-benefits-card></care-benefits-card>`,
  html`<care-topic-list section="tips"></care-topic-list>`,
  html`<care-review-note></care-review-note>`,
];

const ISOLATING = new Set(['isolate', 'isolate-override', 'plaintext']);
/** Only inline boxes isolate; a block's own content is its paragraph whatever its unicode-bidi. */
const isInline = (style: CSSStyleDeclaration) => style.display === 'inline' || style.display === 'contents';
const outOfFlow = (el: Element) => ['absolute', 'fixed'].includes(getComputedStyle(el).position);

/** The visible text of `block`'s own bidi paragraph: not inside isolates, nested blocks or out-of-flow boxes. */
function paragraphText(block: Element): Text[] {
  const texts: Text[] = [];
  const visit = (node: Node) => {
    for (const child of node instanceof HTMLSlotElement ? node.assignedNodes({ flatten: true }) : node.childNodes) {
      if (child instanceof Text) {
        if (child.data.trim()) texts.push(child);
      } else if (child instanceof Element) {
        const style = getComputedStyle(child);
        if (isInline(style) && !ISOLATING.has(style.unicodeBidi) && !outOfFlow(child)) visit(child);
      }
    }
  };
  visit(block);
  return texts;
}

/** Each text from data that shares its bidi paragraph with other text, described for the failure message. */
function leaks(root: ShadowRoot): string[] {
  const found: string[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    // Text only screen readers hear has no visual order to disguise.
    if (!node.data.includes(RLO) || node.parentElement?.closest('.visually-hidden')) continue;
    for (let el = node.parentElement; el; el = el.parentElement) {
      const style = getComputedStyle(el);
      if (isInline(style)) {
        if (ISOLATING.has(style.unicodeBidi)) break;
        continue;
      }
      const others = paragraphText(el).filter((text) => text !== node);
      if (others.length) found.push(`<${el.localName} part="${el.getAttribute('part') ?? ''}">: "${node.data}" next to "${others[0].data}"`);
      break;
    }
  }
  return found;
}

describe('bidirectional text from data', () => {
  for (const template of ELEMENTS) {
    const tag = (template.strings[0].match(/<([\w-]+)/) ?? [])[1];
    it(`<${tag}> keeps every text from data in its own bidi isolate`, async () => {
      const wrapper = await fixture(html`<care-guide .guide=${guide}>${template}</care-guide>`);
      const el = wrapper.querySelector(tag) as LitElement;
      await el.updateComplete;
      const root = el.shadowRoot!;
      expect(root.textContent, 'the poisoned text is rendered').to.contain(RLO);
      expect(leaks(root)).to.deep.equal([]);
    });
  }

  it('shows ", Publisher" after an overridden source title in reading order', async () => {
    const note = await fixture<LitElement>(html`<care-review-note lang="en"
      .sources=${[{ title: `${RLO}gpj.exe`, publisher: 'Clinic Press' }, { title: `${RLO}Linked`, publisher: 'Clinic Press', url: 'https://example.org/' }]}
    ></care-review-note>`);
    for (const li of note.shadowRoot!.querySelectorAll('[part="sources"] li')) {
      const text = [...paragraphText(li), ...li.querySelectorAll('*')].flatMap((n) => (n instanceof Text ? [n] : [...n.childNodes].filter((c): c is Text => c instanceof Text)));
      const comma = text.find((t) => t.data.includes(','))!;
      const publisher = text.find((t) => t.data.includes('Clinic Press'))!;
      const x = (t: Text, i: number) => {
        const range = document.createRange();
        range.setStart(t, i);
        range.setEnd(t, i + 1);
        return range.getBoundingClientRect().left;
      };
      expect(x(comma, comma.data.indexOf(',')), li.textContent!).to.be.lessThan(x(publisher, publisher.data.indexOf('C')));
      expect(x(publisher, publisher.data.indexOf('C'))).to.be.lessThan(x(publisher, publisher.data.indexOf('P')));
    }
  });
});
