import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { stemCellInjectionBackPain } from '../src/content/stem-cell-injection-back-pain.js';

interface Args {
  heading?: string;
  'heading-level': number;
  sort?: 'severity';
  'group-by'?: 'severity';
  variant?: 'outlined' | 'elevated';
}

const meta: Meta<Args> = {
  title: 'Components/Risk list',
  component: 'care-risk-list',
  args: { 'heading-level': 2 },
  argTypes: {
    sort: { control: 'inline-radio', options: [undefined, 'severity'] },
    'group-by': { control: 'inline-radio', options: [undefined, 'severity'] },
    variant: { control: 'inline-radio', options: [undefined, 'outlined', 'elevated'] },
  },
  render: (args) => html`<care-guide .guide=${stemCellInjectionBackPain}>
    <care-risk-list
      heading=${ifDefined(args.heading)}
      heading-level=${args['heading-level']}
      sort=${ifDefined(args.sort)}
      group-by=${ifDefined(args['group-by'])}
      variant=${ifDefined(args.variant)}
    >
      <p slot="footer"><a href="#consultation">Talk to your doctor about these risks</a> before you decide.</p>
    </care-risk-list>
  </care-guide>`,
};
export default meta;
type Story = StoryObj<Args>;

/** The risks of the built-in guide, in the content's order, with a call to action. */
export const BuiltInGuide: Story = {};

/** Ordered from high to low severity. */
export const SortedBySeverity: Story = { args: { sort: 'severity' } };

/** Grouped under a sub-heading per severity. */
export const GroupedBySeverity: Story = { args: { 'group-by': 'severity' } };

/** The same card as the benefits card, so risks weigh as much as benefits. */
export const Card: Story = { args: { variant: 'outlined', sort: 'severity' } };

/** The elevated card, grouped by severity: each group heading names the severity once. */
export const ElevatedCardGrouped: Story = { args: { variant: 'elevated', 'group-by': 'severity' } };

/** Risks written by a CMS as `<care-risk>` markup. */
/**
 * Every frequency band, in words, with the rate in plain words where the content gives one. A rate
 * must rest on a source the risk cites; these items are made up to show the bands.
 */
export const FrequencyBands: Story = {
  render: () => html`<care-risk-list heading="How common each risk is" .items=${[
    { title: 'Very common', frequency: { band: 'very-common' } },
    { title: 'Common, with a rate', frequency: { band: 'common', count: 3, per: 33 } },
    { title: 'Uncommon, with a rate', frequency: { band: 'uncommon', count: 1, per: 136 } },
    { title: 'Rare, with a rate', frequency: { band: 'rare', count: 1, per: 5000 } },
    { title: 'Very rare', frequency: { band: 'very-rare' } },
    { title: 'Not known', severity: 'high', frequency: { band: 'not-known' } },
  ]}></care-risk-list>`,
};

export const CmsMarkup: Story = {
  render: () => html`<care-risk-list heading="Before your injection">
    <care-risk label="Allergic reaction" severity="moderate">Tell us about <strong>any allergies</strong>, including to local anaesthetic.</care-risk>
    <care-risk label="Soreness" severity="low">The area may ache for a few days.</care-risk>
  </care-risk-list>`,
};

/** Text that looks like markup is shown as text, never run. */
export const HostileText: Story = {
  render: () => html`<care-risk-list heading=${"<script>alert('heading')</script>"} .items=${[
    { title: '<img src=x onerror=alert(1)>', severity: 'high', description: '<b>not bold</b> and <a href="javascript:alert(1)">not a link</a>' },
  ]}></care-risk-list>`,
};
