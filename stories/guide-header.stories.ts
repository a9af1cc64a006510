import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { stemCellInjectionBackPain } from '../src/content/stem-cell-injection-back-pain.js';

interface Args {
  heading?: string;
  summary?: string;
  'heading-level': number;
  'show-review': boolean;
  'last-reviewed'?: string;
  'next-review'?: string;
  'reviewed-by'?: string;
}

const meta: Meta<Args> = {
  title: 'Components/Guide header',
  component: 'care-guide-header',
  args: { 'heading-level': 1, 'show-review': false },
  render: (args) => html`<care-guide .guide=${stemCellInjectionBackPain}>
    <care-guide-header
      heading=${ifDefined(args.heading)}
      summary=${ifDefined(args.summary)}
      heading-level=${args['heading-level']}
      ?show-review=${args['show-review']}
      last-reviewed=${ifDefined(args['last-reviewed'])}
      next-review=${ifDefined(args['next-review'])}
      reviewed-by=${ifDefined(args['reviewed-by'])}
    ></care-guide-header>
  </care-guide>`,
};
export default meta;
type Story = StoryObj<Args>;

/** The built-in guide's title and summary. */
export const BuiltInGuide: Story = {};

/** With the review line, set by the clinic over the guide's own. */
export const WithReview: Story = {
  args: {
    'show-review': true,
    'reviewed-by': 'Dr. Jane Okafor, Riverside Spine Clinic',
    'last-reviewed': '2026-11-20',
    'next-review': '2027-11-20',
  },
};

/** Title and summary written by a CMS, through the slots. */
export const CmsMarkup: Story = {
  render: () => html`<care-guide-header heading-level="2">
    <span slot="heading">Stem cells at <em>Riverside</em></span>
    <p slot="summary">What we offer, what we do not, and what to ask us.</p>
  </care-guide-header>`,
};
