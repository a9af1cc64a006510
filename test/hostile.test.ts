import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../src/guide/define.js';
import '../src/faq-accordion/define.js';
import type { CareGuide } from '../src/guide/guide.js';
import type { Guide } from '../src/content/types.js';
import { useWarnings } from './helpers.js';

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
});
