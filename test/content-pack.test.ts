import { expect } from '@open-wc/testing';
import { stemCellInjectionBackPain } from '../src/content/stem-cell-injection-back-pain.js';
import { SECTION_KINDS, validateGuide } from '../src/content/validate.js';
import type { SectionKey } from '../src/content/types.js';
import { packUrl } from './helpers.js';

describe('stem-cell-injection-back-pain content pack', () => {
  const { value: guide, problems } = validateGuide(stemCellInjectionBackPain);

  it('validates with no problems', () => {
    expect(problems).to.deep.equal([]);
  });

  it('fills every section', () => {
    for (const key of Object.keys(SECTION_KINDS) as SectionKey[]) {
      expect(guide![key]?.items.length, key).to.be.greaterThan(0);
    }
    expect(guide!.procedure!.items.map((s) => s.id)).to.deep.equal([
      'consultation', 'harvesting', 'processing', 'injection', 'aftercare',
    ]);
  });

  it('carries the trust metadata a patient needs', () => {
    expect(guide!.summary).to.be.a('string');
    expect(guide!.disclaimer).to.match(/not medical advice/);
    expect(guide!.lastReviewed).to.match(/^\d{4}-\d{2}-\d{2}$/);
    expect(guide!.sources!.length).to.be.greaterThan(0);
    expect(guide!.sources!.every((s) => s.url?.startsWith('https://'))).to.equal(true);
  });

  it('states that nothing is approved for back pain', () => {
    const fda = guide!.faqs!.items.find((i) => i.id === 'fda-approval')!;
    expect(fda.answer).to.match(/^Not for back pain/);
  });

  it('is shipped as a JSON file identical to the typed module', async () => {
    const json = await (await fetch(packUrl)).json();
    expect(json).to.deep.equal(stemCellInjectionBackPain);
  });
});
