import { expect } from '@open-wc/testing';
import type { CSSResult } from 'lit';
import '../src/faq-accordion/define.js';
import { CareFaqAccordion } from '../src/faq-accordion/faq-accordion.js';

const ITEMS = [
  { question: 'Is it safe?', answer: 'Generally, yes.' },
  { question: 'How long is recovery?', answer: 'It varies.' },
];

/** An accordion over an empty declarative shadow root, as a server's markup is taken over without hydration support: it renders the server's markup. */
async function overServerMarkup(): Promise<CareFaqAccordion> {
  const page = document.createElement('div');
  page.setHTMLUnsafe('<care-faq-accordion><template shadowrootmode="open"></template></care-faq-accordion>');
  const accordion = page.firstElementChild as CareFaqAccordion;
  accordion.items = ITEMS;
  document.body.append(page);
  await accordion.updateComplete;
  return accordion;
}

/**
 * The accordion's markup as a server writes it (a declarative shadow root with its styles) in a
 * frame of its own, where the element is never defined: with scripting off, what a reader without
 * JavaScript meets on a page a CMS build rendered; with it on, a page whose script never comes.
 */
async function served({ scripting, pageStyle = '' }: { scripting: boolean; pageStyle?: string }): Promise<ShadowRoot> {
  const accordion = await overServerMarkup();
  const css = CareFaqAccordion.elementStyles.map((style) => (style as CSSResult).cssText).join('\n');
  const frame = document.createElement('iframe');
  // Without allow-scripts, scripting is off in the frame, as `(scripting: none)` then says.
  frame.setAttribute('sandbox', scripting ? 'allow-same-origin allow-scripts' : 'allow-same-origin');
  frame.srcdoc = `<!doctype html><html lang="en"><head><style>${pageStyle}</style></head><body><care-faq-accordion><template shadowrootmode="open"><style>${css}</style>${
    accordion.shadowRoot!.innerHTML
  }</template></care-faq-accordion></body></html>`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  expect(frame.contentWindow!.matchMedia('(scripting: none)').matches, 'scripting off').to.equal(!scripting);
  return frame.contentDocument!.querySelector('care-faq-accordion')!.shadowRoot!;
}

const shown = (element: Element) => element.checkVisibility({ visibilityProperty: true });
const toggles = (root: ShadowRoot) => [...root.querySelectorAll<HTMLButtonElement>('button[aria-controls]')];
/** What a reader sees of each question's heading, and of each answer. */
const read = (root: ShadowRoot) => ({
  titles: [...root.querySelectorAll<HTMLElement>('[part="title"]')].map((title) => `${title.localName} ${title.innerText.trim()}`),
  answers: [...root.querySelectorAll<HTMLElement>('[part="description"]')].map((answer) => (shown(answer) ? answer.innerText.trim() : '')),
});
/** The height of each question's heading, in whole pixels. */
const heights = (root: ShadowRoot) => [...root.querySelectorAll('[part="title"]')].map((title) => Math.round(title.getBoundingClientRect().height));
/** The space below each answer's text. */
const spaceBelow = (root: ShadowRoot) => [...root.querySelectorAll('[part="description"]')].map((answer) => getComputedStyle(answer).paddingBlockEnd);
/** Whether any of the questions' own text is seen. */
const anyQuestionShown = (root: ShadowRoot) => [...root.querySelectorAll('[part="title"] *')].some(shown);

/** Ends the 3 s timeouts that show what only the script could open, rather than waiting for them. */
function timeOut(root: ShadowRoot) {
  const animations = root.getAnimations();
  expect(animations.length, 'timeouts running').to.be.above(0);
  for (const animation of animations) animation.finish();
}

describe('an FAQ rendered on a server', () => {
  afterEach(() => document.querySelectorAll('body > iframe, body > div').forEach((element) => element.remove()));

  it('read without JavaScript, shows each question as its heading’s text, with no button that says "collapsed" and opens nothing, and every answer', async () => {
    const root = await served({ scripting: false });
    expect(toggles(root).map((toggle) => toggle.getAttribute('aria-expanded')), 'the markup a script would take over').to.deep.equal(['false', 'false']);
    expect(toggles(root).map(shown), 'no button shown').to.deep.equal([false, false]);
    for (const toggle of toggles(root)) toggle.focus();
    expect(root.activeElement, 'no question takes focus').to.equal(null);
    expect(read(root)).to.deep.equal({ titles: ['h3 Is it safe?', 'h3 How long is recovery?'], answers: ['Generally, yes.', 'It varies.'] });
    expect(spaceBelow(root), 'room between each answer and the next question').to.deep.equal(['16px', '16px']);
  });

  it('whose script never comes, keeps its buttons until the 3 s timeout, then reads as without JavaScript', async () => {
    const root = await served({ scripting: true });
    expect(toggles(root).map(shown), 'buttons, while the script may still come').to.deep.equal([true, true]);
    expect(read(root), 'each question once, its answer closed').to.deep.equal({ titles: ['h3 Is it safe?', 'h3 How long is recovery?'], answers: ['', ''] });
    timeOut(root);
    expect(toggles(root).map(shown), 'no button shown').to.deep.equal([false, false]);
    expect(read(root)).to.deep.equal({ titles: ['h3 Is it safe?', 'h3 How long is recovery?'], answers: ['Generally, yes.', 'It varies.'] });
    expect(heights(root), 'each heading as tall as without JavaScript, with no blank band where its button was').to.deep.equal(heights(await served({ scripting: false })));
    expect(spaceBelow(root), 'room between each answer and the next question').to.deep.equal(['16px', '16px']);
  });

  it('taken over by its script, shows each question once, as its button', async () => {
    const { shadowRoot } = await overServerMarkup();
    expect(toggles(shadowRoot!).map(shown)).to.deep.equal([true, true]);
    expect(read(shadowRoot!).titles).to.deep.equal(['h3 Is it safe?', 'h3 How long is recovery?']);
  });

  it('shows no question where the page hides the accordion with `visibility`, as pages hide elements until they are defined', async () => {
    const pageStyle = ':not(:defined) { visibility: hidden }';
    const off = await served({ scripting: false, pageStyle });
    expect(anyQuestionShown(off), 'without JavaScript').to.equal(false);
    const never = await served({ scripting: true, pageStyle });
    expect(anyQuestionShown(never), 'before the timeout').to.equal(false);
    timeOut(never);
    expect(anyQuestionShown(never), 'after it').to.equal(false);
  });
});
