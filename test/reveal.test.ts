import { expect } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
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
  afterEach(async () => {
    document.querySelectorAll('body > care-faq-accordion').forEach((el) => el.remove());
    await emulateMedia({ reducedMotion: 'no-preference' });
  });

  it('fades and slides an opened answer in', async () => {
    await emulateMedia({ reducedMotion: 'no-preference' });
    const answer = await openedAnswer();
    expect(answer.hidden).to.equal(false);
    expect(animationNames(answer)).to.deep.equal(['reveal']);
  });

  it('shows an opened answer at once under prefers-reduced-motion', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    const answer = await openedAnswer();
    expect(answer.hidden).to.equal(false);
    expect(animationNames(answer)).to.deep.equal([]);
  });
});
