/**
 * Compiled by `npm run typecheck`, never run: a care-* tag in React 19 takes what React's own elements
 * take (a ref, React's events and attributes, a style object), and each prop that takes a piece of a
 * guide takes the guide's own field, null included.
 */
import type {} from 'care-elements/types/jsx';
import type { CareFaqAccordion } from 'care-elements';
import { stemCellInjectionBackPain as guide } from 'care-elements/content/stem-cell-injection-back-pain.js';
import { useRef } from 'react';

export function FaqWithButtons() {
  const faq = useRef<CareFaqAccordion>(null);
  return (
    <>
      <button type="button" onClick={() => faq.current?.showAll()}>Show all answers</button>
      <care-faq-accordion ref={faq} heading-level={3} items={guide.faqs?.items} />
    </>
  );
}

export const reactAttributes = (
  <care-faq-accordion
    key="faq"
    ref={(element: CareFaqAccordion | null) => void element?.hideAll()}
    id="faq"
    className="faq"
    style={{ '--care-color-accent': 'teal', marginBlock: '1rem' }}
    dir="auto"
    hidden
    inert
    tabIndex={-1}
    title="Questions"
    aria-label="Questions patients ask"
    aria-busy={false}
    data-section="faqs"
    suppressHydrationWarning
    onClick={(event) => void event.currentTarget.showAll()}
    onKeyDown={(event) => void event.key}
    oncare-faq-toggle={(event) => void event.detail.open}
  />
);

export const guideFields = (
  <care-guide guide={guide}>
    <care-guide-header
      heading={guide.title}
      summary={guide.summary}
      lastReviewed={guide.lastReviewed}
      nextReview={guide.nextReview}
      reviewedBy={guide.reviewedBy}
    />
    <care-topic-list section="conditions" heading={guide.conditions?.title} items={guide.conditions?.items} />
    <care-procedure-timeline heading={guide.procedure?.title} items={guide.procedure?.items} />
    <care-benefits-card heading={guide.benefits?.title} items={guide.benefits?.items} />
    <care-risk-list heading={guide.risks?.title} items={guide.risks?.items} />
    <care-faq-accordion heading={guide.faqs?.title} items={guide.faqs?.items} />
    <care-review-note
      disclaimer={guide.disclaimer}
      lastReviewed={guide.lastReviewed}
      nextReview={guide.nextReview}
      reviewedBy={guide.reviewedBy}
      sources={guide.sources}
    />
  </care-guide>
);
