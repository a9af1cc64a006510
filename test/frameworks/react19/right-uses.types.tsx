/**
 * Compiled by `npm run typecheck`, never run: a care-* tag in React 19 takes what React's own elements
 * take (a ref, React's events and attributes, a style object), and each prop that takes a piece of a
 * guide takes the guide's own field, null included.
 */
import type {} from 'care-elements/types/jsx';
import type { CareFaqAccordion } from 'care-elements';
import { stemCellInjectionBackPain as guide } from 'care-elements/content/stem-cell-injection-back-pain.js';
import { useRef, type CSSProperties } from 'react';

export function FaqWithButtons() {
  const faq = useRef<CareFaqAccordion>(null);
  return (
    <>
      <button type="button" onClick={() => faq.current?.showAll()}>Show all answers</button>
      <care-faq-accordion ref={faq} heading-level={3} items={guide.faqs?.items} />
    </>
  );
}

const accent: CSSProperties = { '--care-color-accent': 'teal', marginBlock: '1rem' };

export const reactProps = (
  <>
    <care-faq-accordion key="faq" ref={(element: CareFaqAccordion | null) => void element?.hideAll()} />
    <care-faq-accordion onClick={(event) => void event.currentTarget.showAll()} />
    <care-faq-accordion onKeyDown={(event) => void (event.key === 'Escape' && event.currentTarget.hideAll())} />
    <care-faq-accordion suppressHydrationWarning />
    <care-faq-accordion inert />
    <care-faq-accordion style={accent} />
    <care-faq-accordion style={{ '--care-color-accent': 'teal' }} />
    <care-faq-accordion aria-label="Questions patients ask" aria-busy={false} />
    <care-faq-accordion dir="auto" />
    <care-faq-accordion id="faq" className="faq" hidden tabIndex={-1} title="Questions" data-section="faqs" />
    <care-faq-accordion oncare-faq-toggle={(event) => void event.detail.open} />
  </>
);

const review = { lastReviewed: guide.lastReviewed, nextReview: guide.nextReview, reviewedBy: guide.reviewedBy };

export const guideFields = (
  <care-guide guide={guide}>
    <care-guide-header heading={guide.title} summary={guide.summary} {...review} />
    <care-topic-list section="conditions" heading={guide.conditions?.title} items={guide.conditions?.items} />
    <care-procedure-timeline heading={guide.procedure?.title} items={guide.procedure?.items} />
    <care-benefits-card heading={guide.benefits?.title} items={guide.benefits?.items} />
    <care-risk-list heading={guide.risks?.title} items={guide.risks?.items} />
    <care-faq-accordion heading={guide.faqs?.title} items={guide.faqs?.items} />
    <care-review-note disclaimer={guide.disclaimer} sources={guide.sources} {...review} />
  </care-guide>
);
