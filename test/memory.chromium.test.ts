import { expect, fixture, html } from '@open-wc/testing';
import '../src/index.js';
import { stemCellInjectionBackPain as guide } from '../src/content/stem-cell-injection-back-pain.js';
import type { CareGuide } from '../src/guide/guide.js';

/**
 * What a page that lives long keeps. Chromium only: its garbage collector can be asked to run
 * (`--js-flags=--expose-gc`, set by the test config), so that what is still held can be counted.
 */
const gc = (globalThis as unknown as { gc: () => void }).gc;

/** Lets the page lay out and paint, which drops its own hold on removed nodes, then collects, three times. */
async function collect() {
  for (let i = 0; i < 3; i++) {
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    await new Promise((resolve) => setTimeout(resolve, 0));
    gc();
  }
}

/**
 * How many of the elements are still there. A leak keeps them all; a few may still be held for a
 * while by the browser's own work on a busy machine, so a test asks for fewer than half.
 */
const stillThere = (refs: WeakRef<Element>[]) => refs.filter((ref) => ref.deref() !== undefined).length;

describe('memory of a page that lives long', () => {
  it('lets go of sections the page has removed from a guide that stays', async () => {
    const wrapper = await fixture<CareGuide>(html`<care-guide .guide=${guide}></care-guide>`);
    await wrapper.updateComplete;
    const refs: WeakRef<Element>[] = [];
    for (let i = 0; i < 100; i++) {
      const section = document.createElement('care-topic-list');
      wrapper.append(section);
      await (section as unknown as { updateComplete: Promise<unknown> }).updateComplete;
      section.remove();
      refs.push(new WeakRef(section));
    }
    await collect();
    expect(stillThere(refs)).to.be.below(50);
  });

  it('lets go of a removed guide that waited for an element of its own that is never defined', async () => {
    const refs: WeakRef<Element>[] = [];
    for (let i = 0; i < 20; i++) {
      const guide = document.createElement('care-guide') as CareGuide;
      guide.innerHTML = '<care-never-defined-section></care-never-defined-section>';
      document.body.append(guide);
      await guide.updateComplete;
      // The guide looks for sections autop put after it in a microtask, and waits for the undefined one then.
      await new Promise((resolve) => setTimeout(resolve, 0));
      guide.remove();
      refs.push(new WeakRef(guide));
    }
    await collect();
    expect(stillThere(refs)).to.be.below(10);
  });
});
