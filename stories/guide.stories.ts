import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { stemCellInjectionBackPain } from '../src/content/stem-cell-injection-back-pain.js';
// The pack is published as a file of its own, as a CMS would serve it; only JSON is published.
import packUrl from '../src/content/stem-cell-injection-back-pain.json?url';

const meta: Meta = {
  title: 'Components/Guide',
  component: 'care-guide',
};
export default meta;

/** The built-in guide provided to an FAQ accordion through `<care-guide>`. */
export const BuiltInGuide: StoryObj = {
  render: () => html`<care-guide .guide=${stemCellInjectionBackPain}>
    <care-faq-accordion></care-faq-accordion>
  </care-guide>`,
};

/** The same guide fetched from its JSON file with `src`, as a CMS would serve it. */
export const FromSrc: StoryObj<{ src: string }> = {
  args: { src: packUrl },
  render: (args) => html`<care-guide src=${args.src}>
    <care-faq-accordion toggle-all></care-faq-accordion>
  </care-guide>`,
};

/** The URL of the loading story: a request for it never answers, so the guide stays loading. */
const NEVER_ANSWERS = 'never-answers.json';

/**
 * While `src` loads: `loading` is set on the guide and `aria-busy="true"` on the elements it feeds,
 * which wait unseen in a screen's height under a line saying the guide is loading, in the page's
 * language (`::part(loading-message)` styles it). The request never answers here.
 */
export const Loading: StoryObj = {
  beforeEach: () => {
    const fetch = window.fetch;
    // Pending until the guide aborts it, as a real request would be when the element leaves the page.
    window.fetch = (input, init) =>
      String(input).endsWith(NEVER_ANSWERS)
        ? new Promise((_, reject) => init?.signal?.addEventListener('abort', () => reject(init.signal?.reason)))
        : fetch(input, init);
    return () => {
      window.fetch = fetch;
    };
  },
  // An hour: the default 15 s limit would end the state this story shows.
  render: () => html`<care-guide src=${NEVER_ANSWERS} timeout="3600000">
    <care-faq-accordion></care-faq-accordion>
  </care-guide>`,
};

/** A broken URL: a console warning and a `care-content-error` event; the fallback text stays. */
export const BrokenSrc: StoryObj = {
  render: () => html`<care-guide src="missing-guide.json">
    <care-faq-accordion>
      <care-faq-item question="Can I still read this?">Yes: content written on the page stays when the guide cannot load.</care-faq-item>
    </care-faq-accordion>
  </care-guide>`,
};
