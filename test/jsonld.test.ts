import { expect } from '@open-wc/testing';
import { guideJsonLd, jsonLdGraph, scriptJson } from '../src/content/jsonld.js';
import { stemCellInjectionBackPain } from '../src/content/stem-cell-injection-back-pain.js';
import { stemCellInjectionBackPainEs } from '../src/content/stem-cell-injection-back-pain.es.js';
import type { Guide } from '../src/content/types.js';
import { validateGuide } from '../src/content/validate.js';

type Node = Record<string, unknown> & { '@type': string };
const nodes = (guide: Guide) => guideJsonLd(guide)['@graph'] as unknown as Node[];
const byType = (guide: Guide, type: string) => nodes(guide).find((node) => node['@type'] === type);

const small: Guide = {
  schemaVersion: 1,
  id: 'small',
  lang: 'de',
  title: 'Kleine Anleitung',
  procedure: { items: [{ title: 'Vorbereitung', duration: '10 Minuten' }, { title: 'Eingriff', description: 'Kurz.\n\nUnd schmerzarm.' }] },
};

describe('guideJsonLd', () => {
  it('builds one graph: the page, the procedure and the questions', () => {
    const graph = guideJsonLd(stemCellInjectionBackPain);
    expect(graph['@context']).to.equal('https://schema.org');
    expect(nodes(stemCellInjectionBackPain).map((node) => node['@type'])).to.deep.equal(['MedicalWebPage', 'MedicalProcedure', 'FAQPage']);
  });

  it('describes the page: name, description, language, and the procedure it is about', () => {
    const page = byType(stemCellInjectionBackPain, 'MedicalWebPage')!;
    expect(page.name).to.equal(stemCellInjectionBackPain.title);
    expect(page.description).to.equal(stemCellInjectionBackPain.summary);
    expect(page.inLanguage).to.equal('en');
    expect(page.about).to.deep.equal({ '@id': byType(stemCellInjectionBackPain, 'MedicalProcedure')!['@id'] });
  });

  it('has exactly one Question per FAQ item, with its answer', () => {
    const faq = byType(stemCellInjectionBackPain, 'FAQPage')!;
    expect(faq.mainEntity).to.deep.equal(
      stemCellInjectionBackPain.faqs!.items.map((item) => ({
        '@type': 'Question',
        name: item.question,
        acceptedAnswer: { '@type': 'Answer', text: item.answer },
      })),
    );
  });

  it('carries the review date and the reviewer, a group as an Organization', () => {
    const page = byType(stemCellInjectionBackPain, 'MedicalWebPage')!;
    expect(page.lastReviewed).to.equal(stemCellInjectionBackPain.lastReviewed);
    expect(page.reviewedBy).to.deep.equal({ '@type': 'Organization', name: stemCellInjectionBackPain.reviewedBy });
  });

  it('names a reviewer who is a person as a Person', () => {
    const page = byType({ ...small, reviewedBy: 'Dr Amara Okafor' }, 'MedicalWebPage')!;
    expect(page.reviewedBy).to.deep.equal({ '@type': 'Person', name: 'Dr Amara Okafor' });
  });

  it('leaves out the review date, the reviewer, the citations and the FAQPage when the guide has none', () => {
    const page = byType(small, 'MedicalWebPage')!;
    expect(page).to.not.have.any.keys('lastReviewed', 'reviewedBy', 'citation', 'description');
    expect(byType(small, 'FAQPage')).to.equal(undefined);
  });

  it('cites every source, with its publisher and only a safe URL, written as the page links it', () => {
    const guide: Guide = {
      ...small,
      sources: [
        { title: 'A review', publisher: 'A journal', url: 'https://example.org/review' },
        { title: 'A leaflet', url: 'javascript:alert(1)' },
        { title: 'The clinic', url: 'tel:+44 20 7946 0000' },
      ],
    };
    expect(byType(guide, 'MedicalWebPage')!.citation).to.deep.equal([
      { '@type': 'CreativeWork', name: 'A review', publisher: { '@type': 'Organization', name: 'A journal' }, url: 'https://example.org/review' },
      { '@type': 'CreativeWork', name: 'A leaflet' },
      { '@type': 'CreativeWork', name: 'The clinic', url: 'tel:+442079460000' },
    ]);
  });

  it('writes the steps as numbered text in howPerformed, and recovery as followup', () => {
    const procedure = byType({ ...small, recovery: { items: [{ title: 'Ruhe', description: 'Zwei Tage.' }] } }, 'MedicalProcedure')!;
    expect(procedure.howPerformed).to.equal('1. Vorbereitung (10 Minuten)\n2. Eingriff: Kurz. Und schmerzarm.');
    expect(procedure.followup).to.equal('Ruhe: Zwei Tage.');
  });

  it('describes only what the page shows: bad items are left out', () => {
    const guide = { ...small, faqs: { items: [{ question: 'Gut?', answer: 'Ja.' }, { question: '', answer: 'Keine Frage.' }] } } as Guide;
    expect((byType(guide, 'FAQPage')!.mainEntity as unknown[]).length).to.equal(1);
  });

  it('is an empty graph for a document that is not a guide', () => {
    expect(guideJsonLd('nope' as unknown as Guide)).to.deep.equal({ '@context': 'https://schema.org', '@graph': [] });
  });

  it('can leave the FAQPage out, for a page that already has one', () => {
    const graph = jsonLdGraph(validateGuide(stemCellInjectionBackPain).value!, { faq: false });
    expect((graph['@graph'] as Node[]).map((node) => node['@type'])).to.deep.equal(['MedicalWebPage', 'MedicalProcedure']);
  });
});

describe('guideJsonLd: who reviewed it', () => {
  const typeOf = (reviewedBy: string) => (byType({ ...small, reviewedBy }, 'MedicalWebPage')!.reviewedBy as Node)['@type'];
  const people = [
    // The README's own example: a person, then a role and a place.
    'Dr. Jane Okafor, consultant in pain medicine, Riverside Spine Clinic',
    'Dr. Okafor at Riverside Spine Clinic',
    'Jane Okafor',
    'Pr Jean Dupont, Clinique du Parc',
    'Dra. María López, Servicio de Reumatología, Hospital del Mar',
    'Prof. Dr. med. Anna Schmidt, Universitätsklinikum Freiburg',
    'د. سارة حداد، مستشفى الجامعة',
    'الدكتورة سارة حداد من مستشفى الجامعة',
    '王医生，北京协和医院',
    '北京协和医院王医生',
  ];
  const groups = [
    'Riverside Spine Clinic',
    'Équipe de rhumatologie, Clinique du Parc',
    'Servicio de Reumatología, Hospital del Mar',
    'Schmerzzentrum Nord, Freiburg',
    'فريق أمراض الروماتيزم، عيادة المنتزه',
    'الفريق الطبي في المستشفى',
    '风湿病科团队，公园诊所',
    stemCellInjectionBackPain.reviewedBy!,
    stemCellInjectionBackPainEs.reviewedBy!,
  ];

  for (const name of people) {
    it(`names “${name}” a Person`, () => expect(typeOf(name)).to.equal('Person'));
  }
  for (const name of groups) {
    it(`names “${name}” an Organization`, () => expect(typeOf(name)).to.equal('Organization'));
  }
});

describe('scriptJson', () => {
  // The JSON-LD of a guide whose words try to end the script element that holds it.
  const hostile = guideJsonLd({ ...small, title: '</script><script>alert(1)</script> \u2028', summary: '<!-- & <b>bold</b>' });

  it('writes no <, > or & that could close a script element or open a comment', () => {
    expect(scriptJson(hostile)).to.not.match(/[<>&\u2028]/);
    expect(scriptJson(hostile)).to.contain('\\u003c/script\\u003e');
  });

  it('parses back to the same value', () => {
    expect(JSON.parse(scriptJson(hostile))).to.deep.equal(hostile);
  });

  it('survives the HTML parser inside a script element', () => {
    const doc = new DOMParser().parseFromString(`<script type="application/ld+json">${scriptJson(hostile)}</script><p>after</p>`, 'text/html');
    expect(doc.querySelectorAll('script')).to.have.length(1);
    expect(JSON.parse(doc.querySelector('script')!.textContent!)).to.deep.equal(hostile);
    expect(doc.querySelector('p')!.textContent).to.equal('after');
  });
});
