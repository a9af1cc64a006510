import { expect } from '@open-wc/testing';
import { stemCellInjectionBackPain } from '../src/content/stem-cell-injection-back-pain.js';
import { SECTION_KINDS, validateGuide } from '../src/content/validate.js';
import type { Guide, SectionKey, ValidGuide } from '../src/content/types.js';
import { unsourcedNumbers } from './content-checks.js';

describe('stem-cell-injection-back-pain content pack', () => {
  const { value: guide, problems, version } = validateGuide(stemCellInjectionBackPain);
  const raw = stemCellInjectionBackPain as Guide;

  it('validates with no problems, as schema version 2', () => {
    expect(problems).to.deep.equal([]);
    expect(version).to.equal(2);
  });

  it('fills every section, research included', () => {
    for (const key of Object.keys(SECTION_KINDS) as SectionKey[]) {
      expect(guide![key]?.items.length, key).to.be.greaterThan(0);
    }
    expect(guide!.procedure!.items.map((s) => s.id)).to.deep.equal([
      'consultation', 'harvesting', 'processing', 'injection', 'aftercare',
    ]);
  });

  it('gives every item an explicit id, so deep links match in every language', () => {
    const missing = (Object.keys(SECTION_KINDS) as SectionKey[]).flatMap((key) =>
      (raw[key]?.items ?? []).filter((item) => !item.id).map((item) => `${key}: ${'question' in item ? item.question : item.title}`),
    );
    expect(missing).to.deep.equal([]);
    expect(raw.sources!.every((s) => s.id)).to.equal(true);
  });

  it('carries the trust metadata a patient needs, and asks a clinic for its own clinician’s review', () => {
    expect(guide!.summary).to.be.a('string');
    expect(guide!.disclaimer).to.match(/not medical advice/);
    expect(guide!.disclaimer).to.match(/must have it reviewed by its own clinician/);
    expect(guide!.reviewedBy).to.match(/not a clinical review/);
    expect(guide!.lastReviewed).to.match(/^\d{4}-\d{2}-\d{2}$/);
    // A built-in guide must not start warning on a fixed day: the clinic that publishes it sets nextReview.
    expect(raw).to.not.have.property('nextReview');
    expect(guide!.sources!.length).to.be.greaterThan(0);
    expect(guide!.sources!.every((s) => s.url?.startsWith('https://'))).to.equal(true);
  });

  it('states that nothing is approved for back pain, and the FDA’s warning', () => {
    const fda = guide!.faqs!.items.find((i) => i.id === 'fda-approval')!;
    expect(fda.answer).to.match(/^Not for back pain/);
    const studied = guide!.risks!.items.find((i) => i.id === 'still-being-studied')!;
    expect(studied.description).to.match(/no stem cell product is approved for back pain/);
    expect(studied.description).to.match(/FDA warns/);
  });

  it('gives every rate a cited source that quotes it, and every number a source', () => {
    expect(unsourcedNumbers(guide!)).to.deep.equal([]);
  });

  it('fails a rate whose source does not state it, or that cites no source', () => {
    const risks = guide!.risks!.items;
    const infection = risks.find((r) => r.id === 'infection')!;
    const tampered = (changes: object) => ({ ...guide!, risks: { items: [{ ...infection, ...changes }] } }) as ValidGuide;
    expect(unsourcedNumbers(tampered({ frequency: { band: 'uncommon', count: 1, per: 130 } }))).to.have.length(1);
    expect(unsourcedNumbers(tampered({ sources: ['fda-regenerative'] }))).to.have.length(1);
    expect(unsourcedNumbers(tampered({ sources: undefined }))).to.have.length(2);
  });

  it('says how often each risk happens, "not known" where no source states it', () => {
    const events = ['infection', 'bleeding', 'nerve-damage', 'pain-after-injection', 'may-not-work'];
    for (const id of events) expect(guide!.risks!.items.find((r) => r.id === id)!.frequency, id).to.not.equal(undefined);
    const known = guide!.risks!.items.filter((r) => r.frequency && r.frequency.band !== 'not-known');
    expect(known.every((r) => r.frequency!.count !== undefined), 'a band other than "not known" rests on a stated rate').to.equal(true);
  });

  it('states how strong the evidence is for every benefit', () => {
    expect(guide!.benefits!.items.every((b) => b.evidence?.note)).to.equal(true);
  });

  it('words research as what is being studied, never as what works', () => {
    for (const item of guide!.research!.items) {
      expect(item.description, item.id).to.match(/\b(stud(y|ying|ied)|testing|looking|exploring)\b/i);
      expect(item.description, item.id).to.not.match(/\b(works|cures|proven|effective)\b/i);
    }
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
