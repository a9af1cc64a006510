import { expect } from '@open-wc/testing';
import type { CSSResult } from 'lit';
import '../src/faq-accordion/define.js';
import { CareFaqAccordion } from '../src/faq-accordion/faq-accordion.js';

/**
 * An accordion's markup as a server writes it (a declarative shadow root with its styles), read in
 * a frame whose scripts are off: what a reader without JavaScript meets on a page a CMS build rendered.
 */
async function readWithoutScripts(accordion: CareFaqAccordion): Promise<ShadowRoot> {
  const css = CareFaqAccordion.elementStyles.map((style) => (style as CSSResult).cssText).join('\n');
  const frame = document.createElement('iframe');
  // No allow-scripts: scripting is off in the frame, as `(scripting: none)` then says.
  frame.setAttribute('sandbox', 'allow-same-origin');
  frame.srcdoc = `<!doctype html><html lang="en"><body><care-faq-accordion><template shadowrootmode="open"><style>${css}</style>${
    accordion.shadowRoot!.innerHTML
  }</template></care-faq-accordion></body></html>`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  expect(frame.contentWindow!.matchMedia('(scripting: none)').matches, 'scripting is off').to.equal(true);
  return frame.contentDocument!.querySelector('care-faq-accordion')!.shadowRoot!;
}

const shown = (element: Element) => element.checkVisibility({ visibilityProperty: true });

/** An accordion over an empty declarative shadow root, as a server's markup is taken over without hydration support: it renders the server's markup. */
async function overServerMarkup(items: { question: string; answer: string }[]): Promise<CareFaqAccordion> {
  const page = document.createElement('div');
  page.setHTMLUnsafe('<care-faq-accordion><template shadowrootmode="open"></template></care-faq-accordion>');
  const accordion = page.firstElementChild as CareFaqAccordion;
  accordion.items = items;
  document.body.append(page);
  await accordion.updateComplete;
  return accordion;
}

describe('an FAQ rendered on a server, read without JavaScript', () => {
  afterEach(() => document.querySelectorAll('iframe, div').forEach((element) => element.remove()));

  it('shows each question as its heading’s text, with no button that says "collapsed" and opens nothing, and every answer', async () => {
    const accordion = await overServerMarkup([
      { question: 'Is it safe?', answer: 'Generally, yes.' },
      { question: 'How long is recovery?', answer: 'It varies.' },
    ]);
    const root = await readWithoutScripts(accordion);
    const toggles = [...root.querySelectorAll<HTMLButtonElement>('button[aria-controls]')];
    expect(toggles.map((toggle) => toggle.getAttribute('aria-expanded')), 'the markup a script would take over').to.deep.equal(['false', 'false']);
    expect(toggles.map(shown), 'no button shown').to.deep.equal([false, false]);
    for (const toggle of toggles) toggle.focus();
    expect(root.activeElement, 'no question takes focus').to.equal(null);
    const titles = [...root.querySelectorAll<HTMLElement>('[part="title"]')];
    expect(titles.map((title) => [title.localName, title.innerText.trim()])).to.deep.equal([
      ['h3', 'Is it safe?'],
      ['h3', 'How long is recovery?'],
    ]);
    expect([...root.querySelectorAll('[part="description"]')].map((answer) => shown(answer) && (answer as HTMLElement).innerText.trim())).to.deep.equal([
      'Generally, yes.',
      'It varies.',
    ]);
  });
});
