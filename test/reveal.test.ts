import { expect } from '@open-wc/testing';
import '../src/faq-accordion/define.js';
import type { CareFaqAccordion } from '../src/faq-accordion/faq-accordion.js';

async function openedAnswer(): Promise<HTMLElement> {
  const el = document.createElement('care-faq-accordion') as CareFaqAccordion;
  el.items = [{ id: 'safe', question: 'Is it safe?', answer: 'Generally, yes.' }];
  document.body.append(el);
  await el.updateComplete;
  el.toggle('safe', true);
  await el.updateComplete;
  return el.shadowRoot!.querySelector<HTMLElement>('#a-safe')!;
}

const animationNames = (element: Element) => element.getAnimations().map((animation) => (animation as CSSAnimation).animationName);

describe('the answer reveal', () => {
  afterEach(() => document.querySelectorAll('body > care-faq-accordion').forEach((el) => el.remove()));

  it('fades and slides an opened answer in', async () => {
    // Under reduced motion it shows at once: media.chromium.test.ts emulates that.
    expect(matchMedia('(prefers-reduced-motion: reduce)').matches, 'the reader has not asked for less motion').to.equal(false);
    const answer = await openedAnswer();
    expect(answer.hidden).to.equal(false);
    expect(animationNames(answer)).to.deep.equal(['reveal']);
  });
});
