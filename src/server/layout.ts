import { html, nothing, type TemplateResult } from 'lit';
import type { ValidGuide } from '../content/types.js';
// Defines every element the layout renders. Here, not in render.ts: its types would then bring the
// elements' own, which need the DOM library that a Node project's TypeScript does not have.
import '../index.js';

/**
 * The elements of a whole guide, in reading order. Each is given the guide as a property: on the
 * server no context reaches it, and the client's first render then reads the same guide from
 * `<care-guide>`, so both render the same markup.
 */
export function guideLayout(guide: ValidGuide): TemplateResult {
  const hasNote = Boolean(guide.disclaimer || guide.lastReviewed || guide.nextReview || guide.reviewedBy || guide.sources?.length);
  return html`<care-guide-header .guide=${guide}></care-guide-header>
    ${guide.conditions ? html`<care-topic-list section="conditions" .guide=${guide}></care-topic-list>` : nothing}
    ${guide.procedure ? html`<care-procedure-timeline .guide=${guide}></care-procedure-timeline>` : nothing}
    ${guide.benefits ? html`<care-benefits-card .guide=${guide}></care-benefits-card>` : nothing}
    ${guide.risks ? html`<care-risk-list variant="outlined" sort="severity" .guide=${guide}></care-risk-list>` : nothing}
    ${guide.recovery ? html`<care-topic-list section="recovery" .guide=${guide}></care-topic-list>` : nothing}
    ${guide.tips ? html`<care-topic-list section="tips" .guide=${guide}></care-topic-list>` : nothing}
    ${guide.research ? html`<care-topic-list section="research" .guide=${guide}></care-topic-list>` : nothing}
    ${guide.faqs ? html`<care-faq-accordion toggle-all searchable .guide=${guide}></care-faq-accordion>` : nothing}
    ${hasNote ? html`<care-review-note .guide=${guide}></care-review-note>` : nothing}`;
}
