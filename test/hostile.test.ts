import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../src/guide/define.js';
import '../src/faq-accordion/define.js';
import '../src/review-note/define.js';
import '../src/procedure-timeline/define.js';
import '../src/risk-list/define.js';
import '../src/topic-list/define.js';
import '../src/benefits-card/define.js';
import '../src/guide-header/define.js';
import { formatDate } from '../src/internal/review.js';
import type { CareGuide } from '../src/guide/guide.js';
import type { ContentProblem, Guide } from '../src/content/types.js';
import type { LitElement } from 'lit';
import { stemCellInjectionBackPain } from '../src/content/stem-cell-injection-back-pain.js';
import { problemPaths, recordEvents, useWarnings } from './helpers.js';

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
      expect((await reported).detail.problems[0]).to.deep.equal({ path: 'schemaVersion', message: 'expected 1 or 2, got 1n' });
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

  describe('attributes pasted in curly quotes', () => {
    it('names each attribute whose value a curly quote cut short, and still renders every question', async () => {
      const el = document.createElement('div');
      el.innerHTML = `<care-faq-accordion heading=”Questions from our patients”>
        <care-faq-item question=”Do you take my insurance?”>Most plans.</care-faq-item>
        <care-faq-item question="Is it safe?">Mostly.</care-faq-item>
      </care-faq-accordion>`;
      const faq = el.firstElementChild as LitElement;
      const reports: ContentProblem[][] = [];
      el.addEventListener('care-content-error', (e) => reports.push((e as CustomEvent<{ problems: ContentProblem[] }>).detail.problems));
      document.body.append(el);
      try {
        await faq.updateComplete;
        const problems = reports.flat();
        expect(problemPaths(problems)).to.deep.equal(['heading', 'care-faq-item[0].question']);
        expect(problems[1].message).to.contain('curly quotes').and.contain('"”Do"').and.contain('straight quotes');
        await faq.updateComplete;
        expect([...faq.shadowRoot!.querySelectorAll('button[aria-controls]')].map((b) => b.textContent!.trim())).to.deep.equal(['”Do', 'Is it safe?']);
      } finally {
        el.remove();
      }
    });

    it('reads a value that starts with a curly quote, written in straight quotes, as the author wrote it', async () => {
      const errors: Event[] = [];
      const el = document.createElement('div');
      el.addEventListener('care-content-error', (e) => errors.push(e));
      el.innerHTML = `<care-faq-accordion heading="“Ask us” answers"><care-faq-item question="“Safe”?">Mostly.</care-faq-item></care-faq-accordion>`;
      document.body.append(el);
      try {
        await (el.firstElementChild as LitElement).updateComplete;
        expect(errors).to.have.length(0);
      } finally {
        el.remove();
      }
    });
  });

  describe('a locale code where a language tag belongs', () => {
    // lang="en_US" or "de_DE", a locale name where a tag belongs, is a common template slip; Intl throws on it as written.
    /** What a review note, a timeline and a searched FAQ show in a page whose language is `lang`. */
    async function shownUnder(lang: string) {
      const page = await fixture<HTMLElement>(html`<div lang=${lang}>
        <care-review-note last-reviewed="2026-03-05"></care-review-note>
        <care-procedure-timeline .items=${[{ title: 'Consultation' }, { title: 'Injection' }]}></care-procedure-timeline>
        <care-faq-accordion searchable query="safe" .items=${[{ question: 'Is it safe?', answer: 'Mostly.' }, { question: 'Does it hurt?', answer: 'A little.' }]}></care-faq-accordion>
      </div>`);
      const [note, timeline, faq] = [...page.children] as LitElement[];
      await Promise.all([note.updateComplete, timeline.updateComplete, faq.updateComplete]);
      return {
        date: note.shadowRoot!.querySelector('time')?.textContent,
        step: timeline.shadowRoot!.querySelector('[part="item"] .visually-hidden')?.textContent?.trim(),
        marker: timeline.shadowRoot!.querySelector('[part="marker"]')?.textContent?.trim(),
        count: faq.shadowRoot!.querySelector('[part="status"]')?.textContent,
        told: faq.shadowRoot!.querySelector('[part="base"]')!.getAttribute('lang'),
      };
    }

    it('reads en_US as en-US: review dates, step numbers and search counts in its rules', async () => {
      expect(await shownUnder('en_US')).to.deep.equal({
        date: 'March 5, 2026',
        step: 'Step 1 of 2:',
        marker: '1',
        count: '1 of 2 questions matches',
        told: 'en-US',
      });
    });

    it('shows the review date as written, step numbers as digits and the search count under a lang that is no tag at all', async () => {
      // Intl throws on "x!": each date, number and plural form falls back rather than blanking its element.
      const shown = await shownUnder('x!');
      expect(shown.date, 'the date as written').to.equal('2026-03-05');
      expect([shown.step, shown.marker, shown.count]).to.deep.equal(['Step 1 of 2:', '1', '1 of 2 questions matches']);
    });

    it('gives a page in de_DE, or an element of its own in de_DE, the German words and date', async () => {
      const page = await fixture<HTMLElement>(html`<div lang="de_DE">
        <care-review-note last-reviewed="2026-03-05"></care-review-note>
        <care-faq-accordion searchable .items=${[{ question: 'Ist es sicher?', answer: 'Meistens.' }]}></care-faq-accordion>
      </div>`);
      const own = await fixture<LitElement>(html`<care-faq-accordion lang="de_DE" searchable .items=${[{ question: 'Tut es weh?', answer: 'Etwas.' }]}></care-faq-accordion>`);
      const [note, faq] = [...page.children] as LitElement[];
      // German's words are fetched on first use.
      for (const el of [faq, own]) await waitUntil(() => el.shadowRoot!.querySelector('label')?.textContent === 'Fragen durchsuchen', 'German words');
      await note.updateComplete;
      expect(note.shadowRoot!.querySelector('time')?.textContent).to.equal('5. März 2026');
    });
  });

  describe('properties set to the wrong type', () => {
    const errors = recordEvents(document, 'care-content-error');
    /** The problems an element reported, read after its update: a report that never came is an empty list, not a wait. */
    const reportedBy = (el: Element) => errors.filter((event) => event.target === el).flatMap((event) => event.detail.problems);
    /** The text properties of each element, by attribute name (the path a problem names). */
    const TEXT: Record<string, Record<string, string>> = {
      'care-procedure-timeline': { heading: 'heading', current: 'current' },
      'care-faq-accordion': { heading: 'heading', query: 'query' },
      'care-risk-list': { heading: 'heading' },
      'care-topic-list': { heading: 'heading' },
      'care-benefits-card': { heading: 'heading' },
      'care-review-note': { disclaimer: 'disclaimer', lastReviewed: 'last-reviewed', reviewedBy: 'reviewed-by' },
    };
    const WRONG: [string, unknown][] = [
      ['a number', 42],
      ['an object', { text: 'x' }],
      ['a boolean', true],
      ['a list', ['x']],
      ['a symbol', Symbol('x')],
    ];

    for (const [tag, properties] of Object.entries(TEXT)) {
      for (const [property, attribute] of Object.entries(properties)) {
        for (const [name, value] of WRONG) {
          if (tag === 'care-procedure-timeline' && property === 'current' && typeof value === 'number') continue;
          it(`<${tag}> reports ${property} set to ${name} and still renders`, async () => {
            const wrapper = await fixture<CareGuide>(html`<care-guide .guide=${stemCellInjectionBackPain}></care-guide>`);
            const el = document.createElement(tag) as LitElement & Record<string, unknown>;
            el.setAttribute('searchable', '');
            el[property] = value;
            wrapper.append(el);
            await el.updateComplete;
            expect(problemPaths(reportedBy(el))).to.include(attribute);
            expect(el.shadowRoot!.querySelector('[part="base"]')!.textContent!.trim()).to.not.equal('');
            expect(el.shadowRoot!.textContent).to.not.contain('[object Object]');
          });
        }
      }
    }

    /** Attributes a CMS template could misspell or set out of range, each with the problem path and message it gets. */
    const MISSPELT: [string, string, string, string][] = [
      ['care-risk-list', 'sort', 'severe', 'expected "severity", got "severe"; ignored'],
      ['care-risk-list', 'group-by', 'severty', 'expected "severity", got "severty"; ignored'],
      ['care-risk-list', 'variant', 'outline', 'expected "outlined" or "elevated", got "outline"; ignored'],
      ['care-benefits-card', 'variant', 'bogus', 'expected "outlined" or "elevated", got "bogus"; ignored'],
      ['care-procedure-timeline', 'orientation', 'diagonal', 'expected "vertical" or "horizontal", got "diagonal"; ignored'],
      ['care-topic-list', 'heading-level', 'abc', 'expected a whole number from 1 to 6, got no number; level 2 is used'],
      ['care-guide-header', 'heading-level', '9', 'expected a whole number from 1 to 6, got 9; level 6 is used'],
      ['care-faq-accordion', 'heading-level', '0', 'expected a whole number from 1 to 6, got 0; level 1 is used'],
      ['care-review-note', 'heading-level', '2.5', 'expected a whole number from 1 to 6, got 2.5; level 3 is used'],
    ];
    for (const [tag, attribute, value, message] of MISSPELT) {
      it(`<${tag}> reports ${attribute}="${value}", naming the attribute, and still renders`, async () => {
        const wrapper = await fixture<CareGuide>(html`<care-guide .guide=${stemCellInjectionBackPain}></care-guide>`);
        const el = document.createElement(tag) as LitElement;
        el.setAttribute(attribute, value);
        wrapper.append(el);
        await el.updateComplete;
        expect(reportedBy(el)).to.deep.include({ path: attribute, message });
        expect(el.shadowRoot!.querySelector('[part="base"]')!.textContent!.trim()).to.not.equal('');
        expect(warnings.messages.join('\n')).to.contain(attribute);
      });
    }

    it('takes a 1-based step number for current, as the docs say', async () => {
      const el = await fixture<LitElement & { current: unknown }>(
        html`<care-guide .guide=${stemCellInjectionBackPain}><care-procedure-timeline></care-procedure-timeline></care-guide>`,
      );
      const timeline = el.querySelector('care-procedure-timeline')!;
      (timeline as unknown as { current: number }).current = 2;
      await timeline.updateComplete;
      const steps = [...timeline.shadowRoot!.querySelectorAll('[part="item"]')];
      expect(steps.map((s) => s.getAttribute('aria-current'))).to.deep.equal([null, 'step', null, null, null]);
      expect(warnings.messages).to.deep.equal([]);
    });

    it('treats a null query as no search', async () => {
      const el = await fixture(html`<care-guide .guide=${stemCellInjectionBackPain}><care-faq-accordion searchable></care-faq-accordion></care-guide>`);
      const faq = el.querySelector('care-faq-accordion')!;
      (faq as unknown as { query: null }).query = null;
      await faq.updateComplete;
      expect(faq.shadowRoot!.querySelectorAll('[part="item"]:not([hidden])')).to.have.length(5);
      expect(faq.shadowRoot!.querySelector('input')!.value).to.equal('');
      expect(warnings.messages).to.deep.equal([]);
    });
  });

  describe('control characters in text', () => {
    it('shows each as U+FFFD in the question and answer, as the server writes them, and names the field', async () => {
      const faq = document.createElement('care-faq-accordion');
      faq.items = [{ question: 'Is it\u0000 safe?', answer: 'Ask\u001b your doctor.\n\nTwice\u0000\u0000.' }];
      const reported = oneEvent(faq, 'care-content-error');
      document.body.append(faq);
      expect((await reported).detail.problems).to.deep.equal([
        { path: 'items[0].question', message: 'contains a control character U+0000; shown as "�" (U+FFFD)' },
        { path: 'items[0].answer', message: 'contains a control character U+001B; shown as "�" (U+FFFD)' },
      ]);
      await faq.updateComplete;
      const question = faq.shadowRoot!.querySelector('button')!;
      expect(question.textContent!.trim()).to.equal('Is it\uFFFD safe?');
      const answer = [...faq.shadowRoot!.querySelectorAll('[part="description"] p')].map((p) => p.textContent!.trim());
      expect(answer).to.deep.equal(['Ask\uFFFD your doctor.', 'Twice\uFFFD\uFFFD.']);
      expect(warnings.messages.join('\n')).to.include('items[0].question');
      faq.remove();
    });
  });

  describe('combining marks by the thousand', () => {
    it('shows a guide title of one letter and 20,000 marks with its first 30, naming the title', async () => {
      const el = document.createElement('care-guide');
      el.innerHTML = '<care-guide-header></care-guide-header>';
      el.guide = { ...tiny, title: `e${'\u0301'.repeat(20_000)}` };
      const reported = oneEvent(el, 'care-content-error');
      document.body.append(el);
      expect((await reported).detail.problems).to.deep.equal([{ path: 'title', message: 'has 20000 combining marks in a row; only the first 30 are shown' }]);
      const header = el.querySelector('care-guide-header')!;
      await header.updateComplete;
      const title = header.shadowRoot!.querySelector('[part="section-heading"]')!.textContent!.trim();
      expect([...title]).to.have.length.of.at.most(31);
      expect(title).to.equal(`e${'\u0301'.repeat(30)}`);
      expect(warnings.messages.join('\n')).to.include('title: has 20000 combining marks');
    });
  });

  describe('warnings', () => {
    it('lists the first 50 problems in the console and all of them in the event', async () => {
      const faq = document.createElement('care-faq-accordion');
      faq.items = Array.from({ length: 200 }, () => ({ question: '', answer: 'An answer without a question.' }));
      const reported = oneEvent(faq, 'care-content-error');
      document.body.append(faq);
      expect((await reported).detail.problems).to.have.length(200);
      const lines = warnings.messages[0].split('\n');
      expect(lines).to.have.length(52);
      expect(lines.at(-1)).to.contain('150 more');
      faq.remove();
    });
  });
});
