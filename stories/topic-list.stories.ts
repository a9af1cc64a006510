import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { stemCellInjectionBackPain } from '../src/content/stem-cell-injection-back-pain.js';
import { exampleGuide } from './example-guide.js';

interface Args {
  section: 'conditions' | 'recovery' | 'tips' | 'benefits' | 'research';
  heading?: string;
  'heading-level': number;
}

const meta: Meta<Args> = {
  title: 'Components/Topic list',
  component: 'care-topic-list',
  args: { section: 'conditions', 'heading-level': 2 },
  argTypes: { section: { control: 'inline-radio', options: ['conditions', 'recovery', 'tips', 'benefits', 'research'] } },
  render: (args) => html`<care-guide .guide=${stemCellInjectionBackPain}>
    <care-topic-list section=${args.section} heading=${ifDefined(args.heading)} heading-level=${args['heading-level']}></care-topic-list>
  </care-guide>`,
};
export default meta;
type Story = StoryObj<Args>;

/** The conditions the treatment is offered for. */
export const Conditions: Story = {};

/** Recovery. */
export const Recovery: Story = { args: { section: 'recovery' } };

/** Advice for patients weighing it. */
export const Tips: Story = { args: { section: 'tips' } };

/** What researchers are exploring: worded as what is being studied, never as what works. */
export const Research: Story = { args: { section: 'research' } };

/** Benefits as a plain list: each with how strong its evidence is, in words and by a meter, and its numbered sources. */
export const BenefitsWithEvidence: Story = { args: { section: 'benefits' } };

/** Benefits as a plain list with how common each is (schema version 2), as in the benefits card; made-up items. */
export const BenefitsWithFrequency: Story = {
  render: () => html`<care-guide .guide=${exampleGuide}>
    <care-topic-list section="benefits"></care-topic-list>
    <care-review-note></care-review-note>
  </care-guide>`,
};

/** Topics written by a CMS as `<care-topic>` markup. */
export const CmsMarkup: Story = {
  render: () => html`<care-topic-list heading="After the injection">
    <care-topic label="Rest">Avoid heavy lifting for <strong>two weeks</strong>.</care-topic>
    <care-topic label="Call us">If the area becomes hot, red or swollen, call <a href="tel:+15551234567">555 123 4567</a>.</care-topic>
  </care-topic-list>`,
};

/** Text that looks like markup is shown as text. */
export const HostileText: Story = {
  render: () => html`<care-topic-list .items=${[{ title: '<h1>Big</h1>', description: '&lt;not an entity&gt; <a href=javascript:alert(1)>x</a>' }]}></care-topic-list>`,
};
