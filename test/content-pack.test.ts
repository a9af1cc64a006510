import { expect } from '@open-wc/testing';
import { stemCellInjectionBackPain } from '../src/content/stem-cell-injection-back-pain.js';
import { SECTION_KINDS, validateGuide } from '../src/content/validate.js';
import type { SectionKey } from '../src/content/types.js';

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

  it('keeps every item short enough to read on a phone', () => {
    const long: string[] = [];
    for (const key of Object.keys(SECTION_KINDS) as SectionKey[]) {
      for (const item of guide![key]!.items) {
        const text = 'answer' in item ? item.answer : (item.description ?? '');
        for (const paragraph of text.split(/\n\s*\n/)) if (paragraph.length > 320) long.push(`${key}/${item.id}`);
      }
    }
    expect(long, 'paragraphs over 320 characters').to.deep.equal([]);
  });

  it('promises nothing: no "will cure", "guaranteed" or "100%"', () => {
    const text = JSON.stringify(stemCellInjectionBackPain).toLowerCase();
    for (const claim of ['will cure', 'guarantee', '100%', 'miracle', 'permanent relief']) {
      expect(text, claim).to.not.contain(claim);
    }
  });
});
