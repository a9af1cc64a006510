import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../src/topic-list/define.js';
import '../src/guide/define.js';
import type { CareTopicList } from '../src/topic-list/topic-list.js';
import { stemCellInjectionBackPain } from '../src/content/stem-cell-injection-back-pain.js';
import { captureWarnings } from './helpers.js';

const titles = (el: CareTopicList) =>
  [...el.shadowRoot!.querySelectorAll('[part="title"]')].map((t) => t.textContent!.trim());

describe('<care-topic-list>', () => {
  it('shows the section of <care-guide> named by section', async () => {
    const guide = await fixture(html`<care-guide .guide=${stemCellInjectionBackPain}>
      <care-topic-list></care-topic-list>
      <care-topic-list section="recovery"></care-topic-list>
      <care-topic-list section="tips"></care-topic-list>
    </care-guide>`);
    const [conditions, recovery, tips] = guide.querySelectorAll('care-topic-list');
    await tips.updateComplete;
    expect(titles(conditions)).to.include('Degenerative disc disease');
    expect(titles(recovery)).to.deep.equal(['Rest', 'Pain relief', 'Physical therapy', 'Follow-up visits']);
    expect(titles(tips)).to.have.length(5);
    expect(recovery.shadowRoot!.querySelector('h2')!.textContent!.trim()).to.equal('Recovery');
    await expect(conditions).to.be.accessible();
  });

  it('renders CMS-written <care-topic> children and the items property', async () => {
    const el = await fixture<CareTopicList>(html`<care-topic-list heading="After the injection">
      <care-topic label="Rest">Avoid <strong>heavy lifting</strong>.</care-topic>
    </care-topic-list>`);
    expect(titles(el)).to.deep.equal(['Rest']);
    expect(el.querySelector('strong')!.offsetParent).to.not.equal(null);
    const data = await fixture<CareTopicList>(html`<care-topic-list .items=${[{ title: 'Walk daily' }]}></care-topic-list>`);
    expect(titles(data)).to.deep.equal(['Walk daily']);
  });

  it('reports an unknown section and a bad item', async () => {
    const warnings = captureWarnings();
    try {
      const el = document.createElement('care-topic-list');
      el.setAttribute('section', 'gossip');
      const error = oneEvent(el, 'care-content-error');
      document.body.append(el);
      expect((await error).detail.problems[0].path).to.equal('section');
      el.remove();
      const bad = document.createElement('care-topic-list');
      bad.items = [{ title: 'Fine' }, { description: 'untitled' } as never];
      const badError = oneEvent(bad, 'care-content-error');
      document.body.append(bad);
      expect((await badError).detail.problems[0].path).to.equal('items[1].title');
      await bad.updateComplete;
      expect(titles(bad)).to.deep.equal(['Fine']);
      bad.remove();
    } finally {
      warnings.restore();
    }
  });
});
