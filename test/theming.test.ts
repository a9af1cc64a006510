import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import type { LitElement, TemplateResult } from 'lit';
import '../src/index.js';
import { stemCellInjectionBackPain } from '../src/content/stem-cell-injection-back-pain.js';
import type { Guide } from '../src/content/types.js';
import type { CareFaqAccordion } from '../src/faq-accordion/faq-accordion.js';
import { settled } from './helpers.js';

/**
 * Theming as the README promises it: every `--care-*` token an element documents in
 * custom-elements.json, set on the element, changes the style its documentation names, and every
 * element can be styled through a `::part`.
 */
interface Declaration {
  tagName?: string;
  cssProperties?: { name: string; description?: string }[];
  cssParts?: { name: string }[];
}
const manifest: { modules: { declarations?: Declaration[] }[] } = await (await fetch('/custom-elements.json')).json();
const declarations = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.tagName && d.cssProperties?.length);
const documented = [...new Set(declarations.flatMap((d) => d.cssProperties!.map((p) => p.name)))].sort();

/** A guide in which every element has something to show: durations, severities, sources, reviewer. */
const guide: Guide = {
  ...stemCellInjectionBackPain,
  procedure: { ...stemCellInjectionBackPain.procedure!, items: stemCellInjectionBackPain.procedure!.items.map((s) => ({ ...s, duration: '1 hour' })) },
};

/** Where a token shows: the element to render, what to read in it, and what to set and expect. */
interface Effect {
  render: TemplateResult;
  /** The node whose computed style changes, found in the element's shadow root. */
  target: string;
  pseudo?: string;
  property: string;
  value: string;
  /** The computed value; `value` when absent. */
  expected?: string;
  /** Brings the element to the state where the token shows (hover, keyboard focus). */
  prepare?: (el: LitElement, target: HTMLElement) => Promise<void>;
  /** The target is in `<care-guide>`'s own shadow root rather than the element's. */
  inGuide?: boolean;
}

const faq = html`<care-faq-accordion></care-faq-accordion>`;
const timeline = html`<care-procedure-timeline current="2"></care-procedure-timeline>`;
const benefits = html`<care-benefits-card></care-benefits-card>`;
const elevatedBenefits = html`<care-benefits-card variant="elevated"></care-benefits-card>`;
const risks = html`<care-risk-list variant="outlined"></care-risk-list>`;
const elevatedRisks = html`<care-risk-list variant="elevated"></care-risk-list>`;
const topics = html`<care-topic-list></care-topic-list>`;
const note = html`<care-review-note></care-review-note>`;
const header = html`<care-guide-header></care-guide-header>`;

/** Tabs from a button before the element to `target`, so it has keyboard focus and shows its ring. */
async function keyboardFocus(el: LitElement, target: HTMLElement): Promise<void> {
  const before = document.createElement('button');
  before.textContent = 'before';
  el.before(before);
  before.focus();
  await sendKeys({ press: 'Tab' });
  before.remove();
  expect(target.matches(':focus-visible'), 'focused by keyboard').to.equal(true);
}

async function hover(_el: LitElement, target: HTMLElement): Promise<void> {
  const box = target.getBoundingClientRect();
  await sendMouse({ type: 'move', position: [Math.round(box.left + 5), Math.round(box.top + box.height / 2)] });
  expect(target.matches(':hover'), 'hovered').to.equal(true);
}

async function openFirst(el: LitElement): Promise<void> {
  (el as CareFaqAccordion).toggle('is-it-safe', true);
  await settled(el);
}

const EFFECTS: Record<string, Effect[]> = {
  '--care-color-text': [{ render: topics, target: '[part="base"]', property: 'color', value: 'rgb(1, 2, 3)' }],
  '--care-color-accent': [
    { render: faq, target: '[part="toggle"]', property: 'color', value: 'rgb(0, 100, 1)' },
    { render: timeline, target: '[part="marker"]', property: 'border-top-color', value: 'rgb(0, 100, 1)' },
    { render: benefits, target: '[part="icon"]', property: 'color', value: 'rgb(0, 100, 1)' },
    { render: risks, target: '[part="citations"] a', property: 'color', value: 'rgb(0, 100, 1)' },
    { render: note, target: '[part="sources"] a', property: 'color', value: 'rgb(0, 100, 1)' },
  ],
  '--care-color-on-accent': [{ render: timeline, target: '.current [part="marker"]', property: 'color', value: 'rgb(250, 250, 1)' }],
  '--care-color-muted': [{ render: timeline, target: '[part="duration"]', property: 'color', value: 'rgb(9, 9, 9)' }],
  '--care-color-border': [
    { render: benefits, target: '[part="base"]', property: 'border-top-color', value: 'rgb(200, 0, 1)' },
    { render: faq, target: '[part="item"]', property: 'border-bottom-color', value: 'rgb(200, 0, 1)' },
  ],
  '--care-color-surface': [{ render: benefits, target: '[part="base"]', property: 'background-color', value: 'rgb(240, 230, 220)' }],
  '--care-color-surface-raised': [{ render: note, target: '[part="base"]', property: 'background-color', value: 'rgb(240, 230, 220)' }],
  '--care-color-focus': [{ render: faq, target: '[part="toggle"]', property: 'outline-color', value: 'rgb(255, 0, 255)', prepare: keyboardFocus }],
  '--care-radius': [{ render: benefits, target: '[part="base"]', property: 'border-top-left-radius', value: '3px' }],
  '--care-border-width': [{ render: benefits, target: '[part="base"]', property: 'border-top-width', value: '5px' }],
  '--care-space': [{ render: topics, target: '[part="list"]', property: 'row-gap', value: '7px' }],
  '--care-font-family': [{ render: topics, target: '[part="base"]', property: 'font-family', value: 'Georgia' }],
  '--care-font-family-heading': [{ render: topics, target: '[part="section-heading"]', property: 'font-family', value: 'Courier' }],
  '--care-line-height': [{ render: topics, target: '[part="description"] p', property: 'line-height', value: '2', expected: '32px' }],
  '--care-focus-width': [{ render: faq, target: '[part="toggle"]', property: 'outline-width', value: '7px', prepare: keyboardFocus }],
  '--care-focus-offset': [{ render: faq, target: '[part="toggle"]', property: 'outline-offset', value: '6px', prepare: keyboardFocus }],
  '--care-motion-duration': [{ render: faq, target: '[part="icon"]', property: 'transition-duration', value: '1s' }],

  '--care-guide-gap': [{ render: html`${topics}${note}`, target: '', property: 'margin-bottom', value: '11px' }],
  '--care-guide-max-width': [{ render: topics, target: '[part="base"]', property: 'max-width', value: '300px', inGuide: true }],

  '--care-guide-header-section-heading-font-size': [{ render: header, target: '[part="section-heading"]', property: 'font-size', value: '40px' }],
  '--care-guide-header-intro-font-size': [{ render: header, target: '[part="intro"]', property: 'font-size', value: '13px' }],

  '--care-faq-accordion-gap': [{ render: faq, target: '[part="item"]', property: 'margin-bottom', value: '9px' }],
  '--care-faq-accordion-divider': [{ render: faq, target: '[part="item"]', property: 'border-bottom-style', value: '3px dotted red', expected: 'dotted' }],
  '--care-faq-accordion-toggle-padding': [{ render: faq, target: '[part="toggle"]', property: 'padding-top', value: '13px' }],
  '--care-faq-accordion-toggle-background': [{ render: faq, target: '[part="toggle"]', property: 'background-color', value: 'rgb(250, 240, 200)' }],
  '--care-faq-accordion-toggle-hover-background': [{ render: faq, target: '[part="toggle"]', property: 'background-color', value: 'rgb(200, 240, 250)', prepare: hover }],
  '--care-faq-accordion-toggle-color': [{ render: faq, target: '[part="toggle"]', property: 'color', value: 'rgb(120, 0, 60)' }],
  '--care-faq-accordion-description-padding': [{ render: faq, target: '[part="description"]', property: 'padding-left', value: '17px', prepare: openFirst }],
  '--care-faq-accordion-icon-size': [{ render: faq, target: '[part="icon"]', property: 'width', value: '21px' }],
  '--care-faq-accordion-icon-color': [{ render: faq, target: '[part="icon"]', property: 'border-bottom-color', value: 'rgb(0, 150, 150)' }],

  '--care-procedure-timeline-marker-size': [{ render: timeline, target: '[part="marker"]', property: 'width', value: '50px' }],
  '--care-procedure-timeline-marker-color': [{ render: timeline, target: '[part="marker"]', property: 'border-top-color', value: 'rgb(90, 0, 90)' }],
  '--care-procedure-timeline-connector': [{ render: timeline, target: '[part="item"]', pseudo: '::before', property: 'border-left-style', value: '4px dashed green', expected: 'dashed' }],
  '--care-procedure-timeline-gap': [{ render: timeline, target: '[part="item"]', property: 'padding-bottom', value: '31px' }],

  '--care-benefits-card-background': [{ render: benefits, target: '[part="base"]', property: 'background-color', value: 'rgb(230, 250, 230)' }],
  '--care-benefits-card-padding': [{ render: benefits, target: '.body', property: 'padding-top', value: '29px' }],
  '--care-benefits-card-shadow': [{ render: elevatedBenefits, target: '[part="base"]', property: 'box-shadow', value: 'rgb(1, 2, 3) 0px 0px 0px 4px' }],
  '--care-benefits-card-gap': [{ render: benefits, target: '[part="list"]', property: 'row-gap', value: '27px' }],

  '--care-risk-list-high-color': [{ render: risks, target: '.severity.high', property: 'color', value: 'rgb(150, 0, 0)' }],
  '--care-risk-list-moderate-color': [{ render: risks, target: '.severity.moderate', property: 'color', value: 'rgb(150, 80, 0)' }],
  '--care-risk-list-low-color': [{ render: risks, target: '.severity.low', property: 'color', value: 'rgb(60, 60, 60)' }],
  '--care-risk-list-gap': [{ render: risks, target: '[part="list"]', property: 'row-gap', value: '27px' }],
  '--care-risk-list-background': [{ render: risks, target: '[part="base"]', property: 'background-color', value: 'rgb(250, 230, 230)' }],
  '--care-risk-list-padding': [{ render: risks, target: '.body', property: 'padding-top', value: '29px' }],
  '--care-risk-list-shadow': [{ render: elevatedRisks, target: '[part="base"]', property: 'box-shadow', value: 'rgb(1, 2, 3) 0px 0px 0px 4px' }],

  '--care-topic-list-gap': [{ render: topics, target: '[part="list"]', property: 'row-gap', value: '27px' }],

  '--care-review-note-background': [{ render: note, target: '[part="base"]', property: 'background-color', value: 'rgb(255, 250, 220)' }],
};

async function measure({ render, target, pseudo, property, prepare, inGuide }: Effect, token?: [string, string]): Promise<string> {
  const wrapper = await fixture<HTMLElement>(html`<care-guide .guide=${guide}>${render}</care-guide>`);
  // Not the JSON-LD script the guide writes as its first child.
  const el = wrapper.querySelector(':scope > :not(script)') as LitElement;
  // Global tokens may be set on any ancestor; the guide's own are read by <care-guide>.
  if (token) (token[0].startsWith('--care-guide-') ? wrapper : el).style.setProperty(...token);
  await settled(el);
  // An empty target is the element itself, as the guide lays it out.
  const node = target ? (inGuide ? wrapper : el).shadowRoot!.querySelector<HTMLElement>(target)! : el;
  expect(node, `${target} rendered`).to.exist;
  await prepare?.(el, node);
  return getComputedStyle(node, pseudo).getPropertyValue(property);
}

describe('theming', () => {
  afterEach(() => sendMouse({ type: 'move', position: [0, 0] }));

  it('knows where every documented token shows', () => {
    expect(documented.filter((token) => !EFFECTS[token])).to.deep.equal([]);
    expect(Object.keys(EFFECTS).filter((token) => !documented.includes(token)), 'tokens no element documents').to.deep.equal([]);
  });

  for (const token of documented) {
    for (const effect of EFFECTS[token] ?? []) {
      const where = `${effect.target || 'the element'}${effect.pseudo ?? ''} ${effect.property}`;
      it(`${token} sets ${where}`, async () => {
        const expected = effect.expected ?? effect.value;
        expect(await measure(effect), 'not the default already').to.not.equal(expected);
        expect(await measure(effect, [token, effect.value])).to.equal(expected);
      });
    }
  }
});

/** One part per element, styled from the page the way the README shows. */
const PARTS: [string, TemplateResult, string, string, string][] = [
  ['care-guide', html`<care-guide .guide=${guide}><p>Text</p></care-guide>`, 'base', 'padding-top', '19px'],
  ['care-guide-header', header, 'section-heading', 'letter-spacing', '3px'],
  ['care-faq-accordion', faq, 'toggle', 'font-size', '23px'],
  ['care-procedure-timeline', timeline, 'marker', 'border-radius', '4px'],
  ['care-benefits-card', benefits, 'title', 'text-transform', 'uppercase'],
  ['care-risk-list', risks, 'severity', 'font-style', 'italic'],
  ['care-topic-list', topics, 'description', 'text-indent', '12px'],
  ['care-review-note', note, 'sources-heading', 'text-decoration-line', 'underline'],
];

describe('::part', () => {
  it('names one styled part of every element that has parts', () => {
    const withParts = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.tagName && d.cssParts?.length).map((d) => d.tagName);
    expect(PARTS.map(([tag]) => tag).sort()).to.deep.equal(withParts.sort());
  });

  for (const [tag, render, part, property, value] of PARTS) {
    it(`${tag}::part(${part}) styles it from the page`, async () => {
      const style = document.createElement('style');
      style.textContent = `${tag}::part(${part}) { ${property}: ${value}; }`;
      const wrapper = await fixture<HTMLElement>(tag === 'care-guide' ? render : html`<care-guide .guide=${guide}>${render}</care-guide>`);
      const el = (tag === 'care-guide' ? wrapper : wrapper.querySelector(tag)) as LitElement;
      await settled(el);
      const node = el.shadowRoot!.querySelector(`[part~="${part}"]`)!;
      const before = getComputedStyle(node).getPropertyValue(property);
      document.head.append(style);
      try {
        expect(before).to.not.equal(value);
        expect(getComputedStyle(node).getPropertyValue(property)).to.equal(value);
      } finally {
        style.remove();
      }
    });
  }
});
