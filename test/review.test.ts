import { expect, fixture, html } from '@open-wc/testing';
import '../src/index.js';
import { stemCellInjectionBackPain } from '../src/content/stem-cell-injection-back-pain.js';
import { validateGuide } from '../src/content/validate.js';
import type { CareReviewNote } from '../src/review-note/review-note.js';
import { useWarnings } from './helpers.js';

/** Clinical governance: who reviewed the guide, when, and when it is due again. */
const reviewed = (el: HTMLElement) => el.shadowRoot!.querySelector('[part="reviewed"]')!.textContent!.replace(/\s+/g, ' ').trim();

/** Runs the test on a given day: the elements read today from Date.now(). */
function onDay(day: string): () => void {
  const original = Date.now;
  const fixed = new Date(`${day}T12:00:00`).getTime();
  Date.now = () => fixed;
  return () => (Date.now = original);
}

describe('review dates', () => {
  const warnings = useWarnings('body > care-review-note');
  let restoreDay = () => {};
  afterEach(() => restoreDay());

  it('shows "Next review due" like NHS.UK pages, from the guide or the clinic’s own attribute', async () => {
    restoreDay = onDay('2026-12-01');
    const wrapper = await fixture(html`<care-guide .guide=${{ ...stemCellInjectionBackPain, nextReview: '2027-11-25' }}>
      <care-review-note></care-review-note>
      <care-review-note reviewed-by="Dr. Ana Rivera" last-reviewed="2026-11-20" next-review="2027-05-20"></care-review-note>
    </care-guide>`);
    const [fromGuide, own] = [...wrapper.querySelectorAll('care-review-note')];
    await fromGuide.updateComplete;
    await own.updateComplete;
    expect(reviewed(fromGuide)).to.contain('Next review due: November 25, 2027');
    expect(fromGuide.shadowRoot!.querySelectorAll('time')[1].getAttribute('datetime')).to.equal('2027-11-25');
    expect(reviewed(own)).to.equal('Last reviewed: November 20, 2026 Next review due: May 20, 2027 Reviewed by: Dr. Ana Rivera');
    expect(warnings.messages).to.deep.equal([]);
  });

  it('still shows an overdue date plainly, and warns the site owner once, naming nextReview', async () => {
    restoreDay = onDay('2028-03-01');
    let errors = 0;
    const onError = () => errors++;
    document.addEventListener('care-content-error', onError);
    try {
      const wrapper = await fixture(html`<care-guide .guide=${{ ...stemCellInjectionBackPain, nextReview: '2028-02-29' }}>
        <care-guide-header show-review></care-guide-header>
        <care-review-note></care-review-note>
        <care-review-note></care-review-note>
      </care-guide>`);
      const notes = [...wrapper.querySelectorAll<CareReviewNote>('care-review-note')];
      for (const note of notes) await note.updateComplete;
      await wrapper.querySelector('care-guide-header')!.updateComplete;
      expect(reviewed(notes[0])).to.contain('Next review due: February 29, 2028');
      expect(warnings.messages).to.have.length(1);
      expect(warnings.messages[0]).to.contain('nextReview 2028-02-29 has passed');
      expect(errors, 'not a content error').to.equal(0);
    } finally {
      document.removeEventListener('care-content-error', onError);
    }
  });

  it('does not warn on the due day itself', async () => {
    restoreDay = onDay('2029-06-15');
    const el = await fixture<CareReviewNote>(html`<care-review-note next-review="2029-06-15"></care-review-note>`);
    expect(reviewed(el)).to.equal('Next review due: June 15, 2029');
    expect(warnings.messages).to.deep.equal([]);
  });

  it('is validated like lastReviewed, in the guide and on the element', async () => {
    const minimal = { schemaVersion: 1, id: 'g', lang: 'en', title: 'A guide' };
    expect(validateGuide({ ...minimal, nextReview: '2027-02-30' }).problems.map((p) => p.path)).to.deep.equal(['nextReview']);
    expect(validateGuide({ ...minimal, nextReview: '2027-02-28' }).problems).to.deep.equal([]);
    expect(validateGuide({ ...minimal, nextReview: '2027-02-28' }).value!.nextReview).to.equal('2027-02-28');
    const el = await fixture<CareReviewNote>(html`<care-review-note next-review="soon" reviewed-by="Dr. Rivera"></care-review-note>`);
    expect(el.shadowRoot!.querySelectorAll('time')).to.have.length(0);
    expect(warnings.messages.join('\n')).to.contain('next-review: expected a date as YYYY-MM-DD');
  });
});

describe('the built-in guide', () => {
  it('says honestly who wrote it, and that a clinic must have it reviewed by its own clinician', () => {
    const { reviewedBy, disclaimer, nextReview } = stemCellInjectionBackPain;
    expect(reviewedBy).to.match(/not a clinical review/);
    expect(disclaimer).to.match(/not by a clinician/);
    expect(disclaimer).to.match(/must have it reviewed by its own clinician/);
    // A library cannot promise a clinic's review cycle: the clinic sets next-review.
    expect(nextReview).to.equal(undefined);
  });
});
