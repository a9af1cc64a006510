import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { stemCellInjectionBackPain } from '../src/content/stem-cell-injection-back-pain.js';
import { exampleGuide } from './example-guide.js';

interface Args {
  heading?: string;
  'heading-level': number;
  orientation: 'vertical' | 'horizontal';
  current?: string;
  compact: boolean;
}

const meta: Meta<Args> = {
  title: 'Components/Procedure timeline',
  component: 'care-procedure-timeline',
  args: { 'heading-level': 2, orientation: 'vertical', compact: false },
  argTypes: {
    orientation: { control: 'inline-radio', options: ['vertical', 'horizontal'] },
    current: { control: 'text' },
  },
  render: (args) => html`<care-guide .guide=${stemCellInjectionBackPain}>
    <care-procedure-timeline
      heading=${ifDefined(args.heading)}
      heading-level=${args['heading-level']}
      orientation=${args.orientation}
      current=${ifDefined(args.current || undefined)}
      ?compact=${args.compact}
    ></care-procedure-timeline>
  </care-guide>`,
};
export default meta;
type Story = StoryObj<Args>;

/** The five steps of the built-in guide. */
export const BuiltInGuide: Story = {};

/** Steps written by a CMS as `<care-step>` markup; descriptions keep their own markup. */
export const CmsMarkup: Story = {
  render: () => html`<care-procedure-timeline heading="Your visit">
    <care-step label="Check in" duration="10 minutes">Bring your <strong>scans</strong> and a list of medicines.</care-step>
    <care-step label="Preparation" duration="20 minutes">A nurse cleans the skin and numbs the area.</care-step>
    <care-step label="Treatment" duration="45–60 minutes">The doctor performs the procedure with live imaging.</care-step>
    <care-step label="Recovery room" duration="30 minutes">We watch you for a short while before you go home.</care-step>
  </care-procedure-timeline>`,
};

/** Steps that cite sources (schema version 2): small numbered links to the review note's list, and back. */
export const StepsWithCitations: Story = {
  render: () => html`<care-guide .guide=${exampleGuide}>
    <care-procedure-timeline></care-procedure-timeline>
    <care-review-note></care-review-note>
  </care-guide>`,
};

/**
 * Side by side while each step gets about 11em (15 characters a line), so five steps need 55em: wider
 * than the guide's own 45em column, in which they stay one under another. Here the guide leaves the
 * layout to the page (`layout="none"`); narrow the window, or see Narrow Container, for the fallback.
 */
export const Horizontal: Story = {
  args: { orientation: 'horizontal' },
  render: (args) => html`<care-guide .guide=${stemCellInjectionBackPain} layout="none">
    <care-procedure-timeline heading-level=${args['heading-level']} orientation="horizontal" ?compact=${args.compact}></care-procedure-timeline>
  </care-guide>`,
};

/** The same horizontal timeline in a 320 px sidebar falls back to vertical (container queries). */
export const NarrowContainer: Story = {
  args: { orientation: 'horizontal' },
  decorators: [(story) => html`<div style="inline-size: min(320px, 100%); box-sizing: border-box; border: 1px dashed GrayText; padding: 0.5rem">${story()}</div>`],
};

/** Progress: the patient is at the injection step. */
export const WithCurrent: Story = { args: { current: 'injection' } };

/** Titles and durations only; descriptions open from "Details" buttons. */
export const Compact: Story = { args: { compact: true } };

/** Dark: the container declares `color-scheme: dark`. */
export const Dark: Story = {
  args: { current: '3' },
  decorators: [(story) => html`<div style="color-scheme: dark; background: Canvas; color: CanvasText; padding: 1rem">${story()}</div>`],
};

/** Right to left: markers and connectors mirror. */
export const RightToLeft: Story = {
  render: () => html`<div dir="rtl" lang="ar">
    <care-procedure-timeline heading="خطوات العلاج" current="2" .items=${[
      { title: 'الاستشارة والتقييم', duration: '٤٥ دقيقة' },
      { title: 'جمع الخلايا', description: 'تؤخذ الخلايا من جسمك.' },
      { title: 'الحقن', description: 'تُحقن الخلايا بتوجيه التصوير.' },
    ]}></care-procedure-timeline>
  </div>`,
};

/** Twelve steps: long procedures stay readable. */
export const TwelveSteps: Story = {
  render: () => html`<care-procedure-timeline heading="A longer programme" current="5" .items=${Array.from(
    { length: 12 },
    (_, i) => ({ title: `Week ${i + 1}: ${i < 4 ? 'physical therapy' : i < 8 ? 'strength and flexibility' : 'return to activity'}`, duration: '2 sessions' }),
  )}></care-procedure-timeline>`,
};
