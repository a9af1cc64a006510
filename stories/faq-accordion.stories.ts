import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { stemCellInjectionBackPain } from '../src/content/stem-cell-injection-back-pain.js';
import { exampleGuide } from './example-guide.js';

interface Args {
  heading?: string;
  'heading-level': number;
  single: boolean;
  'toggle-all': boolean;
  searchable: boolean;
  query: string;
}

const faqs = stemCellInjectionBackPain.faqs!;

const meta: Meta<Args> = {
  title: 'Components/FAQ accordion',
  component: 'care-faq-accordion',
  args: { 'heading-level': 2, single: false, 'toggle-all': false, searchable: false, query: '' },
  render: (args) => html`<care-guide .guide=${stemCellInjectionBackPain}>
    <care-faq-accordion
      heading=${ifDefined(args.heading)}
      heading-level=${args['heading-level']}
      query=${args.query}
      ?single=${args.single}
      ?toggle-all=${args['toggle-all']}
      ?searchable=${args.searchable}
    ></care-faq-accordion>
  </care-guide>`,
};
export default meta;
type Story = StoryObj<Args>;

/** The questions of the built-in stem-cell guide, from `<care-guide>`. */
export const BuiltInGuide: Story = {};

/** Questions and answers written by a CMS as markup; answers keep their links and lists. */
export const CmsMarkup: Story = {
  render: () => html`<care-faq-accordion toggle-all>
    <span slot="heading">Visiting the clinic</span>
    <care-faq-item question="Where do I park?">
      <p>Free parking is behind the building. See the <a href="https://example.org/map">map</a>.</p>
    </care-faq-item>
    <care-faq-item id="bring">
      <strong slot="question">What should I bring?</strong>
      <ul><li>Your recent scans (MRI or X-ray)</li><li>A list of your medicines</li></ul>
    </care-faq-item>
    <care-faq-item question="Can someone come with me?" open>Yes. We recommend that someone drives you home.</care-faq-item>
  </care-faq-accordion>`,
};

/**
 * Each question written as a `slot="question"` child, so it reads as a question before the script
 * loads. The button shows the child's words as plain text: markup inside it, such as `<em>`, is not kept.
 */
export const QuestionAsChild: Story = {
  render: () => html`<care-faq-accordion heading="Before your visit">
    <care-faq-item><span slot="question">Do I need to <em>stop eating</em> before the injection?</span>
      <p>No. Eat a light meal as usual.</p>
    </care-faq-item>
    <care-faq-item open><span slot="question">How long is the visit?</span>
      <p>About an hour, with the time you rest afterwards.</p>
    </care-faq-item>
  </care-faq-accordion>`,
};

/** The section's introduction, which only a guide gives, between the heading and the questions. */
export const WithIntro: Story = {
  render: () => html`<care-guide .guide=${exampleGuide}>
    <care-faq-accordion></care-faq-accordion>
  </care-guide>`,
};

/** At most one answer open at a time. */
export const Single: Story = { args: { single: true } };

/** A "Show all / Hide all" button, announced with `aria-expanded`. */
export const ToggleAll: Story = { args: { 'toggle-all': true } };

/** A search box that filters as the reader types, shows the count at once, and has screen readers say it once typing pauses. */
export const Searchable: Story = { args: { searchable: true, 'toggle-all': true } };

/** A search whose words are in an answer only: that answer shows, with the words marked, until the search no longer needs it. */
export const SearchMatchInAnswer: Story = { args: { searchable: true, 'toggle-all': true, query: 'insurance' } };

/** A search that matches nothing: the count says so, "Show all", with nothing to open, is hidden in its place, and the empty list draws no divider. */
export const SearchNoMatch: Story = { args: { searchable: true, 'toggle-all': true, query: 'tattoo' } };

/** Opening a page at `#fda-approval` opens that answer; these links change the hash. */
export const DeepLink: Story = {
  render: () => html`<nav aria-label="Jump to a question">
      <a href="#fda-approval">Is it approved?</a> · <a href="#cost">What does it cost?</a>
    </nav>
    <care-faq-accordion .items=${faqs.items} heading="Frequently asked questions"></care-faq-accordion>`,
};

const long = Array.from(
  { length: 6 },
  (_, i) =>
    `Paragraph ${i + 1}. Recovery after a spinal injection differs from one person to the next, and the plan your clinic gives you will reflect your condition, your general health and the kind of cells used.`,
).join('\n\n');

/** Long answers with several paragraphs, and long questions that wrap. */
export const LongAnswers: Story = {
  render: () => html`<care-faq-accordion heading="Long answers" .items=${[
    { question: 'What will recovery look like over the first weeks, and when can I return to work, exercise and driving?', answer: long },
    { question: 'A second question', answer: long },
  ]}></care-faq-accordion>`,
};

/** Dark: the page declares `color-scheme: dark`; colours follow through `light-dark()`. */
export const Dark: Story = {
  render: () => html`<div style="color-scheme: dark; background: #111827; color: #f9fafb; padding: 1rem">
    <care-faq-accordion .items=${faqs.items} heading="Frequently asked questions" toggle-all searchable></care-faq-accordion>
  </div>`,
};

/** Right to left: logical properties mirror the layout. */
export const RightToLeft: Story = {
  render: () => html`<div dir="rtl" lang="ar">
    <care-faq-accordion heading="أسئلة شائعة" .items=${[
      { id: 'safe', question: 'هل العلاج آمن؟', answer: 'يعدّ آمنًا بشكل عام، ومن مخاطره العدوى والنزيف.' },
      { id: 'cost', question: 'كم يكلّف؟', answer: 'قد يكون مكلفًا، وقد لا يغطيه التأمين.' },
    ]}></care-faq-accordion>
  </div>`,
};
