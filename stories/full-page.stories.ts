import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { stemCellInjectionBackPain as guide } from '../src/content/stem-cell-injection-back-pain.js';

const meta: Meta = {
  title: 'Full page',
  parameters: { layout: 'fullscreen' },
};
export default meta;

const page = () => html`<care-guide .guide=${guide}>
  <article lang=${guide.lang} style="max-inline-size: 50rem; margin-inline: auto; display: grid; gap: 2rem">
    <header>
      <h1 style="margin-block-end: 0.5rem">${guide.title}</h1>
      <p>${guide.summary}</p>
    </header>
    <care-topic-list section="conditions"></care-topic-list>
    <care-procedure-timeline orientation="horizontal"></care-procedure-timeline>
    <care-benefits-card>
      <a slot="footer" href="#book">Book a consultation</a>
    </care-benefits-card>
    <care-risk-list sort="severity">
      <p slot="footer"><a href="#book">Talk to your doctor</a> about how these risks apply to you.</p>
    </care-risk-list>
    <care-topic-list section="recovery"></care-topic-list>
    <care-topic-list section="tips"></care-topic-list>
    <care-faq-accordion toggle-all searchable></care-faq-accordion>
    <care-review-note></care-review-note>
  </article>
</care-guide>`;

/** The whole built-in guide inside one `<care-guide>`, composed as a clinic page would. */
export const StemCellGuide: StoryObj = { render: page };

/**
 * The same page as Windows high-contrast users see it. The story check emulates
 * `forced-colors: active` for it; in Storybook, use DevTools › Rendering › Emulate forced-colors.
 */
export const ForcedColors: StoryObj = {
  tags: ['forced-colors'],
  render: page,
};
