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
import * as header from '../guide-header/define.js';
import type { CareEventMap } from '../internal/events.js';
import * as timeline from '../procedure-timeline/define.js';
import * as review from '../review-note/define.js';
import * as risks from '../risk-list/define.js';
import * as topics from '../topic-list/define.js';

/** A care-* event name carrying its event type, so a handler receives `CustomEvent<Detail>`. */
const on = <K extends keyof CareEventMap>(type: K) => type as EventName<CareEventMap[K]>;

const contentError = { onCareContentError: on('care-content-error') };

/** A React component for one element, named as its class. */
const wrap = <I extends HTMLElement, E extends Record<string, EventName> = Record<never, EventName>>(
  tagName: string,
  elementClass: new () => I,
  events?: E,
) =>
  createComponent({ react: React, tagName, elementClass, events, displayName: elementClass.name });

export const CareGuide = wrap('care-guide', guide.CareGuide, { onCareGuideLoad: on('care-guide-load'), ...contentError });
export const CareGuideHeader = wrap('care-guide-header', header.CareGuideHeader, contentError);
export const CareFaqAccordion = wrap('care-faq-accordion', faq.CareFaqAccordion, { onCareFaqToggle: on('care-faq-toggle'), ...contentError });
export const CareFaqItem = wrap('care-faq-item', faq.CareFaqItem);
export const CareProcedureTimeline = wrap('care-procedure-timeline', timeline.CareProcedureTimeline, contentError);
export const CareStep = wrap('care-step', timeline.CareStep);
export const CareRiskList = wrap('care-risk-list', risks.CareRiskList, contentError);
export const CareRisk = wrap('care-risk', risks.CareRisk);
export const CareBenefitsCard = wrap('care-benefits-card', benefits.CareBenefitsCard, contentError);
export const CareBenefit = wrap('care-benefit', benefits.CareBenefit);
export const CareTopicList = wrap('care-topic-list', topics.CareTopicList, contentError);
export const CareTopic = wrap('care-topic', topics.CareTopic);
export const CareReviewNote = wrap('care-review-note', review.CareReviewNote, contentError);
