import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { stemCellInjectionBackPain } from '../src/content/stem-cell-injection-back-pain.js';

interface Args {
  disclaimer?: string;
  'last-reviewed'?: string;
  'reviewed-by'?: string;
  'heading-level': number;
}

const meta: Meta<Args> = {
  title: 'Components/Review note',
  component: 'care-review-note',
  args: { 'heading-level': 2 },
  render: (args) => html`<care-guide .guide=${stemCellInjectionBackPain}>
    <care-review-note
      disclaimer=${ifDefined(args.disclaimer)}
      last-reviewed=${ifDefined(args['last-reviewed'])}
      reviewed-by=${ifDefined(args['reviewed-by'])}
      heading-level=${args['heading-level']}
    ></care-review-note>
  </care-guide>`,
};
export default meta;
type Story = StoryObj<Args>;

/** The trust footer of the built-in guide. */
export const BuiltInGuide: Story = {};

/** A clinic's own reviewer and date over the guide's. */
export const ClinicReviewer: Story = { args: { 'reviewed-by': 'Dr. A. Rivera, spine specialist', 'last-reviewed': '2026-10-02' } };

/**
 * A risk's numbered citations link to its sources here (`#source-<id>`), and each source links back
 * to the items that cite it. The quoted sentence is the one a rate rests on.
 */
export const CitationsAndBack: Story = {
  render: () => html`<care-guide .guide=${stemCellInjectionBackPain}>
    <care-risk-list></care-risk-list>
    <care-review-note></care-review-note>
  </care-guide>`,
};

/** The date in the page's language. */
export const German: Story = {
  render: () => html`<div lang="de">
    <care-review-note last-reviewed="2026-03-05" reviewed-by="Dr. B. Keller" disclaimer="Allgemeine Informationen, keine ärztliche Beratung."></care-review-note>
  </div>`,
};

/** A `javascript:` source is listed as plain text, never as a link; markup-looking text stays text. */
export const HostileSources: Story = {
  render: () => html`<care-review-note disclaimer=${'<b>Not bold</b>'} .sources=${[
    { title: 'A trap', url: 'javascript:alert(1)' },
    { title: '<i>Not italic</i>', publisher: 'Example', url: 'https://example.org/' },
  ]}></care-review-note>`,
};
