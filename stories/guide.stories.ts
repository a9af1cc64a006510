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

/** A broken URL: a console warning and a `care-content-error` event; the fallback text stays. */
export const BrokenSrc: StoryObj = {
  render: () => html`<care-guide src="missing-guide.json">
    <care-faq-accordion>
      <care-faq-item question="Can I still read this?">Yes: content written on the page stays when the guide cannot load.</care-faq-item>
    </care-faq-accordion>
  </care-guide>`,
};
