/**
 * Compiled by `npm run typecheck`, never run: the generated JSX types type every care-* tag in React 19.
 * Each `@ts-expect-error` proves a wrong use fails to compile. TypeScript lets any hyphenated JSX
 * attribute through, so a misspelt `heading-levle` is not caught; a misspelt camelCase property is.
 */
import type {} from 'care-elements/types/jsx';
import type { CareFaqAccordion, FaqItem } from 'care-elements';
import { createRef } from 'react';

const items: FaqItem[] = [{ question: 'Is it safe?', answer: 'Mostly.' }];

export const right = (
  <care-guide src="/guide.json" oncare-guide-load={(event) => void event.detail.guide.title}>
    <care-faq-accordion
      heading-level={3}
      headingLevel={3}
      toggle-all
      items={items}
      oncare-faq-toggle={(event) => {
        const open: boolean = event.detail.open;
        const accordion: CareFaqAccordion = event.target;
        void [open, accordion];
      }}
      oncare-content-error={(event) => void event.detail.problems.map((problem) => problem.path)}
    />
    <care-risk-list sort="severity" group-by="severity">
      <care-risk label="Infection" severity="moderate" />
    </care-risk-list>
    <care-procedure-timeline orientation="horizontal" compact>
      <care-step label="Consultation" duration="30 minutes" />
    </care-procedure-timeline>
    <care-benefits-card variant="elevated">
      <care-benefit label="Less pain" />
    </care-benefits-card>
    <care-topic-list section="recovery">
      <care-topic label="Rest" />
    </care-topic-list>
    <care-faq-accordion>
      <care-faq-item question="Where do I park?" open />
    </care-faq-accordion>
    <care-review-note last-reviewed="2026-11-25" reviewed-by="Dr. Lee" />
  </care-guide>
);

export const wrong = (
  <>
    {/* @ts-expect-error heading-level is a number */}
    <care-faq-accordion heading-level="three" />
    {/* @ts-expect-error a question has no title */}
    <care-faq-accordion items={[{ title: 'Is it safe?' }]} />
    {/* @ts-expect-error the list sorts by severity only */}
    <care-risk-list sort="name" />
    {/* @ts-expect-error severity is low, moderate or high */}
    <care-risk severity="severe" />
    {/* @ts-expect-error section names a known section */}
    <care-topic-list section="faq" />
    {/* @ts-expect-error no such property */}
    <care-faq-accordion headingLvl={3} />
    {/* @ts-expect-error the toggle's id is a string */}
    <care-faq-accordion oncare-faq-toggle={(event: CustomEvent<{ id: number }>) => event} />
    {/* @ts-expect-error the load event carries the guide, not problems */}
    <care-guide oncare-guide-load={(event) => event.detail.problems} />
    {/* @ts-expect-error React takes a style object, not a string */}
    <care-faq-accordion style="--care-color-accent: teal" />
    {/* @ts-expect-error no such custom property */}
    <care-faq-accordion style={{ '--care-color-acent': 'teal' }} />
    {/* @ts-expect-error aria-busy is true or false */}
    <care-faq-accordion aria-busy="maybe" />
    {/* @ts-expect-error a ref to another element */}
    <care-faq-accordion ref={createRef<HTMLInputElement>()} />
  </>
);
