import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../src/risk-list/define.js';
import type { CareRiskList } from '../src/risk-list/risk-list.js';
import { afterMutations, useWarnings } from './helpers.js';
import { runSectionSuite } from './suites/section.suite.js';

const risks = [
  { title: 'Bleeding', severity: 'low', description: 'Some bruising.' },
  { title: 'Nerve damage', severity: 'high', description: 'Rare but serious.' },
  { title: 'Cost', description: 'Often not covered.' },
  { title: 'Infection', severity: 'moderate' },
] as const;

const root = (el: CareRiskList) => el.shadowRoot!;
const titles = (el: CareRiskList) => [...root(el).querySelectorAll('[part="title"]')].map((t) => t.textContent!.trim());

async function riskList(attrs = ''): Promise<CareRiskList> {
  const el = document.createElement('care-risk-list');
  for (const attr of attrs.split(' ').filter(Boolean)) {
    const [name, value] = attr.split('=');
    el.setAttribute(name, value ?? '');
  }
  el.heading = 'Risks';
  el.items = [...risks];
  document.body.append(el);
  await el.updateComplete;
  return el;
}

describe('<care-risk-list>', () => {
  useWarnings('body > care-risk-list');

  runSectionSuite({
    tag: 'care-risk-list',
    section: 'risks',
    fields: { title: 'title', text: 'description' },
    child: { tag: 'care-risk', titleAttribute: 'label' },
    words: {
      key: 'severityUnrated',
      attributes: { 'group-by': 'severity' },
      read: (h) => h.root.querySelector('[part="group-heading"]')?.textContent,
    },
  });

  it('is a list of risks that passes axe, severity colours included', async () => {
    const el = await riskList();
    expect(root(el).querySelectorAll('ul[part="list"] > li')).to.have.length(4);
    await expect(el).to.be.accessible();
  });

  it('labels severity in words and with a shape, never by colour alone', async () => {
    const el = await riskList();
    const labels = [...root(el).querySelectorAll('[part="severity"]')];
    const spoken = (l: Element) =>
      [...l.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE || (n instanceof Element && n.ariaHidden !== 'true')).map((n) => n.textContent).join('').trim();
    expect(labels.map(spoken)).to.deep.equal(['Severity: low', 'Severity: high', 'Severity: moderate']);
    expect(labels.map((l) => l.querySelector('[aria-hidden="true"]')!.textContent)).to.deep.equal(['●', '▲', '◆']);
  });

  it('orders high to low with sort="severity", unrated last', async () => {
    const el = await riskList('sort=severity');
    expect(titles(el)).to.deep.equal(['Nerve damage', 'Infection', 'Bleeding', 'Cost']);
  });

  it('groups under severity sub-headings with group-by="severity"', async () => {
    const el = await riskList('group-by=severity');
    const groups = [...root(el).querySelectorAll('[part="group-heading"]')];
    expect(groups.map((g) => [g.localName, g.textContent!.trim()])).to.deep.equal([
      ['h3', 'Severity: high'],
      ['h3', 'Severity: moderate'],
      ['h3', 'Severity: low'],
      ['h3', 'Other considerations'],
    ]);
    expect(root(el).querySelector('[part="title"]')!.localName).to.equal('h4');
    await expect(el).to.be.accessible();
  });

  it('reads severity from <care-risk> children, and puts the footer after the list', async () => {
    const el = await fixture<CareRiskList>(html`<care-risk-list>
      <care-risk label="Infection" severity="moderate">Keep the site clean.</care-risk>
      <a slot="footer" href="/contact">Talk to your doctor about these risks</a>
    </care-risk-list>`);
    expect(titles(el)).to.deep.equal(['Infection']);
    expect(root(el).querySelector('[part="severity"]')!.textContent).to.contain('Severity: moderate');
    const link = el.querySelector<HTMLElement>('a[slot="footer"]')!;
    const list = root(el).querySelector('ul')!;
    expect(link.offsetTop).to.be.greaterThan(list.getBoundingClientRect().bottom - el.getBoundingClientRect().top - 1);
    // One written later, as an editor adds it, shows after the first.
    const later = Object.assign(document.createElement('p'), { slot: 'footer', textContent: 'Or call us.' });
    el.append(later);
    await afterMutations(el);
    expect(later.assignedSlot?.name).to.equal('footer');
    expect(later.getBoundingClientRect().top).to.be.at.least(link.getBoundingClientRect().bottom);
  });

  it('reports an unknown severity and still lists the risk', async () => {
    const el = document.createElement('care-risk-list');
    el.items = [{ title: 'Odd', severity: 'extreme' as 'high' }];
    const error = oneEvent(el, 'care-content-error');
    document.body.append(el);
    expect((await error).detail.problems[0].path).to.equal('items[0].severity');
    await el.updateComplete;
    expect(titles(el)).to.deep.equal(['Odd']);
  });
});
