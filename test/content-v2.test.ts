import { expect } from '@open-wc/testing';
import { bandOf } from '../src/content/evidence.js';
import { validateGuide, validateItems, validateSources } from '../src/content/validate.js';

const v1 = { schemaVersion: 1, id: 'g', lang: 'en', title: 'A guide' };
const v2 = { ...v1, schemaVersion: 2 };
const sources = [
  { id: 'fda', title: 'FDA warns about stem cell therapies', url: 'https://www.fda.gov/' },
  { id: 'review', title: 'A systematic review', quote: 'One of 136 patients had an infection.' },
];
const paths = (problems: { path: string }[]) => problems.map((p) => p.path);

describe('schema version 2', () => {
  it('says which version it read, in the result and in the guide', () => {
    for (const doc of [v1, v2]) {
      const { value, version, problems } = validateGuide(doc);
      expect(problems).to.deep.equal([]);
      expect(version).to.equal(doc.schemaVersion);
      expect(value!.schemaVersion).to.equal(doc.schemaVersion);
    }
  });

  it('keeps a frequency, evidence and citations, and gives every source an id', () => {
    const { value, problems } = validateGuide({
      ...v2,
      sources: [...sources, { title: 'Approved products' }],
      risks: { items: [{ id: 'infection', title: 'Infection', frequency: { band: 'uncommon', count: 1, per: 136 }, sources: ['review', 'fda'] }] },
      benefits: { items: [{ id: 'less-pain', title: 'Less pain', evidence: { level: 'limited', note: ' Small studies. ' }, frequency: { band: 'not-known' } }] },
      faqs: { items: [{ question: 'Is it approved?', answer: 'No.', sources: ['fda'] }] },
    });
    expect(problems).to.deep.equal([]);
    expect(value!.risks!.items[0]).to.deep.equal({
      id: 'infection', title: 'Infection', frequency: { band: 'uncommon', count: 1, per: 136 }, sources: ['review', 'fda'],
    });
    expect(value!.benefits!.items[0]).to.deep.include({ evidence: { level: 'limited', note: 'Small studies.' }, frequency: { band: 'not-known' } });
    expect(value!.faqs!.items[0].sources).to.deep.equal(['fda']);
    expect(value!.sources!.map((s) => s.id)).to.deep.equal(['fda', 'review', 'approved-products']);
    expect(value!.sources![1].quote).to.equal('One of 136 patients had an infection.');
  });

  it('adds a research section, which version 1 does not know and ignores', () => {
    const research = { title: 'What researchers are exploring', items: [{ id: 'bioprinting', title: 'Printing tissue' }] };
    expect(validateGuide({ ...v2, research }).value!.research!.items[0].id).to.equal('bioprinting');
    const old = validateGuide({ ...v1, research });
    expect(old.problems).to.deep.equal([]);
    expect(old.value).to.not.have.property('research');
  });

  it('ignores version 2 fields in a version 1 document, as any unknown field', () => {
    const { value, problems } = validateGuide({
      ...v1,
      sources: [{ id: 'fda', title: 'FDA', quote: 'A sentence.' }],
      risks: { items: [{ title: 'Infection', frequency: { band: 'often' }, sources: ['nowhere'] }] },
      benefits: { items: [{ title: 'Less pain', evidence: 'strong' }] },
    });
    expect(problems).to.deep.equal([]);
    expect(value!.sources).to.deep.equal([{ title: 'FDA' }]);
    expect(value!.risks!.items[0]).to.deep.equal({ id: 'infection', title: 'Infection' });
    expect(value!.benefits!.items[0]).to.deep.equal({ id: 'less-pain', title: 'Less pain' });
  });

  describe('frequency', () => {
    const risk = (frequency: unknown) => validateGuide({ ...v2, risks: { items: [{ title: 'Infection', frequency }] } });

    it('puts a rate in the band the EU leaflets give it, boundaries included', () => {
      expect([[1, 10], [1, 11], [1, 100], [1, 136], [1, 1_000], [1, 1_001], [1, 10_000], [1, 10_001], [3, 33]].map(([c, p]) => bandOf(c, p))).to.deep.equal([
        'very-common', 'common', 'common', 'uncommon', 'uncommon', 'rare', 'rare', 'very-rare', 'common',
      ]);
    });

    it('leaves out a frequency whose number disagrees with its band, and keeps the risk', () => {
      const { value, problems } = risk({ band: 'rare', count: 1, per: 136 });
      expect(problems).to.deep.equal([{ path: 'risks.items[0].frequency', message: '1 in 136 is "uncommon", not "rare"; frequency left out' }]);
      expect(value!.risks!.items[0]).to.deep.equal({ id: 'infection', title: 'Infection' });
    });

    it('refuses a number on "not known", an unknown band, half a rate and more than everyone', () => {
      expect(paths(risk({ band: 'not-known', count: 1, per: 100 }).problems)).to.deep.equal(['risks.items[0].frequency']);
      expect(paths(risk({ band: 'often' }).problems)).to.deep.equal(['risks.items[0].frequency.band']);
      expect(paths(risk({ band: 'common', count: 1 }).problems)).to.deep.equal(['risks.items[0].frequency.per']);
      expect(paths(risk({ band: 'common', count: '1', per: 50 }).problems)).to.deep.equal(['risks.items[0].frequency.count']);
      expect(paths(risk({ band: 'very-common', count: 5, per: 2 }).problems)).to.deep.equal(['risks.items[0].frequency.count']);
      expect(paths(risk({ band: 'common', count: 0, per: 50 }).problems)).to.deep.equal(['risks.items[0].frequency.count']);
      expect(paths(risk('rare').problems)).to.deep.equal(['risks.items[0].frequency']);
      for (const bad of [{ band: 'not-known', count: 1, per: 100 }, 'rare', { band: 'common', count: Infinity, per: Infinity }]) {
        expect(risk(bad).value!.risks!.items[0]).to.not.have.property('frequency');
      }
    });
  });

  describe('evidence', () => {
    it('refuses an unknown level and keeps the benefit; an empty note alone is left out', () => {
      const { value, problems } = validateGuide({
        ...v2,
        benefits: { items: [{ title: 'A', evidence: { level: 'weak' } }, { title: 'B', evidence: { level: 'moderate', note: ' ' } }] },
      });
      expect(paths(problems)).to.deep.equal(['benefits.items[0].evidence.level', 'benefits.items[1].evidence.note']);
      expect(value!.benefits!.items.map((b) => b.evidence)).to.deep.equal([undefined, { level: 'moderate' }]);
    });
  });

  describe('citations', () => {
    it('leaves out a citation of a source the guide does not list, a malformed one and a repeat', () => {
      const { value, problems } = validateGuide({
        ...v2,
        sources,
        tips: { items: [{ title: 'Ask', sources: ['fda', 'nowhere', 'has space', 'fda', 7] }] },
      });
      expect(problems.map((p) => [p.path, p.message])).to.deep.equal([
        ['tips.items[0].sources[1]', 'no source has the id "nowhere"; left out'],
        ['tips.items[0].sources[2]', 'expected letters, digits, "-" or "_"; left out'],
        ['tips.items[0].sources[3]', '"fda" is cited twice; left out'],
        ['tips.items[0].sources[4]', 'expected letters, digits, "-" or "_"; left out'],
      ]);
      expect(value!.tips!.items[0].sources).to.deep.equal(['fda']);
    });

    it('cites nothing in a guide that lists no sources', () => {
      const { value, problems } = validateGuide({ ...v2, tips: { items: [{ title: 'Ask', sources: ['fda'] }] } });
      expect(paths(problems)).to.deep.equal(['tips.items[0].sources[0]']);
      expect(value!.tips!.items[0]).to.not.have.property('sources');
    });

    it('reports a duplicate or malformed source id and derives another', () => {
      const { value, problems } = validateGuide({ ...v2, sources: [{ id: 'fda', title: 'A' }, { id: 'fda', title: 'B' }, { id: 'no way', title: 'C d' }] });
      expect(paths(problems)).to.deep.equal(['sources[2].id', 'sources[1].id']);
      expect(value!.sources!.map((s) => s.id)).to.deep.equal(['fda', 'fda-2', 'c-d']);
    });

    it('checks only the form of cited ids for items given alone, and gives sources given alone ids', () => {
      const items = validateItems('risk', [{ title: 'Infection', sources: ['anything', 'no way'] }]);
      expect(paths(items.problems)).to.deep.equal(['items[0].sources[1]']);
      expect(items.value[0].sources).to.deep.equal(['anything']);
      expect(validateSources([{ title: 'FDA' }, { id: 'nih', title: 'NIH' }]).value.map((s) => s.id)).to.deep.equal(['fda', 'nih']);
    });
  });
});
