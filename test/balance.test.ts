import { expect, fixture, html } from '@open-wc/testing';
import type { LitElement } from 'lit';
import '../src/index.js';
import { stemCellInjectionBackPain as guide } from '../src/content/stem-cell-injection-back-pain.js';

/** Benefits and risks are the point of this content: a patient must see them with the same weight. */
const CARD_LOOK = [
  'borderTopWidth', 'borderTopStyle', 'borderTopColor', 'borderTopLeftRadius', 'backgroundColor', 'boxShadow',
  'paddingTop', 'paddingInlineStart',
] as const;

const base = (el: LitElement) => el.shadowRoot!.querySelector<HTMLElement>('[part="base"]')!;
const body = (el: LitElement) => base(el).querySelector<HTMLElement>('.body') ?? base(el);
const look = (el: HTMLElement, props: readonly string[]) => {
  const style = getComputedStyle(el);
  return Object.fromEntries(props.map((p) => [p, style[p as keyof CSSStyleDeclaration]]));
};
const parts = (el: LitElement) => new Set([...el.shadowRoot!.querySelectorAll('[part]')].flatMap((node) => [...node.part]));

async function pair(variant: string, width = '50rem') {
  const wrapper = await fixture(html`<care-guide .guide=${guide} style="inline-size: ${width}; display: block">
    <care-benefits-card variant=${variant}><a slot="footer" href="#book">Book a consultation</a></care-benefits-card>
    <care-risk-list variant=${variant}><p slot="footer"><a href="#book">Talk to your doctor</a> about these risks.</p></care-risk-list>
  </care-guide>`);
  const benefits = wrapper.querySelector('care-benefits-card')!;
  const risks = wrapper.querySelector('care-risk-list')!;
  await benefits.updateComplete;
  await risks.updateComplete;
  return { benefits, risks };
}

describe('balance: the risk card and the benefits card', () => {
  for (const variant of ['outlined', 'elevated']) {
    it(`draws risks in the same ${variant} card as benefits`, async () => {
      const { benefits, risks } = await pair(variant);
      expect(look(base(risks), CARD_LOOK)).to.deep.equal(look(base(benefits), CARD_LOOK));
      expect(look(body(risks), ['paddingTop', 'paddingInlineStart'])).to.deep.equal(look(body(benefits), ['paddingTop', 'paddingInlineStart']));
      await expect(risks).to.be.accessible();
    });
  }

  it('raises the elevated card on a dark page by its surface, where a shadow draws no edge, unless the page sets one', async () => {
    const { benefits, risks } = await pair('elevated');
    const background = (el: LitElement) => getComputedStyle(base(el)).backgroundColor;
    expect(background(benefits), 'light: the page shows through, the shadow is the edge').to.equal('rgba(0, 0, 0, 0)');
    const wrapper = benefits.parentElement!;
    // A dark page, as a site's dark theme writes it.
    Object.assign(wrapper.style, { colorScheme: 'dark', background: 'rgb(17, 17, 17)', color: 'rgb(238, 238, 238)' });
    expect([background(benefits), background(risks)], 'dark: the raised surface').to.deep.equal(['rgb(31, 41, 55)', 'rgb(31, 41, 55)']);
    wrapper.style.setProperty('--care-color-surface', 'rgb(1, 2, 3)');
    expect(background(benefits), 'the page’s own card surface wins').to.equal('rgb(1, 2, 3)');
    wrapper.style.removeProperty('--care-color-surface');
    risks.style.setProperty('--care-risk-list-background', 'rgb(4, 5, 6)');
    expect(background(risks), 'and the element’s own').to.equal('rgb(4, 5, 6)');
    await expect(benefits).to.be.accessible();
  });

  it('gives both the same heading, text size and two columns when wide', async () => {
    const { benefits, risks } = await pair('outlined');
    const heading = (el: LitElement) => el.shadowRoot!.querySelector<HTMLElement>('[part="section-heading"]')!;
    expect(heading(risks).localName).to.equal(heading(benefits).localName);
    expect(look(heading(risks), ['fontSize', 'fontWeight'])).to.deep.equal(look(heading(benefits), ['fontSize', 'fontWeight']));
    const columns = (el: LitElement) => getComputedStyle(el.shadowRoot!.querySelector('[part="list"]')!).gridTemplateColumns.split(' ').length;
    expect(columns(risks)).to.equal(2);
    expect(columns(benefits)).to.equal(2);
  });

  it('uses the parts of the benefits card, by the shared names', async () => {
    const { benefits, risks } = await pair('outlined');
    // A benefit's evidence stands where a risk's severity does: each the strength of its item, in words and by shape.
    const counterpart: Record<string, string> = { evidence: 'severity' };
    const shared = [...parts(benefits)].filter((name) => !parts(risks).has(counterpart[name] ?? name));
    expect(shared, 'benefit parts the risk card lacks').to.deep.equal([]);
    expect(base(risks).localName).to.equal(base(benefits).localName);
  });

  it('keeps the footer slot inside the card', async () => {
    const { risks } = await pair('elevated');
    const footer = risks.querySelector('[slot="footer"]')!;
    const card = base(risks).getBoundingClientRect();
    const rect = footer.getBoundingClientRect();
    expect(rect.top).to.be.greaterThan(card.top);
    expect(rect.bottom).to.be.lessThan(card.bottom);
  });

  it('stays a plain list without a variant', async () => {
    const el = await fixture<LitElement>(html`<care-risk-list .items=${guide.risks!.items}></care-risk-list>`);
    expect(getComputedStyle(base(el)).borderTopStyle).to.equal('none');
  });
});

describe('risk severity', () => {
  it('shows low severity in a neutral colour, not a reassuring green', async () => {
    const el = await fixture<LitElement>(html`<care-risk-list .items=${[{ title: 'Soreness', severity: 'low' }]}></care-risk-list>`);
    for (const scheme of ['light', 'dark']) {
      el.style.colorScheme = scheme;
      const [r, g, b] = getComputedStyle(el.shadowRoot!.querySelector('.severity')!).color.match(/\d+/g)!.map(Number);
      expect(Math.max(r, g, b) - Math.min(r, g, b), `${scheme}: rgb(${r}, ${g}, ${b}) is grey`).to.be.below(50);
    }
  });

  it('names the severity once per group and keeps it for screen readers on each risk', async () => {
    const wrapper = await fixture(html`<care-guide .guide=${guide}><care-risk-list group-by="severity" variant="outlined"></care-risk-list></care-guide>`);
    const el = wrapper.querySelector('care-risk-list')!;
    await el.updateComplete;
    const root = el.shadowRoot!;
    const groups = [...root.querySelectorAll('[part="group-heading"]')].map((heading) => heading.textContent!.trim());
    expect(groups, 'each severity named by one group heading').to.deep.equal(['Severity: high', 'Severity: moderate', 'Severity: low']);
    const high = root.querySelector('[part="group-heading"]')!;
    expect(getComputedStyle(high.querySelector('span')!, '::before').content).to.match(/▲/);
    const items = [...root.querySelectorAll<HTMLElement>('[part="item"]')];
    expect(items).to.have.length(guide.risks!.items.length);
    for (const item of items) {
      const label = item.querySelector<HTMLElement>('[part="severity"]')!;
      expect(label.textContent!.replace(/\s+/g, ' ').trim()).to.match(/^[▲◆●] ?Severity: (high|moderate|low)$/);
      const { width, height } = label.getBoundingClientRect();
      expect(width <= 1 && height <= 1, `"${label.textContent!.trim()}" is visually hidden`).to.equal(true);
    }
    await expect(el).to.be.accessible();
  });

  it('shows the severity on each risk when not grouped', async () => {
    const el = await fixture<LitElement>(html`<care-risk-list .items=${guide.risks!.items} sort="severity"></care-risk-list>`);
    const label = el.shadowRoot!.querySelector<HTMLElement>('[part="severity"]')!;
    expect(label.getBoundingClientRect().width).to.be.greaterThan(20);
  });
});
