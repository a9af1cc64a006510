/** Registers every care-* element and exports their classes, the content model and the strings table. */
export { CareGuide } from './guide/define.js';
export { CareGuideHeader } from './guide-header/define.js';
export { CareFaqAccordion, CareFaqItem } from './faq-accordion/define.js';
export { CareProcedureTimeline, CareStep } from './procedure-timeline/define.js';
export { CareRiskList, CareRisk } from './risk-list/define.js';
export { CareBenefitsCard, CareBenefit } from './benefits-card/define.js';
export { CareTopicList, CareTopic } from './topic-list/define.js';
export { CareReviewNote } from './review-note/define.js';
export * from './content/index.js';
export { loadStrings, registerStrings, stringsFor, type CareStrings } from './internal/strings.js';
export type * from './internal/events.js';
