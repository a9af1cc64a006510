import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { stemCellInjectionBackPain } from '../src/content/stem-cell-injection-back-pain.js';
import { exampleGuide } from './example-guide.js';

interface Args {
  heading?: string;
  'heading-level': number;
  variant: 'outlined' | 'elevated';
}

const meta: Meta<Args> = {
  title: 'Components/Benefits card',
  component: 'care-benefits-card',
  args: { 'heading-level': 2, variant: 'outlined' },
  argTypes: { variant: { control: 'inline-radio', options: ['outlined', 'elevated'] } },
  render: (args) => html`<care-guide .guide=${stemCellInjectionBackPain}>
    <care-benefits-card heading=${ifDefined(args.heading)} heading-level=${args['heading-level']} variant=${args.variant}>
      <a slot="footer" href="#book">Book a consultation</a>
    </care-benefits-card>
  </care-guide>`,
};
export default meta;
type Story = StoryObj<Args>;

/** The benefits of the built-in guide, outlined. */
export const Outlined: Story = {};

/** The elevated variant. */
export const Elevated: Story = { args: { variant: 'elevated' } };

/** One column in a narrow container. */
export const NarrowContainer: Story = {
  decorators: [(story) => html`<div style="inline-size: min(320px, 100%)">${story()}</div>`],
};

const illustration = `data:image/svg+xml,${encodeURIComponent(
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 400 120"><rect width="400" height="120" fill="#dbeafe"/><circle cx="60" cy="60" r="36" fill="#1d4ed8"/><rect x="120" y="40" width="240" height="14" rx="7" fill="#93c5fd"/><rect x="120" y="66" width="180" height="14" rx="7" fill="#93c5fd"/></svg>',
)}`;

/** Benefits written by a CMS, with an image in the media slot and a footer link. */
export const CmsMarkupWithMedia: Story = {
  render: () => html`<care-benefits-card variant="elevated">
    <img slot="media" src=${illustration} alt="" />
    <span slot="heading">Why some patients choose it</span>
    <care-benefit label="A shorter recovery">Most people go home <em>the same day</em>.</care-benefit>
    <care-benefit label="Your own cells">The cells come from your own body.</care-benefit>
    <a slot="footer" href="#book">Book a consultation</a>
  </care-benefits-card>`,
};

/**
 * How common a benefit is (schema version 2): the band in words, and the rate where the content
 * gives one, resting on the source it cites. The items are made up to show the `frequency` part.
 */
export const Frequency: Story = {
  render: () => html`<care-guide .guide=${exampleGuide}>
    <care-benefits-card></care-benefits-card>
    <care-review-note></care-review-note>
  </care-guide>`,
};

/** Text that looks like markup is shown as text. */
export const HostileText: Story = {
  render: () => html`<care-benefits-card heading=${'<em>Not emphasised</em>'} .items=${[
    { title: '<script>alert(1)</script>', description: '<img src=x onerror=alert(1)>' },
  ]}></care-benefits-card>`,
};
