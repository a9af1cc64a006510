import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/faq-accordion/define.js';
import type { CareFaqAccordion } from '../src/faq-accordion/faq-accordion.js';
import { settled } from './helpers.js';

/**
 * The FAQ follows the WAI-ARIA accordion pattern as revised in April 2026 (w3c/aria-practices
 * PR #3434): Tab, Shift+Tab, Enter and Space. Arrow keys, Home and End belong to the page, so a
 * reader on a question can scroll the answer they just opened.
 */
const items = [
  { id: 'safe', question: 'Is it safe?', answer: 'Generally, yes.' },
  { id: 'recovery', question: 'How long is recovery?', answer: 'It varies from person to person.' },
  { id: 'cost', question: 'What does it cost?', answer: 'Ask whether insurance covers it.' },
];

const buttons = (el: CareFaqAccordion) => [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('button[aria-controls]')];
const focused = (el: CareFaqAccordion) => el.shadowRoot!.activeElement;

/** Presses a key on the focused element and tells whether anything prevented its default action. */
async function press(key: string): Promise<{ defaultPrevented: boolean }> {
  let defaultPrevented = true;
  const listener = (event: KeyboardEvent) => {
    if (event.key === key) defaultPrevented = event.defaultPrevented;
  };
  // Heard last, on the way back up, after every listener of the accordion had its turn.
  window.addEventListener('keydown', listener);
  try {
    await sendKeys({ press: key });
  } finally {
    window.removeEventListener('keydown', listener);
  }
  return { defaultPrevented };
}

describe('FAQ keyboard, APG 2026', () => {
  let el: CareFaqAccordion;
  beforeEach(async () => {
    el = await fixture<CareFaqAccordion>(html`<care-faq-accordion heading="Questions" .items=${items}></care-faq-accordion>`);
  });

  for (const key of ['ArrowDown', 'ArrowUp', 'Home', 'End']) {
    it(`leaves ${key} on a question to the page: focus stays and the default is not prevented`, async () => {
      buttons(el)[1].focus();
      const { defaultPrevented } = await press(key);
      expect(focused(el)).to.equal(buttons(el)[1]);
      expect(defaultPrevented).to.equal(false);
    });
  }

  it('scrolls the page with ArrowDown while a question has focus', async () => {
    const spacer = document.createElement('div');
    spacer.style.blockSize = '300vh';
    document.body.append(spacer);
    try {
      window.scrollTo(0, 0);
      buttons(el)[0].focus({ preventScroll: true });
      const scrolled = new Promise((resolve) => window.addEventListener('scroll', resolve, { once: true }));
      await press('ArrowDown');
      await scrolled;
      expect(window.scrollY).to.be.greaterThan(0);
      expect(focused(el)).to.equal(buttons(el)[0]);
    } finally {
      spacer.remove();
      window.scrollTo(0, 0);
    }
  });

  it('moves between questions with Tab and Shift+Tab', async () => {
    buttons(el)[0].focus();
    await sendKeys({ press: 'Tab' });
    expect(focused(el)).to.equal(buttons(el)[1]);
    await sendKeys({ press: 'Tab' });
    expect(focused(el)).to.equal(buttons(el)[2]);
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ up: 'Shift' });
    expect(focused(el)).to.equal(buttons(el)[1]);
  });

  it('opens with Enter and closes with Space, passing axe in each state', async () => {
    buttons(el)[2].focus();
    await sendKeys({ press: 'Enter' });
    await settled(el);
    expect(buttons(el)[2].getAttribute('aria-expanded')).to.equal('true');
    await expect(el).to.be.accessible();
    // The key itself, as every driver names it: WebDriver BiDi knows no key called "Space".
    await sendKeys({ press: ' ' });
    await settled(el);
    expect(buttons(el)[2].getAttribute('aria-expanded')).to.equal('false');
    await expect(el).to.be.accessible();
  });
});
