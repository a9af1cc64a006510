import { expect, fixture, html } from '@open-wc/testing';
import type { LitElement, TemplateResult } from 'lit';
import '../src/index.js';
import { stemCellInjectionBackPain as guide } from '../src/content/stem-cell-injection-back-pain.js';
import type { CareFaqAccordion } from '../src/faq-accordion/faq-accordion.js';
import { guidePage } from '../bench/guide-page.js';
import { fullGuide, settled } from './helpers.js';
import { textDirection } from '../src/internal/direction.js';

/**
 * Right-to-left pages mirror every element's layout: paddings, margins, borders, insets and text
 * alignment swap sides. The FAQ chevron is the exception that proves it: it points the same way.
 */
const items = [{ id: 'safe', question: 'Is it safe?', answer: 'Generally, yes.' }];

async function chevron(dir: string, open: boolean) {
  const box = await fixture(html`<div dir=${dir} style="inline-size: 20rem">
    <care-faq-accordion .items=${items}></care-faq-accordion>
  </div>`);
  const el = box.querySelector<CareFaqAccordion>('care-faq-accordion')!;
  if (open) el.toggle('safe', true);
  await settled(el);
  const icon = el.shadowRoot!.querySelector<HTMLElement>('[part="icon"]')!;
  const button = el.shadowRoot!.querySelector<HTMLElement>('[part="toggle"]')!;
  const style = getComputedStyle(icon);
  return {
    /** The two sides drawn, which the rotation turns into a chevron. */
    sides: ['Top', 'Right', 'Bottom', 'Left'].filter((side) => parseFloat(style.getPropertyValue(`border-${side.toLowerCase()}-width`)) > 0),
    transform: style.transform,
    iconBox: icon.getBoundingClientRect(),
    buttonBox: button.getBoundingClientRect(),
  };
}

describe('textDirection, the server’s direction of a language', () => {
  it('reads a locale code as CMSs write it (he_IL) as its tag, right to left', () => {
    expect(['he_IL', 'ar_EG', 'fa', 'en_US', 'not a tag'].map(textDirection)).to.deep.equal(['rtl', 'rtl', 'rtl', 'ltr', 'ltr']);
  });
});

describe('FAQ chevron in right-to-left', () => {
  for (const open of [false, true]) {
    it(`points ${open ? 'up when open' : 'down when closed'}, as in left-to-right`, async () => {
      const ltr = await chevron('ltr', open);
      const rtl = await chevron('rtl', open);
      expect(ltr.sides).to.deep.equal(['Right', 'Bottom']);
      expect(rtl.sides).to.deep.equal(ltr.sides);
      expect(rtl.transform).to.equal(ltr.transform);
      const middle = (box: DOMRect) => box.top + box.height / 2;
      expect(middle(rtl.iconBox) - middle(rtl.buttonBox)).to.be.closeTo(middle(ltr.iconBox) - middle(ltr.buttonBox), 0.5);
    });
  }

  it('sits at the inline end: on the left in right-to-left', async () => {
    const rtl = await chevron('rtl', false);
    expect(rtl.iconBox.left - rtl.buttonBox.left).to.be.below(rtl.buttonBox.right - rtl.iconBox.right);
  });
});

/** Every element in every state that draws something on one side. */
const STATES: [string, () => TemplateResult][] = [
  ['<care-faq-accordion searchable toggle-all>, one answer open', () => html`<care-faq-accordion searchable toggle-all></care-faq-accordion>`],
  ['<care-faq-accordion toggle-all>', () => html`<care-faq-accordion toggle-all></care-faq-accordion>`],
  ['<care-procedure-timeline current>', () => html`<care-procedure-timeline current="2"></care-procedure-timeline>`],
  ['<care-procedure-timeline compact>', () => html`<care-procedure-timeline compact></care-procedure-timeline>`],
  ['<care-procedure-timeline orientation="horizontal">', () => html`<care-procedure-timeline orientation="horizontal"></care-procedure-timeline>`],
  ['<care-benefits-card>', () => html`<care-benefits-card></care-benefits-card>`],
  ['<care-risk-list variant="elevated">', () => html`<care-risk-list variant="elevated"></care-risk-list>`],
  ['<care-risk-list group-by="severity">', () => html`<care-risk-list group-by="severity"></care-risk-list>`],
  ['<care-topic-list>', () => html`<care-topic-list section="tips"></care-topic-list>`],
  ['<care-review-note>', () => html`<care-review-note></care-review-note>`],
  ['<care-guide-header show-review>', () => html`<care-guide-header show-review></care-guide-header>`],
];

const SIDED = ['margin', 'padding', 'border-%-width', 'border-%-style', 'border-%-color'];
const swap = (side: string) => (side === 'left' ? 'right' : 'left');
const mirrorAlign = (align: string) => ({ left: 'right', right: 'left' })[align] ?? align;

/** The left- and right-hand styles of an element or pseudo-element, named by side. */
function sides(el: Element, pseudo?: string): Record<string, string> {
  const style = getComputedStyle(el, pseudo);
  const read: Record<string, string> = { 'text-align': style.textAlign, float: style.float };
  for (const side of ['left', 'right']) {
    for (const name of SIDED) read[name.includes('%') ? name.replace('%', side) : `${name}-${side}`] = style.getPropertyValue(name.includes('%') ? name.replace('%', side) : `${name}-${side}`);
    // An inset only matters where it positions something visible (visually hidden text is 1px, clipped).
    if (style.position !== 'static' && !el.matches('.visually-hidden')) read[side] = style.getPropertyValue(side);
  }
  return read;
}

/** `sides()` as the same element would read with left and right exchanged. */
function mirrored(read: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(read)) {
    if (name === 'text-align' || name === 'float') out[name] = mirrorAlign(value);
    else out[name.replace(/left|right/, swap)] = value;
  }
  return out;
}

/** Deliberately physical: the chevron's two drawn sides, which a rotation turns into an arrow; its place and margins still mirror. */
const PHYSICAL = (el: Element, prop: string) => prop.startsWith('border-') && el.matches('[part~="icon"].icon') && el.closest('button[aria-controls]') !== null;

/**
 * The built-in guide, in a language written in `dir`: an element lays its content out in its own
 * language's direction. Urdu is written right to left in its Arabic script and left to right in
 * Latin script; it has no words of its own here, so every element shows the same words either way.
 */
const guideWritten = (dir: string) => ({ ...guide, lang: dir === 'rtl' ? 'ur' : 'ur-Latn' });

async function render(template: TemplateResult, dir: string): Promise<Element[]> {
  // Wider than the guide's column, so a five-step timeline sits side by side; one font, which a browser would otherwise pick by language.
  const wrapper = await fixture(html`<div dir=${dir} style="inline-size: 1000px; font-family: 'DejaVu Sans', 'Liberation Sans'"><care-guide .guide=${guideWritten(dir)} layout="none">${template}</care-guide></div>`);
  // The guide's first child may be its JSON-LD script.
  const el = wrapper.querySelector('care-guide > :not(script)') as LitElement;
  if (el.localName === 'care-faq-accordion') (el as CareFaqAccordion).toggle('is-it-safe', true);
  await settled(el);
  return [...el.shadowRoot!.querySelectorAll('*')];
}

const describeNode = (node: Element, pseudo = '') => `${node.localName}${node.getAttribute('part') ? `[part="${node.getAttribute('part')}"]` : ''}.${node.className}${pseudo}`;

/** Where the right-to-left nodes' styles are not the left-to-right ones mirrored, node by node, pseudo-elements included. */
function mirrorDifferences(ltr: Element[], rtl: Element[]): string[] {
  expect(rtl.length).to.equal(ltr.length);
  const differences: string[] = [];
  for (const [i, node] of ltr.entries()) {
    for (const pseudo of [undefined, '::before', '::after']) {
      if (pseudo && getComputedStyle(node, pseudo).content === 'none') continue;
      const want = mirrored(sides(node, pseudo));
      const got = sides(rtl[i], pseudo);
      for (const [prop, value] of Object.entries(want)) {
        if (got[prop] !== value && !PHYSICAL(node, prop)) differences.push(`${describeNode(node, pseudo)} ${prop}: ${got[prop]}, mirrored ${value}`);
      }
    }
  }
  return differences;
}

describe('right-to-left mirrors every directional style', () => {
  for (const [name, template] of STATES) {
    it(`${name}: each side's margin, padding, border, inset, float and alignment swaps`, async () => {
      expect(mirrorDifferences(await render(template(), 'ltr'), await render(template(), 'rtl'))).to.deep.equal([]);
    });
  }

  // The stylesheet a page links for the moment before the script runs, read from src/ as the build copies it.
  it('the pre-upgrade stylesheet on the whole guide as a CMS writes it: every side swaps', async () => {
    const page = async (dir: string) => {
      const frame = document.createElement('iframe');
      frame.style.cssText = 'inline-size: 1000px; block-size: 600px; border: 0';
      frame.srcdoc = guidePage(guide, '<link rel="stylesheet" href="/src/styles/pre-upgrade.css">').replace('<html lang="en">', `<html lang="en" dir="${dir}">`);
      const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
      document.body.append(frame);
      await loaded;
      return [...frame.contentDocument!.body.querySelectorAll('*')];
    };
    try {
      const ltr = await page('ltr');
      expect(ltr.some((el) => el.localName === 'care-step' && !el.matches(':defined'))).to.equal(true);
      expect(mirrorDifferences(ltr, await page('rtl'))).to.deep.equal([]);
    } finally {
      document.querySelectorAll('iframe').forEach((frame) => frame.remove());
    }
  });
});

describe('right-to-left, as a reader sees it', () => {
  async function inDir<T extends LitElement>(dir: string, template: TemplateResult, width = '30rem'): Promise<T> {
    const box = await fixture(html`<div dir=${dir} style="inline-size: ${width}">${template}</div>`);
    const el = box.firstElementChild as T;
    await settled(el);
    return el;
  }
  const box = (el: Element) => el.getBoundingClientRect();

  it('aligns a question that wraps to the inline start: its lines share their right edge', async () => {
    const question = 'Will my insurance cover the injection, the imaging that guides it, and the follow-up visits afterwards?';
    for (const dir of ['ltr', 'rtl']) {
      const el = await inDir<CareFaqAccordion>(dir, html`<care-faq-accordion .items=${[{ question, answer: 'Ask them.' }]}></care-faq-accordion>`, '16rem');
      const text = [...el.shadowRoot!.querySelector('[part="toggle"]')!.childNodes].find((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim())!;
      const range = document.createRange();
      range.selectNodeContents(text);
      // One box per line, from the text's boxes (bidi may split a line, e.g. the final "?" in right-to-left).
      const lines = new Map<number, { left: number; right: number }>();
      for (const r of range.getClientRects()) {
        if (r.width === 0) continue;
        const line = lines.get(Math.round(r.top)) ?? { left: r.left, right: r.right };
        lines.set(Math.round(r.top), { left: Math.min(line.left, r.left), right: Math.max(line.right, r.right) });
      }
      const boxes = [...lines.values()];
      expect(boxes.length, 'the question wraps').to.be.greaterThan(1);
      const edge = (line: { left: number; right: number }) => (dir === 'rtl' ? line.right : line.left);
      for (const line of boxes) expect(edge(line), `${dir}: every line starts at the same edge`).to.be.closeTo(edge(boxes[0]), 1);
      const far = (line: { left: number; right: number }) => (dir === 'rtl' ? line.left : line.right);
      expect(new Set(boxes.map((line) => Math.round(far(line)))).size, `${dir}: lines of different lengths end apart`).to.be.greaterThan(1);
    }
  });

  it('puts "Show all" at the inline end: the right in left-to-right, the left in right-to-left', async () => {
    for (const dir of ['ltr', 'rtl']) {
      const el = await inDir<CareFaqAccordion>(dir, html`<care-faq-accordion toggle-all .items=${[...items, { question: 'B?', answer: 'b' }]}></care-faq-accordion>`);
      const controls = box(el.shadowRoot!.querySelector('[part="controls"]')!);
      const toggle = box(el.shadowRoot!.querySelector('[part="toggle-all-button"]')!);
      const gap = dir === 'rtl' ? toggle.left - controls.left : controls.right - toggle.right;
      expect(gap, dir).to.be.closeTo(0, 1);
    }
  });

  it('draws the timeline connector below each marker, on its side, in both directions', async () => {
    for (const dir of ['ltr', 'rtl']) {
      const el = await inDir<LitElement>(dir, html`<care-procedure-timeline .items=${[{ title: 'One' }, { title: 'Two' }]}></care-procedure-timeline>`);
      const step = el.shadowRoot!.querySelector('[part="item"]')!;
      const marker = box(step.querySelector('[part="marker"]')!);
      const line = getComputedStyle(step, '::before');
      const start = dir === 'rtl' ? 'right' : 'left';
      // The line's centre: its offset from the step's start edge plus half its width.
      const centre = parseFloat(line.getPropertyValue(start)) + parseFloat(line.getPropertyValue(`border-${start}-width`)) / 2;
      const markerCentre = dir === 'rtl' ? box(step).right - (marker.left + marker.width / 2) : marker.left + marker.width / 2 - box(step).left;
      expect(line.getPropertyValue(`border-${start}-style`), dir).to.equal('solid');
      expect(centre, `${dir}: the line runs through the marker's centre`).to.be.closeTo(markerCentre, 1);
    }
  });

  it('lays a horizontal timeline out from the right in right-to-left, each connector running towards the next step', async () => {
    for (const dir of ['ltr', 'rtl']) {
      const el = await inDir<LitElement>(dir, html`<care-procedure-timeline orientation="horizontal" .items=${[{ title: 'One' }, { title: 'Two' }, { title: 'Three' }]}></care-procedure-timeline>`, '60rem');
      const [first, second] = [...el.shadowRoot!.querySelectorAll('[part="item"]')];
      const [a, b] = [box(first.querySelector('[part="marker"]')!), box(second.querySelector('[part="marker"]')!)];
      expect(dir === 'rtl' ? a.left > b.left : a.left < b.left, `${dir}: the first step at the start`).to.equal(true);
      const line = getComputedStyle(first, '::before');
      const [near, far] = dir === 'rtl' ? ['right', 'left'] : ['left', 'right'];
      expect(parseFloat(line.getPropertyValue(near)), `${dir}: the line starts after the marker`).to.be.closeTo(a.width, 1);
      expect(parseFloat(line.getPropertyValue(far)), `${dir}: and runs to the step's end`).to.equal(0);
      expect(['top', 'left', 'right'].map((side) => line.getPropertyValue(`border-${side}-style`)), dir).to.deep.equal(['solid', 'none', 'none']);
    }
  });

  it('sets the benefits’ check marks and the review note’s sources at the inline start, as far in either way', async () => {
    const spacing: Record<string, number[]> = { mark: [], indent: [] };
    for (const dir of ['ltr', 'rtl']) {
      const card = await inDir<LitElement>(dir, html`<care-benefits-card .items=${[{ title: 'Less pain' }]}></care-benefits-card>`);
      const icon = box(card.shadowRoot!.querySelector('[part="icon"]')!);
      const title = box(card.shadowRoot!.querySelector('[part="title"]')!);
      spacing.mark.push(dir === 'rtl' ? icon.left - title.right : title.left - icon.right);
      const note = await inDir<LitElement>(dir, html`<care-review-note .sources=${[{ title: 'FDA' }]}></care-review-note>`);
      const list = note.shadowRoot!.querySelector('[part="sources"]')!;
      const source = box(list.querySelector('li')!);
      spacing.indent.push(dir === 'rtl' ? box(list).right - source.right : source.left - box(list).left);
    }
    expect(spacing.mark[0], 'a space between the mark and its title').to.be.greaterThan(2);
    expect(spacing.mark[1], 'the same space in right-to-left').to.be.closeTo(spacing.mark[0], 1);
    expect(spacing.indent[0], 'sources indented').to.be.greaterThan(8);
    expect(spacing.indent[1], 'as far in right-to-left').to.be.closeTo(spacing.indent[0], 1);
  });
});

/** The direction each element lays its content out in, read from its outermost part; not the guide's column, which holds the page's own content too. */
const directions = (root: Element) =>
  [...root.querySelectorAll<LitElement>('*')]
    .filter((el) => el.localName !== 'care-guide' && el.shadowRoot?.querySelector('[part~="base"]'))
    .map((el) => `${el.localName} ${getComputedStyle(el.shadowRoot!.querySelector('[part~="base"]')!).direction}`);

describe('text direction follows the content’s language', () => {
  it('lays an English guide out left to right on a right-to-left page', async () => {
    const wrapper = await fixture(html`<div dir="rtl" lang="ar">${fullGuide(guide)}</div>`);
    for (const el of wrapper.querySelectorAll<LitElement>('*')) if ('updateComplete' in el) await el.updateComplete;
    const found = directions(wrapper);
    expect(found).to.have.length.greaterThan(6);
    expect(found.filter((entry) => !entry.endsWith(' ltr'))).to.deep.equal([]);
  });

  it('lays an FAQ in Arabic out right to left on a left-to-right page', async () => {
    const wrapper = await fixture(html`<div lang="en"><care-faq-accordion lang="ar">
      <care-faq-item question="هل هو آمن؟">غالبًا، نعم.</care-faq-item>
    </care-faq-accordion></div>`);
    await settled(wrapper.querySelector<CareFaqAccordion>('care-faq-accordion')!);
    expect(directions(wrapper)).to.deep.equal(['care-faq-accordion rtl']);
  });

  it('lets an element’s own dir win over its content’s language', async () => {
    const wrapper = await fixture(html`<care-guide .guide=${guide}><care-faq-accordion dir="rtl"></care-faq-accordion></care-guide>`);
    await settled(wrapper.querySelector<CareFaqAccordion>('care-faq-accordion')!);
    expect(directions(wrapper)).to.deep.equal(['care-faq-accordion rtl']);
  });

  it('reads its own dir written in capitals (dir="RTL") as the browser does', async () => {
    const wrapper = await fixture(html`<care-guide .guide=${guide}><care-faq-accordion dir="RTL"></care-faq-accordion></care-guide>`);
    await settled(wrapper.querySelector<CareFaqAccordion>('care-faq-accordion')!);
    expect(directions(wrapper)).to.deep.equal(['care-faq-accordion rtl']);
  });

  it('reads a locale code as CMSs write it (he_IL) as its language, right to left', async () => {
    const wrapper = await fixture(html`<div lang="en"><care-faq-accordion lang="he_IL">
      <care-faq-item question="האם זה בטוח?">בדרך כלל, כן.</care-faq-item>
    </care-faq-accordion></div>`);
    await settled(wrapper.querySelector<CareFaqAccordion>('care-faq-accordion')!);
    expect(directions(wrapper)).to.deep.equal(['care-faq-accordion rtl']);
  });

  it('keeps the page’s direction for a language it cannot read, and takes its content’s with dir="auto"', async () => {
    const wrapper = await fixture(html`<div dir="rtl">
      <care-faq-accordion lang="not a language"><care-faq-item question="هل هو آمن؟">غالبًا، نعم.</care-faq-item></care-faq-accordion>
      <care-guide .guide=${{ ...guide, lang: 'ar' }} layout="none"><care-faq-accordion dir="auto"></care-faq-accordion></care-guide>
    </div>`);
    for (const faq of wrapper.querySelectorAll<CareFaqAccordion>('care-faq-accordion')) await settled(faq);
    expect(directions(wrapper)).to.deep.equal(['care-faq-accordion rtl', 'care-faq-accordion rtl']);
  });

  it('keeps the page’s direction when nothing names the content’s language', async () => {
    const wrapper = await fixture(html`<div dir="rtl"><care-faq-accordion>
      <care-faq-item question="هل هو آمن؟">غالبًا، نعم.</care-faq-item>
    </care-faq-accordion></div>`);
    await settled(wrapper.querySelector<CareFaqAccordion>('care-faq-accordion')!);
    expect(directions(wrapper)).to.deep.equal(['care-faq-accordion rtl']);
  });

  it('lays a source’s words in a language of their own out in its direction, and its number and back-links in the note’s', async () => {
    const arabic = { ...guide, lang: 'ar', sources: guide.sources!.map((source) => ({ ...source, lang: 'en' })) };
    const wrapper = await fixture(html`<care-guide .guide=${arabic}><care-review-note></care-review-note></care-guide>`);
    const note = wrapper.querySelector<LitElement>('care-review-note')!;
    await settled(note);
    const source = note.shadowRoot!.querySelector<HTMLElement>('li:has([part="backlinks"])')!;
    expect(getComputedStyle(source.querySelector('[lang="en"]')!).direction, 'the source’s words').to.equal('ltr');
    expect(getComputedStyle(source).direction, 'its number, on the list’s side').to.equal('rtl');
    expect(getComputedStyle(source.querySelector('[part="backlinks"]')!).direction).to.equal('rtl');
  });
});
