import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../src/topic-list/define.js';
import '../src/guide/define.js';
import type { CareTopicList } from '../src/topic-list/topic-list.js';
import { stemCellInjectionBackPain } from '../src/content/stem-cell-injection-back-pain.js';
import { useWarnings } from './helpers.js';
import { runSectionSuite } from './suites/section.suite.js';

const titles = (el: CareTopicList) =>
  [...el.shadowRoot!.querySelectorAll('[part="title"]')].map((t) => t.textContent!.trim());

describe('<care-topic-list>', () => {
  runSectionSuite({
    tag: 'care-topic-list',
    section: 'conditions',
    fields: { title: 'title', text: 'description' },
    child: { tag: 'care-topic', titleAttribute: 'label' },
  });

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

  describe('an unknown section', () => {
    const warnings = useWarnings('body > care-guide');

    it('is reported, and the conditions are shown instead', async () => {
      const guide = document.createElement('care-guide');
      guide.guide = stemCellInjectionBackPain;
      guide.innerHTML = '<care-topic-list section="gossip"></care-topic-list>';
      const el = guide.querySelector('care-topic-list')!;
      const error = oneEvent(el, 'care-content-error');
      document.body.append(guide);
      expect((await error).detail.problems).to.deep.equal([{ path: 'section', message: 'expected one of conditions, recovery, tips, benefits, research' }]);
      await el.updateComplete;
      expect(titles(el)).to.include('Degenerative disc disease');
      expect(warnings.messages).to.have.length(1);
    });
  });
});
