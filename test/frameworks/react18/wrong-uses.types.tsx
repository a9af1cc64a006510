/**
 * Compiled by `npm run typecheck`, never run: the React 18 components of care-elements/react are typed
 * from the element classes and the event map. Each `@ts-expect-error` proves a wrong use fails to compile.
 */
import { CareFaqAccordion, CareGuide, CareReviewNote, CareRisk, CareRiskList } from 'care-elements/react';
import type { FaqItem } from 'care-elements';
import { stemCellInjectionBackPain as guide } from 'care-elements/content/stem-cell-injection-back-pain.js';

const items: FaqItem[] = [{ question: 'Is it safe?', answer: 'Mostly.' }];

export const right = (
  <CareGuide onCareGuideLoad={(event) => void event.detail.guide.title}>
    <CareFaqAccordion
      headingLevel={3}
      toggleAll
      items={items}
      onCareFaqToggle={(event) => void (event.detail.open && event.detail.id.length)}
      onCareContentError={(event) => void event.detail.problems.map((problem) => problem.message)}
    />
    <CareRiskList sort="severity">
      <CareRisk label="Infection" severity="moderate" />
    </CareRiskList>
    <CareReviewNote disclaimer={guide.disclaimer} reviewedBy={guide.reviewedBy} sources={guide.sources} />
  </CareGuide>
);

export const wrong = (
  <>
    {/* @ts-expect-error headingLevel is a number */}
    <CareFaqAccordion headingLevel="three" />
    {/* @ts-expect-error a question has no title */}
    <CareFaqAccordion items={[{ title: 'Is it safe?' }]} />
    {/* @ts-expect-error severity is low, moderate or high */}
    <CareRisk severity="severe" />
    {/* @ts-expect-error no such property */}
    <CareFaqAccordion headingLvl={3} />
    {/* @ts-expect-error the toggle's id is a string */}
    <CareFaqAccordion onCareFaqToggle={(event: CustomEvent<{ id: number }>) => event} />
    {/* @ts-expect-error the toggle's detail has no question */}
    <CareFaqAccordion onCareFaqToggle={(event) => event.detail.question} />
    {/* @ts-expect-error no such event: a misspelt one is caught */}
    <CareFaqAccordion onCareFaqToggel={() => undefined} />
  </>
);
