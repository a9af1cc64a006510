import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { Guide } from '../src/content/types.js';
import { stemCellInjectionBackPain as guide } from '../src/content/stem-cell-injection-back-pain.js';
import { stemCellInjectionBackPainEs } from '../src/content/stem-cell-injection-back-pain.es.js';

const meta: Meta = { title: 'Full page' };
export default meta;

/** The README's snippet with the built-in guide: no wrapper of its own, <care-guide> lays it out. */
const page = (content: Guide = guide) => html`<care-guide .guide=${content}>
  <care-guide-header></care-guide-header>
  <care-topic-list section="conditions"></care-topic-list>
  <care-procedure-timeline></care-procedure-timeline>
  <care-benefits-card>
    <a slot="footer" href="#book">Book a consultation</a>
  </care-benefits-card>
  <care-risk-list variant="outlined" sort="severity">
    <p slot="footer"><a href="#book">Talk to your doctor</a> about how these risks apply to you.</p>
  </care-risk-list>
  <care-topic-list section="recovery"></care-topic-list>
  <care-topic-list section="tips"></care-topic-list>
  <care-faq-accordion toggle-all searchable></care-faq-accordion>
  <care-topic-list section="research"></care-topic-list>
  <care-review-note></care-review-note>
</care-guide>`;

/** The whole built-in guide inside one `<care-guide>`, composed as a clinic page would. */
export const StemCellGuide: StoryObj = { render: () => page() };

const GUIDES: Record<string, Guide> = { English: guide, Español: stemCellInjectionBackPainEs };

/**
 * One page, two languages: the switch swaps the guide given to `<care-guide>`, and every element
 * follows its `lang`. The items keep their ids, so `#infection` names the same risk in both. The
 * Spanish guide is a draft translation for a native-speaking clinician to review.
 */
export const SwitchLanguage: StoryObj<{ language: keyof typeof GUIDES }> = {
  args: { language: 'Español' },
  argTypes: { language: { control: 'inline-radio', options: Object.keys(GUIDES) } },
  render: ({ language }) => page(GUIDES[language]),
};

/**
 * The same page as Windows high-contrast users see it. The story check emulates
 * `forced-colors: active` for it; in Storybook, use DevTools › Rendering › Emulate forced-colors.
 */
export const ForcedColors: StoryObj = {
  tags: ['forced-colors'],
  render: () => page(),
};

/** Benefits and risks side by side in weight: the same card, the same heading, the same footer. */
export const Balance: StoryObj<{ variant: 'outlined' | 'elevated' }> = {
  args: { variant: 'outlined' },
  argTypes: { variant: { control: 'inline-radio', options: ['outlined', 'elevated'] } },
  render: ({ variant }) => html`<care-guide .guide=${guide}>
    <care-benefits-card variant=${variant}><a slot="footer" href="#book">Book a consultation</a></care-benefits-card>
    <care-risk-list variant=${variant} group-by="severity">
      <p slot="footer"><a href="#book">Talk to your doctor</a> about how these risks apply to you.</p>
    </care-risk-list>
  </care-guide>`,
};

/**
 * A clinic page with its own `h1` and layout: the header one level down, the layout left to the page.
 * The contact box sits beside the guide where there is room and wraps below it on a phone.
 */
export const InsideAClinicPage: StoryObj = {
  // A sidebar that wraps, as many clinic themes lay one out: no media query, the guide keeps at least 20rem.
  render: () => html`<div style="display: flex; flex-wrap: wrap; gap: 2rem">
    <main style="flex: 999 1 20rem; min-inline-size: 0">
      <h1>Riverside Spine Clinic</h1>
      <care-guide .guide=${guide} layout="none">
        <care-guide-header heading-level="2" show-review></care-guide-header>
        <care-benefits-card heading-level="3"></care-benefits-card>
        <care-risk-list heading-level="3" variant="outlined"></care-risk-list>
      </care-guide>
    </main>
    <aside aria-label="Contact" style="flex: 1 1 14rem"><h2>Book a visit</h2><p>Call us on <a href="tel:+15551234567">555 123 4567</a>.</p></aside>
  </div>`,
};
