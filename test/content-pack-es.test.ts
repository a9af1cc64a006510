import { expect } from '@open-wc/testing';
import { stemCellInjectionBackPain as en } from '../src/content/stem-cell-injection-back-pain.js';
import { stemCellInjectionBackPainEs as es } from '../src/content/stem-cell-injection-back-pain.es.js';
import { SECTION_KINDS, validateGuide } from '../src/content/validate.js';
import type { SectionKey } from '../src/content/types.js';
import { unsourcedNumbers } from './content-checks.js';

const KEYS = Object.keys(SECTION_KINDS) as SectionKey[];

describe('stem-cell-injection-back-pain content pack, in Spanish', () => {
  const { value: guide, problems, version } = validateGuide(es);

  it('validates with no problems, as schema version 2 in Spanish', () => {
    expect(problems).to.deep.equal([]);
    expect(version).to.equal(2);
    expect(guide!.lang).to.equal('es');
  });

  it('has the same ids as the English guide, so deep links and analytics match across languages', () => {
    for (const key of KEYS) expect(es[key]!.items.map((i) => i.id), key).to.deep.equal(en[key]!.items.map((i) => i.id));
    expect(es.sources!.map((s) => s.id)).to.deep.equal(en.sources!.map((s) => s.id));
  });

  it('says the same things as the English guide: severities, frequencies, evidence levels and citations', () => {
    const facts = (guide: typeof en) =>
      KEYS.flatMap((key) => guide[key]!.items.map((item) => JSON.stringify([item.id, 'severity' in item && item.severity, 'frequency' in item && item.frequency, 'evidence' in item && item.evidence?.level, item.sources])));
    expect(facts(es)).to.deep.equal(facts(en));
    // The sources are quoted in their own language, and say so.
    expect(es.sources!.map((s) => [s.url, s.quote, s.lang])).to.deep.equal(en.sources!.map((s) => [s.url, s.quote, 'en']));
  });

  it('is marked as a draft translation for a native-speaking clinician to review', () => {
    expect(guide!.disclaimer).to.match(/borrador de traducción/);
    expect(guide!.disclaimer).to.match(/un médico que hable español como lengua materna debe revisarla/);
    expect(guide!.reviewedBy).to.match(/no es una revisión clínica/);
    expect(es).to.not.have.property('nextReview');
  });

  it('says no stem cell product is approved for back pain, and gives the FDA’s warning', () => {
    const studied = guide!.risks!.items.find((i) => i.id === 'still-being-studied')!;
    expect(studied.description).to.match(/no hay ningún producto de células madre aprobado para el dolor de espalda/);
    expect(studied.description).to.match(/La FDA advierte/);
    expect(guide!.faqs!.items.find((i) => i.id === 'fda-approval')!.answer).to.match(/^No para el dolor de espalda/);
  });

  it('gives every rate and every number a source, as the English guide does', () => {
    expect(unsourcedNumbers(guide!)).to.deep.equal([]);
  });

  it('speaks to the reader as "usted", never "tú"', () => {
    const text = JSON.stringify(KEYS.map((key) => es[key])) + es.summary + es.disclaimer;
    expect(text.match(/(?<!\p{L})(tú|tu|tus|te|ti|contigo)(?!\p{L})/giu)).to.equal(null);
    expect('¿Y tú qué piensas?'.match(/(?<!\p{L})(tú|tu|tus|te|ti|contigo)(?!\p{L})/giu)).to.deep.equal(['tú']);
    expect(text).to.match(/\busted\b/);
  });
});
