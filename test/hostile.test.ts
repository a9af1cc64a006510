import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../src/guide/define.js';
import '../src/faq-accordion/define.js';
import '../src/review-note/define.js';
import { formatDate } from '../src/review-note/review-note.js';
import type { CareGuide } from '../src/guide/guide.js';
import type { Guide } from '../src/content/types.js';
import { problemPaths, useWarnings } from './helpers.js';

const tiny = { schemaVersion: 1, id: 'tiny', lang: 'en', title: 'Tiny', faqs: { items: [{ question: 'Q?', answer: 'A.' }] } } as Guide;

function deepList(depth: number): unknown {
  let value: unknown = [];
  for (let i = 0; i < depth; i++) value = [value];
  return value;
}

/** Values no JSON parser makes, as a page's script can set them through the `guide` property. */
function hostileGuides(): [string, unknown][] {
  const circular: Record<string, unknown> = { schemaVersion: 1 };
  circular.schemaVersion = circular;
  return [
    ['a BigInt schemaVersion', { ...tiny, schemaVersion: 1n }],
    ['a circular schemaVersion', circular],
    ['a schemaVersion nested 5,000 deep', { ...tiny, schemaVersion: deepList(5_000) }],
    ['a schemaVersion nested 200,000 deep', { ...tiny, schemaVersion: deepList(200_000) }],
    ['a guide that throws when read', new Proxy({}, { get: () => { throw new Error('trap'); } })],
  ];
}

describe('hostile content', () => {
  const warnings = useWarnings('body > care-guide');

  describe('<care-guide> given values no JSON parser makes', () => {
    for (const [name, value] of hostileGuides()) {
      it(`reports ${name} set before connection and keeps the page content`, async () => {
        const errors: string[] = [];
        const onError = (e: ErrorEvent) => errors.push(e.message);
        window.addEventListener('error', onError);
        const el = document.createElement('care-guide');
        el.innerHTML = '<p>Clinic text</p><care-faq-accordion></care-faq-accordion>';
        el.guide = value as Guide;
        const reported = oneEvent(el, 'care-content-error');
        document.body.append(el);
        const event = await reported;
        await el.updateComplete;
        window.removeEventListener('error', onError);
        expect(event.detail.problems).to.have.length(1);
        expect(['schemaVersion', '']).to.include(event.detail.problems[0].path);
        expect(el.value).to.equal(undefined);
        expect(el.querySelector('p')!.offsetHeight).to.be.greaterThan(0);
        expect(errors).to.deep.equal([]);
        expect(warnings.messages).to.have.length(1);
        expect(warnings.messages[0].length).to.be.lessThan(400);
      });
    }

    it('takes the previous guide off the page when the next one cannot be read', async () => {
      const el = await fixture<CareGuide>(html`<care-guide .guide=${tiny}><care-faq-accordion></care-faq-accordion></care-guide>`);
      const faq = el.querySelector('care-faq-accordion')!;
      await faq.updateComplete;
      expect(faq.shadowRoot!.querySelectorAll('[part="toggle"]')).to.have.length(1);
      const reported = oneEvent(el, 'care-content-error');
      el.guide = { ...tiny, schemaVersion: 1n } as unknown as Guide;
      expect((await reported).detail.problems[0]).to.deep.equal({ path: 'schemaVersion', message: 'expected 1, got 1n' });
      await faq.updateComplete;
      expect(el.value).to.equal(undefined);
      expect(faq.shadowRoot!.querySelectorAll('[part="toggle"]')).to.have.length(0);
    });
  });

  describe('review dates', () => {
    it('never shows year 25 as 1925', () => {
      expect(formatDate('0025-06-01', 'en')).to.not.contain('1925');
      expect(formatDate('2026-06-01', 'en')).to.equal('June 1, 2026');
    });

    it('reports a review date outside 1900 to 2100 and shows no date', async () => {
      for (const date of ['0025-06-01', '1899-12-31', '2101-01-01']) {
        const el = document.createElement('care-review-note');
        el.lastReviewed = date;
        const reported = oneEvent(el, 'care-content-error');
        document.body.append(el);
        expect(problemPaths((await reported).detail.problems), date).to.deep.equal(['last-reviewed']);
        await el.updateComplete;
        expect(el.shadowRoot!.querySelector('time'), date).to.equal(null);
        el.remove();
      }
    });

    it('leaves a guide\'s two-digit-year review date out, naming it', async () => {
      const el = document.createElement('care-guide');
      el.innerHTML = '<care-review-note></care-review-note>';
      el.guide = { ...tiny, lastReviewed: '0025-06-01' };
      const reported = oneEvent(el, 'care-content-error');
      document.body.append(el);
      expect(problemPaths((await reported).detail.problems)).to.deep.equal(['lastReviewed']);
      const note = el.querySelector('care-review-note')!;
      await note.updateComplete;
      expect(note.shadowRoot!.querySelector('time')).to.equal(null);
    });
  });
});
