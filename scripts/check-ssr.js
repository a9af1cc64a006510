import { render } from '@lit-labs/ssr';
import { collectResultSync } from '@lit-labs/ssr/lib/render-result.js';
import { html } from 'lit';

/**
 * Server rendering is where the library is going: every element must render from properties
 * alone, with no DOM, into declarative shadow DOM that search engines and first paint can read.
 * Renders each element of the built package in Node and checks that its content is in the output.
 */
await import('../dist/index.js');
const { stemCellInjectionBackPain: guide } = await import('../dist/content/stem-cell-injection-back-pain.js');

const cases = [
  ['care-faq-accordion', html`<care-faq-accordion heading="FAQ" .items=${guide.faqs.items}></care-faq-accordion>`, guide.faqs.items.map((i) => i.question)],
  ['care-procedure-timeline', html`<care-procedure-timeline current="2" .items=${guide.procedure.items}></care-procedure-timeline>`, ['Step 2 of 5, Current step', guide.procedure.items[4].title]],
  ['care-risk-list', html`<care-risk-list sort="severity" .items=${guide.risks.items}></care-risk-list>`, ['Severity: high', guide.risks.items[0].title]],
  ['care-benefits-card', html`<care-benefits-card heading="Benefits" .items=${guide.benefits.items}></care-benefits-card>`, [guide.benefits.items[0].title]],
  ['care-topic-list', html`<care-topic-list .items=${guide.recovery.items}></care-topic-list>`, [guide.recovery.items[0].title]],
  ['care-review-note', html`<care-review-note last-reviewed="2026-11-25" .sources=${guide.sources}></care-review-note>`, ['November 25, 2026', guide.sources[0].title]],
  ['care-guide-header', html`<care-guide-header .heading=${guide.title} .summary=${guide.summary} show-review last-reviewed="2026-11-25"></care-guide-header>`, [`<h1`, guide.title, 'November 25, 2026']],
  ['care-guide', html`<care-guide .guide=${guide}><p>Page text</p></care-guide>`, ['Page text']],
];

const failures = [];
for (const [tag, template, expected] of cases) {
  try {
    const out = collectResultSync(render(template));
    if (!out.includes('shadowrootmode="open"')) failures.push(`${tag}: no declarative shadow root`);
    for (const text of expected) if (!out.includes(text)) failures.push(`${tag}: "${text}" missing from the server output`);
  } catch (error) {
    failures.push(`${tag}: ${error.message}`);
  }
}
if (failures.length) {
  console.error(`server rendering:\n  ${failures.join('\n  ')}`);
  process.exit(1);
}
console.log(`ssr: ${cases.length} elements render on the server from properties alone.`);
