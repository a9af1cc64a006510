/**
 * React components for every care-* element, for React 18, which sets every prop as an attribute and
 * hears no custom events: `@lit/react` sets the element's properties and maps `onCare…` props to its
 * events. Importing this module registers the elements; React 19 needs only types/jsx.d.ts.
 */
import { createComponent, type EventName } from '@lit/react';
import * as React from 'react';
import * as benefits from '../benefits-card/define.js';
import * as faq from '../faq-accordion/define.js';
import * as guide from '../guide/define.js';
import type { CareEventMap } from '../internal/events.js';
import * as timeline from '../procedure-timeline/define.js';
import * as review from '../review-note/define.js';
import * as risks from '../risk-list/define.js';
import * as topics from '../topic-list/define.js';

/** A care-* event name carrying its event type, so a handler receives `CustomEvent<Detail>`. */
const on = <K extends keyof CareEventMap>(type: K) => type as EventName<CareEventMap[K]>;

const contentError = { onCareContentError: on('care-content-error') };

export const CareGuide = createComponent({
  react: React,
  tagName: 'care-guide',
  elementClass: guide.CareGuide,
  events: { onCareGuideLoad: on('care-guide-load'), ...contentError },
  displayName: 'CareGuide',
});

export const CareFaqAccordion = createComponent({
  react: React,
  tagName: 'care-faq-accordion',
  elementClass: faq.CareFaqAccordion,
  events: { onCareFaqToggle: on('care-faq-toggle'), ...contentError },
  displayName: 'CareFaqAccordion',
});

export const CareFaqItem = createComponent({
  react: React,
  tagName: 'care-faq-item',
  elementClass: faq.CareFaqItem,
  displayName: 'CareFaqItem',
});

export const CareProcedureTimeline = createComponent({
  react: React,
  tagName: 'care-procedure-timeline',
  elementClass: timeline.CareProcedureTimeline,
  events: contentError,
  displayName: 'CareProcedureTimeline',
});

export const CareStep = createComponent({
  react: React,
  tagName: 'care-step',
  elementClass: timeline.CareStep,
  displayName: 'CareStep',
});

export const CareRiskList = createComponent({
  react: React,
  tagName: 'care-risk-list',
  elementClass: risks.CareRiskList,
  events: contentError,
  displayName: 'CareRiskList',
});

export const CareRisk = createComponent({
  react: React,
  tagName: 'care-risk',
  elementClass: risks.CareRisk,
  displayName: 'CareRisk',
});

export const CareBenefitsCard = createComponent({
  react: React,
  tagName: 'care-benefits-card',
  elementClass: benefits.CareBenefitsCard,
  events: contentError,
  displayName: 'CareBenefitsCard',
});

export const CareBenefit = createComponent({
  react: React,
  tagName: 'care-benefit',
  elementClass: benefits.CareBenefit,
  displayName: 'CareBenefit',
});

export const CareTopicList = createComponent({
  react: React,
  tagName: 'care-topic-list',
  elementClass: topics.CareTopicList,
  events: contentError,
  displayName: 'CareTopicList',
});

export const CareTopic = createComponent({
  react: React,
  tagName: 'care-topic',
  elementClass: topics.CareTopic,
  displayName: 'CareTopic',
});

export const CareReviewNote = createComponent({
  react: React,
  tagName: 'care-review-note',
  elementClass: review.CareReviewNote,
  events: contentError,
  displayName: 'CareReviewNote',
});
