import type {
  CareBenefit,
  CareBenefitsCard,
  CareFaqAccordion,
  CareFaqItem,
  CareGuideHeader,
  CareGuide,
  CareProcedureTimeline,
  CareStep,
  CareReviewNote,
  CareRiskList,
  CareRisk,
  CareTopicList,
  CareTopic,
  CareContentErrorDetail,
  CareFaqToggleDetail,
  CareGuideLoadDetail,
} from "care-elements";

/**
 * This type can be used to create scoped tags for your components.
 *
 * Usage:
 *
 * ```ts
 * import type { ScopedElements } from "path/to/library/jsx-integration";
 *
 * declare module "my-library" {
 *   namespace JSX {
 *     interface IntrinsicElements
 *       extends ScopedElements<'test-', ''> {}
 *   }
 * }
 * ```
 *
 * @deprecated Runtime scoped elements result in duplicate types and can confusing for developers. It is recommended to use the `prefix` and `suffix` options to generate new types instead.
 */
export type ScopedElements<
  Prefix extends string = "",
  Suffix extends string = "",
> = {
  [
    Key in keyof CustomElements as `${Prefix}${Key}${Suffix}`
  ]: CustomElements[Key];
};

/**
 * A generic type for strongly typing custom events with their targets
 * @template T - The type of the event target (extends EventTarget)
 * @template D - The type of the detail payload for the custom event
 */
type TypedEvent<T extends EventTarget, E = Event> = E & {
  target: T;
};

type BaseProps<T extends HTMLElement> = {
  /** Content added between the opening and closing tags of the element */
  children?: any | undefined;
  /** Used for declaratively styling one or more elements using CSS (Cascading Stylesheets) */
  class?: string | undefined;
  /** Used for declaratively styling one or more elements using CSS (Cascading Stylesheets) */
  className?: string | undefined;
  /** Takes an object where the key is the class name(s) and the value is a boolean expression. When true, the class is applied, and when false, it is removed. */
  classList?: Record<string, boolean | undefined> | undefined;
  /** Specifies the text direction of the element. */
  dir?: "ltr" | "rtl" | undefined;
  /** Contains a space-separated list of the part names of the element that should be exposed on the host element. */
  exportparts?: string | undefined;
  /** For <label> and <output>, lets you associate the label with some control. */
  htmlFor?: string | undefined;
  /** Specifies whether the element should be hidden. */
  hidden?: boolean | string | undefined;
  /** A unique identifier for the element. */
  id?: string | undefined;
  /** Keys tell React which array item each component corresponds to */
  key?: string | number | undefined;
  /** Specifies the language of the element. */
  lang?: string | undefined;
  /** Defines the element's semantic role for accessibility APIs. */
  role?: string | undefined;
  /** Contains a space-separated list of the part names of the element. Part names allows CSS to select and style specific elements in a shadow tree via the ::part pseudo-element. */
  part?: string | undefined;
  /** Use the ref attribute with a variable to assign a DOM element to the variable once the element is rendered. */
  ref?: (T | ((e: T) => void)) | undefined;
  /** Adds a reference for a custom element slot */
  slot?: string | undefined;
  /** Prop for setting inline styles */
  style?: Record<string, string | number> | undefined;
  /** Overrides the default Tab button behavior. Avoid using values other than -1 and 0. */
  tabIndex?: number | undefined;
  /** Specifies the tooltip text for the element. */
  title?: string | undefined;
  /** Passing 'no' excludes the element content from being translated. */
  translate?: "yes" | "no" | undefined;
  /** The popover global attribute is used to designate an element as a popover element. */
  popover?: "auto" | "hint" | "manual" | undefined;
  /** Turns an element element into a popover control button; takes the ID of the popover element to control as its value. */
  popovertarget?: "top" | "bottom" | "left" | "right" | "auto" | undefined;
  /** Specifies the action to be performed on a popover element being controlled by a control element. */
  popovertargetaction?: "show" | "hide" | "toggle" | undefined;
};

type BaseEvents = {};

export type CareBenefitProps = {
  /** The benefit's title, as plain text. */
  label?: CareBenefit["label"] | undefined;
};

export type CareBenefitSolidJsProps = {
  /** The benefit's title, as plain text. */
  "prop:label"?: CareBenefit["label"] | undefined;

  /** Set the innerHTML of the element */
  innerHTML?: string | undefined;
  /** Set the textContent of the element */
  textContent?: string | number | undefined;
};

/** `CareBenefitsCard` component event */
export type CareBenefitsCardElementEvent<E = Event> = TypedEvent<
  CareBenefitsCard,
  E
>;
/** `care-content-error` event type */
export type CareBenefitsCardCareContentErrorElementEvent =
  CareBenefitsCardElementEvent<CustomEvent<CareContentErrorDetail>>;

export type CareBenefitsCardProps = {
  /** Card title; the `heading` slot and then the guide's section title are used when absent. */
  heading?: CareBenefitsCard["heading"] | undefined;
  /** Level of the card heading (1–6), or of the page's own heading just above the card when it has none; each benefit's title is one level below. */
  "heading-level"?: CareBenefitsCard["headingLevel"] | undefined;
  /** Level of the card heading (1–6), or of the page's own heading just above the card when it has none; each benefit's title is one level below. */
  headingLevel?: CareBenefitsCard["headingLevel"] | undefined;
  /** `outlined` (a border) or `elevated` (a shadow); the risk list's card variants look the same. */
  variant?: CareBenefitsCard["variant"] | undefined;
  /** Benefits as data, `[{ id?, title, description?, evidence?, frequency?, sources? }]`. Children win when present; an empty list counts as none, so the nearest guide's section shows. */
  items?: CareBenefitsCard["items"] | undefined;

  /** Some benefits were unusable and left out, or an attribute has a value it does not take; detail `{ problems }`. */
  "oncare-content-error"?:
    ((e: CareBenefitsCardCareContentErrorElementEvent) => void) | undefined;
};

export type CareBenefitsCardSolidJsProps = {
  /** Card title; the `heading` slot and then the guide's section title are used when absent. */
  "prop:heading"?: CareBenefitsCard["heading"] | undefined;
  /** Level of the card heading (1–6), or of the page's own heading just above the card when it has none; each benefit's title is one level below. */
  "attr:heading-level"?: CareBenefitsCard["headingLevel"] | undefined;
  /** Level of the card heading (1–6), or of the page's own heading just above the card when it has none; each benefit's title is one level below. */
  "prop:headingLevel"?: CareBenefitsCard["headingLevel"] | undefined;
  /** `outlined` (a border) or `elevated` (a shadow); the risk list's card variants look the same. */
  "prop:variant"?: CareBenefitsCard["variant"] | undefined;
  /** Benefits as data, `[{ id?, title, description?, evidence?, frequency?, sources? }]`. Children win when present; an empty list counts as none, so the nearest guide's section shows. */
  "prop:items"?: CareBenefitsCard["items"] | undefined;
  /** Some benefits were unusable and left out, or an attribute has a value it does not take; detail `{ problems }`. */
  "on:care-content-error"?:
    ((e: CareBenefitsCardCareContentErrorElementEvent) => void) | undefined;

  /** Set the innerHTML of the element */
  innerHTML?: string | undefined;
  /** Set the textContent of the element */
  textContent?: string | number | undefined;
};

/** `CareFaqAccordion` component event */
export type CareFaqAccordionElementEvent<E = Event> = TypedEvent<
  CareFaqAccordion,
  E
>;
/** `care-faq-toggle` event type */
export type CareFaqAccordionCareFaqToggleElementEvent =
  CareFaqAccordionElementEvent<CustomEvent<CareFaqToggleDetail>>;
/** `care-content-error` event type */
export type CareFaqAccordionCareContentErrorElementEvent =
  CareFaqAccordionElementEvent<CustomEvent<CareContentErrorDetail>>;

export type CareFaqAccordionProps = {
  /** Section title; the `heading` slot and then the guide's section title are used when absent. */
  heading?: CareFaqAccordion["heading"] | undefined;
  /** Level of the section heading (1–6), or of the page's own heading just above the element when it has none; each question is a heading one level below. */
  "heading-level"?: CareFaqAccordion["headingLevel"] | undefined;
  /** Level of the section heading (1–6), or of the page's own heading just above the element when it has none; each question is a heading one level below. */
  headingLevel?: CareFaqAccordion["headingLevel"] | undefined;
  /** Keep at most one answer open: opening one closes the others. */
  single?: CareFaqAccordion["single"] | undefined;
  /** Show a "Show all / Hide all" button (not shown in `single` mode); during a search it opens or closes the questions listed, and is hidden while none is. */
  "toggle-all"?: CareFaqAccordion["toggleAll"] | undefined;
  /** Show a "Show all / Hide all" button (not shown in `single` mode); during a search it opens or closes the questions listed, and is hidden while none is. */
  toggleAll?: CareFaqAccordion["toggleAll"] | undefined;
  /** Show a search box that filters questions and answers as the reader types. */
  searchable?: CareFaqAccordion["searchable"] | undefined;
  /** The current search text. */
  query?: CareFaqAccordion["query"] | undefined;
  /** Questions as data, `[{ id?, question, answer }]`; answers are plain text. Children win when present; an empty list counts as none, so the nearest guide's section shows. */
  items?: CareFaqAccordion["items"] | undefined;

  /** An answer opened or closed; detail `{ id, open }`. Not when a search shows or hides an answer, as it hides questions: a view, not a change of what is open. */
  "oncare-faq-toggle"?:
    ((e: CareFaqAccordionCareFaqToggleElementEvent) => void) | undefined;
  /** Some questions were unusable and left out, or an attribute has a value it does not take; detail `{ problems }`. */
  "oncare-content-error"?:
    ((e: CareFaqAccordionCareContentErrorElementEvent) => void) | undefined;
};

export type CareFaqAccordionSolidJsProps = {
  /** Section title; the `heading` slot and then the guide's section title are used when absent. */
  "prop:heading"?: CareFaqAccordion["heading"] | undefined;
  /** Level of the section heading (1–6), or of the page's own heading just above the element when it has none; each question is a heading one level below. */
  "attr:heading-level"?: CareFaqAccordion["headingLevel"] | undefined;
  /** Level of the section heading (1–6), or of the page's own heading just above the element when it has none; each question is a heading one level below. */
  "prop:headingLevel"?: CareFaqAccordion["headingLevel"] | undefined;
  /** Keep at most one answer open: opening one closes the others. */
  "prop:single"?: CareFaqAccordion["single"] | undefined;
  /** Show a "Show all / Hide all" button (not shown in `single` mode); during a search it opens or closes the questions listed, and is hidden while none is. */
  "bool:toggle-all"?: CareFaqAccordion["toggleAll"] | undefined;
  /** Show a "Show all / Hide all" button (not shown in `single` mode); during a search it opens or closes the questions listed, and is hidden while none is. */
  "prop:toggleAll"?: CareFaqAccordion["toggleAll"] | undefined;
  /** Show a search box that filters questions and answers as the reader types. */
  "prop:searchable"?: CareFaqAccordion["searchable"] | undefined;
  /** The current search text. */
  "prop:query"?: CareFaqAccordion["query"] | undefined;
  /** Questions as data, `[{ id?, question, answer }]`; answers are plain text. Children win when present; an empty list counts as none, so the nearest guide's section shows. */
  "prop:items"?: CareFaqAccordion["items"] | undefined;
  /** An answer opened or closed; detail `{ id, open }`. Not when a search shows or hides an answer, as it hides questions: a view, not a change of what is open. */
  "on:care-faq-toggle"?:
    ((e: CareFaqAccordionCareFaqToggleElementEvent) => void) | undefined;
  /** Some questions were unusable and left out, or an attribute has a value it does not take; detail `{ problems }`. */
  "on:care-content-error"?:
    ((e: CareFaqAccordionCareContentErrorElementEvent) => void) | undefined;

  /** Set the innerHTML of the element */
  innerHTML?: string | undefined;
  /** Set the textContent of the element */
  textContent?: string | number | undefined;
};

export type CareFaqItemProps = {
  /** The question, as plain text; a `slot="question"` child is used when it is empty. */
  question?: CareFaqItem["question"] | undefined;
  /** Whether the answer is open. The accordion keeps it up to date (an answer a search shows is not open); setting it opens or closes the answer. */
  open?: CareFaqItem["open"] | undefined;
};

export type CareFaqItemSolidJsProps = {
  /** The question, as plain text; a `slot="question"` child is used when it is empty. */
  "prop:question"?: CareFaqItem["question"] | undefined;
  /** Whether the answer is open. The accordion keeps it up to date (an answer a search shows is not open); setting it opens or closes the answer. */
  "prop:open"?: CareFaqItem["open"] | undefined;

  /** Set the innerHTML of the element */
  innerHTML?: string | undefined;
  /** Set the textContent of the element */
  textContent?: string | number | undefined;
};

/** `CareGuideHeader` component event */
export type CareGuideHeaderElementEvent<E = Event> = TypedEvent<
  CareGuideHeader,
  E
>;
/** `care-content-error` event type */
export type CareGuideHeaderCareContentErrorElementEvent =
  CareGuideHeaderElementEvent<CustomEvent<CareContentErrorDetail>>;

export type CareGuideHeaderProps = {
  /** The title; the `heading` slot and then the guide's title are used when absent. */
  heading?: CareGuideHeader["heading"] | undefined;
  /** The summary, as plain text; the `summary` slot and then the guide's summary are used when absent. */
  summary?: CareGuideHeader["summary"] | undefined;
  /** Level of the title (1–6): 1 on a page made for the guide, 2 on a page that already has an `h1`. */
  "heading-level"?: CareGuideHeader["headingLevel"] | undefined;
  /** Level of the title (1–6): 1 on a page made for the guide, 2 on a page that already has an `h1`. */
  headingLevel?: CareGuideHeader["headingLevel"] | undefined;
  /** Show the review line under the summary, as well as in `<care-review-note>`. */
  "show-review"?: CareGuideHeader["showReview"] | undefined;
  /** Show the review line under the summary, as well as in `<care-review-note>`. */
  showReview?: CareGuideHeader["showReview"] | undefined;
  /** When the content was last reviewed, as YYYY-MM-DD. Defaults to the guide's. */
  "last-reviewed"?: CareGuideHeader["lastReviewed"] | undefined;
  /** When the content was last reviewed, as YYYY-MM-DD. Defaults to the guide's. */
  lastReviewed?: CareGuideHeader["lastReviewed"] | undefined;
  /** When the content is due its next review, as YYYY-MM-DD. Defaults to the guide's. */
  "next-review"?: CareGuideHeader["nextReview"] | undefined;
  /** When the content is due its next review, as YYYY-MM-DD. Defaults to the guide's. */
  nextReview?: CareGuideHeader["nextReview"] | undefined;
  /** Who reviewed the content. Defaults to the guide's. */
  "reviewed-by"?: CareGuideHeader["reviewedBy"] | undefined;
  /** Who reviewed the content. Defaults to the guide's. */
  reviewedBy?: CareGuideHeader["reviewedBy"] | undefined;

  /** A review date was not YYYY-MM-DD and was left out, or an attribute has a value it does not take; detail `{ problems }`. */
  "oncare-content-error"?:
    ((e: CareGuideHeaderCareContentErrorElementEvent) => void) | undefined;
};

export type CareGuideHeaderSolidJsProps = {
  /** The title; the `heading` slot and then the guide's title are used when absent. */
  "prop:heading"?: CareGuideHeader["heading"] | undefined;
  /** The summary, as plain text; the `summary` slot and then the guide's summary are used when absent. */
  "prop:summary"?: CareGuideHeader["summary"] | undefined;
  /** Level of the title (1–6): 1 on a page made for the guide, 2 on a page that already has an `h1`. */
  "attr:heading-level"?: CareGuideHeader["headingLevel"] | undefined;
  /** Level of the title (1–6): 1 on a page made for the guide, 2 on a page that already has an `h1`. */
  "prop:headingLevel"?: CareGuideHeader["headingLevel"] | undefined;
  /** Show the review line under the summary, as well as in `<care-review-note>`. */
  "bool:show-review"?: CareGuideHeader["showReview"] | undefined;
  /** Show the review line under the summary, as well as in `<care-review-note>`. */
  "prop:showReview"?: CareGuideHeader["showReview"] | undefined;
  /** When the content was last reviewed, as YYYY-MM-DD. Defaults to the guide's. */
  "attr:last-reviewed"?: CareGuideHeader["lastReviewed"] | undefined;
  /** When the content was last reviewed, as YYYY-MM-DD. Defaults to the guide's. */
  "prop:lastReviewed"?: CareGuideHeader["lastReviewed"] | undefined;
  /** When the content is due its next review, as YYYY-MM-DD. Defaults to the guide's. */
  "attr:next-review"?: CareGuideHeader["nextReview"] | undefined;
  /** When the content is due its next review, as YYYY-MM-DD. Defaults to the guide's. */
  "prop:nextReview"?: CareGuideHeader["nextReview"] | undefined;
  /** Who reviewed the content. Defaults to the guide's. */
  "attr:reviewed-by"?: CareGuideHeader["reviewedBy"] | undefined;
  /** Who reviewed the content. Defaults to the guide's. */
  "prop:reviewedBy"?: CareGuideHeader["reviewedBy"] | undefined;
  /** A review date was not YYYY-MM-DD and was left out, or an attribute has a value it does not take; detail `{ problems }`. */
  "on:care-content-error"?:
    ((e: CareGuideHeaderCareContentErrorElementEvent) => void) | undefined;

  /** Set the innerHTML of the element */
  innerHTML?: string | undefined;
  /** Set the textContent of the element */
  textContent?: string | number | undefined;
};

/** `CareGuide` component event */
export type CareGuideElementEvent<E = Event> = TypedEvent<CareGuide, E>;
/** `care-guide-load` event type */
export type CareGuideCareGuideLoadElementEvent = CareGuideElementEvent<
  CustomEvent<CareGuideLoadDetail>
>;
/** `care-content-error` event type */
export type CareGuideCareContentErrorElementEvent = CareGuideElementEvent<
  CustomEvent<CareContentErrorDetail>
>;

export type CareGuideProps = {
  /** URL of a guide JSON document, fetched with `fetch`. A new URL aborts the previous request. */
  src?: CareGuide["src"] | undefined;
  /** `column` (the default) lays the elements inside out as one readable column; `none` leaves them to the page. */
  layout?: CareGuide["layout"] | undefined;
  /** Milliseconds a `src` load may take in all, retry included, before it is reported as a problem. */
  timeout?: CareGuide["timeout"] | undefined;
  /** Largest `src` body accepted, in bytes; a larger one is reported as a problem and not read further. */
  "max-bytes"?: CareGuide["maxBytes"] | undefined;
  /** Largest `src` body accepted, in bytes; a larger one is reported as a problem and not read further. */
  maxBytes?: CareGuide["maxBytes"] | undefined;
  /** True while `src` is being fetched; reflected, so a page can style a placeholder. Set by the element. */
  loading?: CareGuide["loading"] | undefined;
  /** Leave the guide's JSON-LD out of the page, for pages that write their own structured data. */
  "no-structured-data"?: CareGuide["noStructuredData"] | undefined;
  /** Leave the guide's JSON-LD out of the page, for pages that write their own structured data. */
  noStructuredData?: CareGuide["noStructuredData"] | undefined;
  /** The guide as data, following the published schema. Wins over `src` and inline JSON; validated like them. */
  guide?: CareGuide["guide"] | undefined;

  /** A guide was loaded and validated; detail `{ guide }`. Fired also when some sections had problems. */
  "oncare-guide-load"?:
    ((e: CareGuideCareGuideLoadElementEvent) => void) | undefined;
  /** The guide could not be fetched or parsed, or has problems; detail `{ problems: [{ path, message }] }`. */
  "oncare-content-error"?:
    ((e: CareGuideCareContentErrorElementEvent) => void) | undefined;
};

export type CareGuideSolidJsProps = {
  /** URL of a guide JSON document, fetched with `fetch`. A new URL aborts the previous request. */
  "prop:src"?: CareGuide["src"] | undefined;
  /** `column` (the default) lays the elements inside out as one readable column; `none` leaves them to the page. */
  "prop:layout"?: CareGuide["layout"] | undefined;
  /** Milliseconds a `src` load may take in all, retry included, before it is reported as a problem. */
  "prop:timeout"?: CareGuide["timeout"] | undefined;
  /** Largest `src` body accepted, in bytes; a larger one is reported as a problem and not read further. */
  "attr:max-bytes"?: CareGuide["maxBytes"] | undefined;
  /** Largest `src` body accepted, in bytes; a larger one is reported as a problem and not read further. */
  "prop:maxBytes"?: CareGuide["maxBytes"] | undefined;
  /** True while `src` is being fetched; reflected, so a page can style a placeholder. Set by the element. */
  "prop:loading"?: CareGuide["loading"] | undefined;
  /** Leave the guide's JSON-LD out of the page, for pages that write their own structured data. */
  "bool:no-structured-data"?: CareGuide["noStructuredData"] | undefined;
  /** Leave the guide's JSON-LD out of the page, for pages that write their own structured data. */
  "prop:noStructuredData"?: CareGuide["noStructuredData"] | undefined;
  /** The guide as data, following the published schema. Wins over `src` and inline JSON; validated like them. */
  "prop:guide"?: CareGuide["guide"] | undefined;
  /** A guide was loaded and validated; detail `{ guide }`. Fired also when some sections had problems. */
  "on:care-guide-load"?:
    ((e: CareGuideCareGuideLoadElementEvent) => void) | undefined;
  /** The guide could not be fetched or parsed, or has problems; detail `{ problems: [{ path, message }] }`. */
  "on:care-content-error"?:
    ((e: CareGuideCareContentErrorElementEvent) => void) | undefined;

  /** Set the innerHTML of the element */
  innerHTML?: string | undefined;
  /** Set the textContent of the element */
  textContent?: string | number | undefined;
};

/** `CareProcedureTimeline` component event */
export type CareProcedureTimelineElementEvent<E = Event> = TypedEvent<
  CareProcedureTimeline,
  E
>;
/** `care-content-error` event type */
export type CareProcedureTimelineCareContentErrorElementEvent =
  CareProcedureTimelineElementEvent<CustomEvent<CareContentErrorDetail>>;

export type CareProcedureTimelineProps = {
  /** Section title; the `heading` slot and then the guide's section title are used when absent. */
  heading?: CareProcedureTimeline["heading"] | undefined;
  /** Level of the section heading (1–6), or of the page's own heading just above the element when it has none; each step's title is one level below. */
  "heading-level"?: CareProcedureTimeline["headingLevel"] | undefined;
  /** Level of the section heading (1–6), or of the page's own heading just above the element when it has none; each step's title is one level below. */
  headingLevel?: CareProcedureTimeline["headingLevel"] | undefined;
  /** `vertical`, or `horizontal`: side by side while each step gets about 11em (up to 8 steps), vertical when not. */
  orientation?: CareProcedureTimeline["orientation"] | undefined;
  /** The step the patient is at, by id or 1-based number. Earlier steps show as done, later as upcoming. */
  current?: CareProcedureTimeline["current"] | undefined;
  /** Titles and durations only; each description opens from a "Details" button. */
  compact?: CareProcedureTimeline["compact"] | undefined;
  /** Steps as data, `[{ id?, title, description?, duration? }]`. Children win when present; an empty list counts as none, so the nearest guide's section shows. */
  items?: CareProcedureTimeline["items"] | undefined;

  /** Some steps were unusable and left out, or `current` names no step, or an attribute has a value it does not take; detail `{ problems }`. */
  "oncare-content-error"?:
    | ((e: CareProcedureTimelineCareContentErrorElementEvent) => void)
    | undefined;
};

export type CareProcedureTimelineSolidJsProps = {
  /** Section title; the `heading` slot and then the guide's section title are used when absent. */
  "prop:heading"?: CareProcedureTimeline["heading"] | undefined;
  /** Level of the section heading (1–6), or of the page's own heading just above the element when it has none; each step's title is one level below. */
  "attr:heading-level"?: CareProcedureTimeline["headingLevel"] | undefined;
  /** Level of the section heading (1–6), or of the page's own heading just above the element when it has none; each step's title is one level below. */
  "prop:headingLevel"?: CareProcedureTimeline["headingLevel"] | undefined;
  /** `vertical`, or `horizontal`: side by side while each step gets about 11em (up to 8 steps), vertical when not. */
  "prop:orientation"?: CareProcedureTimeline["orientation"] | undefined;
  /** The step the patient is at, by id or 1-based number. Earlier steps show as done, later as upcoming. */
  "prop:current"?: CareProcedureTimeline["current"] | undefined;
  /** Titles and durations only; each description opens from a "Details" button. */
  "prop:compact"?: CareProcedureTimeline["compact"] | undefined;
  /** Steps as data, `[{ id?, title, description?, duration? }]`. Children win when present; an empty list counts as none, so the nearest guide's section shows. */
  "prop:items"?: CareProcedureTimeline["items"] | undefined;
  /** Some steps were unusable and left out, or `current` names no step, or an attribute has a value it does not take; detail `{ problems }`. */
  "on:care-content-error"?:
    | ((e: CareProcedureTimelineCareContentErrorElementEvent) => void)
    | undefined;

  /** Set the innerHTML of the element */
  innerHTML?: string | undefined;
  /** Set the textContent of the element */
  textContent?: string | number | undefined;
};

export type CareStepProps = {
  /** The step's title, as plain text. */
  label?: CareStep["label"] | undefined;
  /** How long the step takes, as free text such as "30–60 minutes". */
  duration?: CareStep["duration"] | undefined;
};

export type CareStepSolidJsProps = {
  /** The step's title, as plain text. */
  "prop:label"?: CareStep["label"] | undefined;
  /** How long the step takes, as free text such as "30–60 minutes". */
  "prop:duration"?: CareStep["duration"] | undefined;

  /** Set the innerHTML of the element */
  innerHTML?: string | undefined;
  /** Set the textContent of the element */
  textContent?: string | number | undefined;
};

/** `CareReviewNote` component event */
export type CareReviewNoteElementEvent<E = Event> = TypedEvent<
  CareReviewNote,
  E
>;
/** `care-content-error` event type */
export type CareReviewNoteCareContentErrorElementEvent =
  CareReviewNoteElementEvent<CustomEvent<CareContentErrorDetail>>;

export type CareReviewNoteProps = {
  /** The disclaimer, as plain text. Defaults to the guide's. */
  disclaimer?: CareReviewNote["disclaimer"] | undefined;
  /** When the content was last reviewed, as YYYY-MM-DD. Defaults to the guide's. */
  "last-reviewed"?: CareReviewNote["lastReviewed"] | undefined;
  /** When the content was last reviewed, as YYYY-MM-DD. Defaults to the guide's. */
  lastReviewed?: CareReviewNote["lastReviewed"] | undefined;
  /** When the content is due its next review, as YYYY-MM-DD. Defaults to the guide's. */
  "next-review"?: CareReviewNote["nextReview"] | undefined;
  /** When the content is due its next review, as YYYY-MM-DD. Defaults to the guide's. */
  nextReview?: CareReviewNote["nextReview"] | undefined;
  /** Who reviewed the content. Defaults to the guide's. */
  "reviewed-by"?: CareReviewNote["reviewedBy"] | undefined;
  /** Who reviewed the content. Defaults to the guide's. */
  reviewedBy?: CareReviewNote["reviewedBy"] | undefined;
  /** Level of the note's headings (1–6): "About this guide", for screen readers, and "Sources". */
  "heading-level"?: CareReviewNote["headingLevel"] | undefined;
  /** Level of the note's headings (1–6): "About this guide", for screen readers, and "Sources". */
  headingLevel?: CareReviewNote["headingLevel"] | undefined;
  /** Sources, `[{ id?, title, publisher?, url?, quote?, lang? }]`. Defaults to the guide's. */
  sources?: CareReviewNote["sources"] | undefined;

  /** A source or the date was unusable and left out, or an attribute has a value it does not take; detail `{ problems }`. */
  "oncare-content-error"?:
    ((e: CareReviewNoteCareContentErrorElementEvent) => void) | undefined;
};

export type CareReviewNoteSolidJsProps = {
  /** The disclaimer, as plain text. Defaults to the guide's. */
  "prop:disclaimer"?: CareReviewNote["disclaimer"] | undefined;
  /** When the content was last reviewed, as YYYY-MM-DD. Defaults to the guide's. */
  "attr:last-reviewed"?: CareReviewNote["lastReviewed"] | undefined;
  /** When the content was last reviewed, as YYYY-MM-DD. Defaults to the guide's. */
  "prop:lastReviewed"?: CareReviewNote["lastReviewed"] | undefined;
  /** When the content is due its next review, as YYYY-MM-DD. Defaults to the guide's. */
  "attr:next-review"?: CareReviewNote["nextReview"] | undefined;
  /** When the content is due its next review, as YYYY-MM-DD. Defaults to the guide's. */
  "prop:nextReview"?: CareReviewNote["nextReview"] | undefined;
  /** Who reviewed the content. Defaults to the guide's. */
  "attr:reviewed-by"?: CareReviewNote["reviewedBy"] | undefined;
  /** Who reviewed the content. Defaults to the guide's. */
  "prop:reviewedBy"?: CareReviewNote["reviewedBy"] | undefined;
  /** Level of the note's headings (1–6): "About this guide", for screen readers, and "Sources". */
  "attr:heading-level"?: CareReviewNote["headingLevel"] | undefined;
  /** Level of the note's headings (1–6): "About this guide", for screen readers, and "Sources". */
  "prop:headingLevel"?: CareReviewNote["headingLevel"] | undefined;
  /** Sources, `[{ id?, title, publisher?, url?, quote?, lang? }]`. Defaults to the guide's. */
  "prop:sources"?: CareReviewNote["sources"] | undefined;
  /** A source or the date was unusable and left out, or an attribute has a value it does not take; detail `{ problems }`. */
  "on:care-content-error"?:
    ((e: CareReviewNoteCareContentErrorElementEvent) => void) | undefined;

  /** Set the innerHTML of the element */
  innerHTML?: string | undefined;
  /** Set the textContent of the element */
  textContent?: string | number | undefined;
};

/** `CareRiskList` component event */
export type CareRiskListElementEvent<E = Event> = TypedEvent<CareRiskList, E>;
/** `care-content-error` event type */
export type CareRiskListCareContentErrorElementEvent = CareRiskListElementEvent<
  CustomEvent<CareContentErrorDetail>
>;

export type CareRiskListProps = {
  /** Section title; the `heading` slot and then the guide's section title are used when absent. */
  heading?: CareRiskList["heading"] | undefined;
  /** Level of the section heading (1–6), or of the page's own heading just above the element when it has none; risks (or severity groups) are one level below. */
  "heading-level"?: CareRiskList["headingLevel"] | undefined;
  /** Level of the section heading (1–6), or of the page's own heading just above the element when it has none; risks (or severity groups) are one level below. */
  headingLevel?: CareRiskList["headingLevel"] | undefined;
  /** `severity` orders risks from high to low; otherwise they keep the content's order. */
  sort?: CareRiskList["sort"] | undefined;
  /** `severity` groups risks under a sub-heading per severity, high first; each risk then tells its severity to screen readers only. */
  "group-by"?: CareRiskList["groupBy"] | undefined;
  /** `severity` groups risks under a sub-heading per severity, high first; each risk then tells its severity to screen readers only. */
  groupBy?: CareRiskList["groupBy"] | undefined;
  /** `outlined` or `elevated`: a card exactly like `<care-benefits-card>`, so risks weigh as much as benefits. A plain list when absent. */
  variant?: CareRiskList["variant"] | undefined;
  /** Risks as data, `[{ id?, title, description?, severity?, frequency?, sources? }]`. Children win when present; an empty list counts as none, so the nearest guide's section shows. */
  items?: CareRiskList["items"] | undefined;

  /** Some risks were unusable and left out, or an attribute has a value it does not take; detail `{ problems }`. */
  "oncare-content-error"?:
    ((e: CareRiskListCareContentErrorElementEvent) => void) | undefined;
};

export type CareRiskListSolidJsProps = {
  /** Section title; the `heading` slot and then the guide's section title are used when absent. */
  "prop:heading"?: CareRiskList["heading"] | undefined;
  /** Level of the section heading (1–6), or of the page's own heading just above the element when it has none; risks (or severity groups) are one level below. */
  "attr:heading-level"?: CareRiskList["headingLevel"] | undefined;
  /** Level of the section heading (1–6), or of the page's own heading just above the element when it has none; risks (or severity groups) are one level below. */
  "prop:headingLevel"?: CareRiskList["headingLevel"] | undefined;
  /** `severity` orders risks from high to low; otherwise they keep the content's order. */
  "prop:sort"?: CareRiskList["sort"] | undefined;
  /** `severity` groups risks under a sub-heading per severity, high first; each risk then tells its severity to screen readers only. */
  "attr:group-by"?: CareRiskList["groupBy"] | undefined;
  /** `severity` groups risks under a sub-heading per severity, high first; each risk then tells its severity to screen readers only. */
  "prop:groupBy"?: CareRiskList["groupBy"] | undefined;
  /** `outlined` or `elevated`: a card exactly like `<care-benefits-card>`, so risks weigh as much as benefits. A plain list when absent. */
  "prop:variant"?: CareRiskList["variant"] | undefined;
  /** Risks as data, `[{ id?, title, description?, severity?, frequency?, sources? }]`. Children win when present; an empty list counts as none, so the nearest guide's section shows. */
  "prop:items"?: CareRiskList["items"] | undefined;
  /** Some risks were unusable and left out, or an attribute has a value it does not take; detail `{ problems }`. */
  "on:care-content-error"?:
    ((e: CareRiskListCareContentErrorElementEvent) => void) | undefined;

  /** Set the innerHTML of the element */
  innerHTML?: string | undefined;
  /** Set the textContent of the element */
  textContent?: string | number | undefined;
};

export type CareRiskProps = {
  /** The risk's title, as plain text. */
  label?: CareRisk["label"] | undefined;
  /** How serious the risk is: `low`, `moderate` or `high`; told in words and by shape. */
  severity?: CareRisk["severity"] | undefined;
};

export type CareRiskSolidJsProps = {
  /** The risk's title, as plain text. */
  "prop:label"?: CareRisk["label"] | undefined;
  /** How serious the risk is: `low`, `moderate` or `high`; told in words and by shape. */
  "prop:severity"?: CareRisk["severity"] | undefined;

  /** Set the innerHTML of the element */
  innerHTML?: string | undefined;
  /** Set the textContent of the element */
  textContent?: string | number | undefined;
};

/** `CareTopicList` component event */
export type CareTopicListElementEvent<E = Event> = TypedEvent<CareTopicList, E>;
/** `care-content-error` event type */
export type CareTopicListCareContentErrorElementEvent =
  CareTopicListElementEvent<CustomEvent<CareContentErrorDetail>>;

export type CareTopicListProps = {
  /** Which section of the guide to show: `conditions`, `recovery`, `tips`, `benefits` or `research` (what researchers are exploring). */
  section?: CareTopicList["section"] | undefined;
  /** Section title; the `heading` slot and then the guide's section title are used when absent. */
  heading?: CareTopicList["heading"] | undefined;
  /** Level of the section heading (1–6), or of the page's own heading just above the element when it has none; each item's title is one level below. */
  "heading-level"?: CareTopicList["headingLevel"] | undefined;
  /** Level of the section heading (1–6), or of the page's own heading just above the element when it has none; each item's title is one level below. */
  headingLevel?: CareTopicList["headingLevel"] | undefined;
  /** Items as data, `[{ id?, title, description?, sources? }]`. Children win when present; an empty list counts as none, so the nearest guide's section shows. */
  items?: CareTopicList["items"] | undefined;

  /** Some items were unusable and left out, or `section` is unknown, or an attribute has a value it does not take; detail `{ problems }`. */
  "oncare-content-error"?:
    ((e: CareTopicListCareContentErrorElementEvent) => void) | undefined;
};

export type CareTopicListSolidJsProps = {
  /** Which section of the guide to show: `conditions`, `recovery`, `tips`, `benefits` or `research` (what researchers are exploring). */
  "prop:section"?: CareTopicList["section"] | undefined;
  /** Section title; the `heading` slot and then the guide's section title are used when absent. */
  "prop:heading"?: CareTopicList["heading"] | undefined;
  /** Level of the section heading (1–6), or of the page's own heading just above the element when it has none; each item's title is one level below. */
  "attr:heading-level"?: CareTopicList["headingLevel"] | undefined;
  /** Level of the section heading (1–6), or of the page's own heading just above the element when it has none; each item's title is one level below. */
  "prop:headingLevel"?: CareTopicList["headingLevel"] | undefined;
  /** Items as data, `[{ id?, title, description?, sources? }]`. Children win when present; an empty list counts as none, so the nearest guide's section shows. */
  "prop:items"?: CareTopicList["items"] | undefined;
  /** Some items were unusable and left out, or `section` is unknown, or an attribute has a value it does not take; detail `{ problems }`. */
  "on:care-content-error"?:
    ((e: CareTopicListCareContentErrorElementEvent) => void) | undefined;

  /** Set the innerHTML of the element */
  innerHTML?: string | undefined;
  /** Set the textContent of the element */
  textContent?: string | number | undefined;
};

export type CareTopicProps = {
  /** The item's title, as plain text. */
  label?: CareTopic["label"] | undefined;
};

export type CareTopicSolidJsProps = {
  /** The item's title, as plain text. */
  "prop:label"?: CareTopic["label"] | undefined;

  /** Set the innerHTML of the element */
  innerHTML?: string | undefined;
  /** Set the textContent of the element */
  textContent?: string | number | undefined;
};

export type CustomElements = {
  /**
   *
   *
   * ## Attributes & Properties
   *
   * Component attributes and properties that can be applied to the element or by using JavaScript.
   *
   * - `label`: The benefit's title, as plain text.
   *
   * ## Slots
   *
   * Areas where markup can be added to the component.
   *
   * - `(default)`: The benefit's description: any markup.
   */
  "care-benefit": Partial<
    CareBenefitProps & BaseProps<CareBenefit> & BaseEvents
  >;

  /**
   *
   *
   * ## Attributes & Properties
   *
   * Component attributes and properties that can be applied to the element or by using JavaScript.
   *
   * - `heading`: Card title; the `heading` slot and then the guide's section title are used when absent.
   * - `heading-level`/`headingLevel`: Level of the card heading (1–6), or of the page's own heading just above the card when it has none; each benefit's title is one level below.
   * - `variant`: `outlined` (a border) or `elevated` (a shadow); the risk list's card variants look the same.
   * - `items`: Benefits as data, `[{ id?, title, description?, evidence?, frequency?, sources? }]`. Children win when present; an empty list counts as none, so the nearest guide's section shows. (property only)
   *
   * ## Events
   *
   * Events that will be emitted by the component.
   *
   * - `care-content-error`: Some benefits were unusable and left out, or an attribute has a value it does not take; detail `{ problems }`.
   *
   * ## Slots
   *
   * Areas where markup can be added to the component.
   *
   * - `(default)`: `<care-benefit label="…">` children written by a CMS; their content is the description.
   * - `heading`: The card title as inline text; the element supplies the heading.
   * - `media`: An image or illustration above the content.
   * - `footer`: After the list, e.g. a "Book a consultation" link.
   *
   * ## CSS Custom Properties
   *
   * CSS variables available for styling the component.
   *
   * - `--care-benefits-card-background`: Card background; an `elevated` card on a dark page takes `--care-color-surface-raised` unless `--care-color-surface` is set, as a shadow draws no edge there. (default: `var(--care-color-surface)`)
   * - `--care-benefits-card-padding`: Card padding. (default: `calc(var(--care-space) * 1.5)`)
   * - `--care-benefits-card-shadow`: Shadow of the `elevated` variant. (default: `0 1px 3px rgb(0 0 0 / 0.2), 0 4px 12px rgb(0 0 0 / 0.12)`)
   * - `--care-benefits-card-gap`: Space between benefits. (default: `var(--care-space)`)
   * - `--care-color-text`: Text colour; the page's by default. (default: `inherit`)
   * - `--care-color-accent`: Questions, links, step markers and icons. (default: `light-dark(#1d4ed8, #93c5fd)`)
   * - `--care-color-on-accent`: Text drawn on the accent colour, such as a done step's check mark. (default: `light-dark(#fff, #111827)`)
   * - `--care-color-muted`: Secondary text: durations, the review line. (default: `light-dark(#4b5563, #cbd5e1)`)
   * - `--care-color-border`: Dividers, card and input borders (3:1 against the page). (default: `light-dark(#6b7280, #9ca3af)`)
   * - `--care-color-surface`: Background of cards. (default: `transparent`)
   * - `--care-color-surface-raised`: Background of hovered questions, the review note, and an `elevated` card on a dark page. (default: `light-dark(#f3f4f6, #1f2937)`)
   * - `--care-color-focus`: The focus ring. (default: `light-dark(#1d4ed8, #93c5fd)`)
   * - `--care-radius`: Corner radius of cards, inputs and notes. (default: `0.5rem`)
   * - `--care-border-width`: Width of borders and dividers. (default: `1px`)
   * - `--care-space`: Base spacing unit; smaller gaps are half of it. (default: `1rem`)
   * - `--care-font-family`: Body font; the page's by default. (default: `inherit`)
   * - `--care-font-family-heading`: Heading font. (default: `var(--care-font-family)`)
   * - `--care-line-height`: Line height of body text. (default: `1.5`)
   * - `--care-focus-width`: Thickness of the focus ring. (default: `3px`)
   * - `--care-focus-offset`: Gap between the focus ring and its element. (default: `2px`)
   * - `--care-motion-duration`: Length of transitions; none under reduced motion. (default: `180ms`)
   *
   * ## CSS Parts
   *
   * Custom selectors for styling elements within the component.
   *
   * - `base`: The card.
   * - `section-heading`: The card heading.
   * - `intro`: The introduction.
   * - `list`: The list of benefits.
   * - `item`: One benefit.
   * - `icon`: The check mark of a benefit.
   * - `title`: A benefit's heading.
   * - `evidence`: How strong the evidence is, in words and by a meter, with its note.
   * - `frequency`: How common a benefit is, in words and, when known, as a rate.
   * - `description`: A benefit's description.
   * - `citations`: The numbered links to the sources a benefit cites.
   */
  "care-benefits-card": Partial<
    CareBenefitsCardProps & BaseProps<CareBenefitsCard> & BaseEvents
  >;

  /**
   *
   *
   * ## Attributes & Properties
   *
   * Component attributes and properties that can be applied to the element or by using JavaScript.
   *
   * - `heading`: Section title; the `heading` slot and then the guide's section title are used when absent.
   * - `heading-level`/`headingLevel`: Level of the section heading (1–6), or of the page's own heading just above the element when it has none; each question is a heading one level below.
   * - `single`: Keep at most one answer open: opening one closes the others.
   * - `toggle-all`/`toggleAll`: Show a "Show all / Hide all" button (not shown in `single` mode); during a search it opens or closes the questions listed, and is hidden while none is.
   * - `searchable`: Show a search box that filters questions and answers as the reader types.
   * - `query`: The current search text.
   * - `items`: Questions as data, `[{ id?, question, answer }]`; answers are plain text. Children win when present; an empty list counts as none, so the nearest guide's section shows. (property only)
   *
   * ## Events
   *
   * Events that will be emitted by the component.
   *
   * - `care-faq-toggle`: An answer opened or closed; detail `{ id, open }`. Not when a search shows or hides an answer, as it hides questions: a view, not a change of what is open.
   * - `care-content-error`: Some questions were unusable and left out, or an attribute has a value it does not take; detail `{ problems }`.
   *
   * ## Slots
   *
   * Areas where markup can be added to the component.
   *
   * - `(default)`: `<care-faq-item>` children written by a CMS. Each is given a `slot` attribute naming its answer region.
   * - `heading`: The section title as inline text; the element supplies the heading.
   *
   * ## Methods
   *
   * Methods that can be called to access component functionality.
   *
   * - `toggle(id: string, force?: boolean) => void`: Opens, closes or toggles one answer by id.
   * - `showAll() => void`: Opens every answer, also those a search hides (not in `single` mode, where it opens the first).
   * - `hideAll() => void`: Closes every answer, also those a search hides.
   *
   * ## CSS Custom Properties
   *
   * CSS variables available for styling the component.
   *
   * - `--care-faq-accordion-gap`: Space between questions. (default: `0`)
   * - `--care-faq-accordion-divider`: Line between questions. (default: `var(--care-border-width) solid var(--care-color-border)`)
   * - `--care-faq-accordion-toggle-padding`: Padding of each question button. (default: `0.75rem 0.25rem`)
   * - `--care-faq-accordion-toggle-background`: Background of a question button. (default: `transparent`)
   * - `--care-faq-accordion-toggle-hover-background`: Background of a question button on hover. (default: `var(--care-color-surface-raised)`)
   * - `--care-faq-accordion-toggle-color`: Text colour of the questions. (default: `var(--care-color-accent)`)
   * - `--care-faq-accordion-description-padding`: Padding of each answer. (default: `0 0.25rem var(--care-space)`)
   * - `--care-faq-accordion-icon-size`: Size of the open/closed chevron. (default: `0.6em`)
   * - `--care-faq-accordion-icon-color`: Colour of the chevron; the question colour by default. (default: `currentColor`)
   * - `--care-color-text`: Text colour; the page's by default. (default: `inherit`)
   * - `--care-color-accent`: Questions, links, step markers and icons. (default: `light-dark(#1d4ed8, #93c5fd)`)
   * - `--care-color-on-accent`: Text drawn on the accent colour, such as a done step's check mark. (default: `light-dark(#fff, #111827)`)
   * - `--care-color-muted`: Secondary text: durations, the review line. (default: `light-dark(#4b5563, #cbd5e1)`)
   * - `--care-color-border`: Dividers, card and input borders (3:1 against the page). (default: `light-dark(#6b7280, #9ca3af)`)
   * - `--care-color-surface`: Background of cards. (default: `transparent`)
   * - `--care-color-surface-raised`: Background of hovered questions, the review note, and an `elevated` card on a dark page. (default: `light-dark(#f3f4f6, #1f2937)`)
   * - `--care-color-focus`: The focus ring. (default: `light-dark(#1d4ed8, #93c5fd)`)
   * - `--care-radius`: Corner radius of cards, inputs and notes. (default: `0.5rem`)
   * - `--care-border-width`: Width of borders and dividers. (default: `1px`)
   * - `--care-space`: Base spacing unit; smaller gaps are half of it. (default: `1rem`)
   * - `--care-font-family`: Body font; the page's by default. (default: `inherit`)
   * - `--care-font-family-heading`: Heading font. (default: `var(--care-font-family)`)
   * - `--care-line-height`: Line height of body text. (default: `1.5`)
   * - `--care-focus-width`: Thickness of the focus ring. (default: `3px`)
   * - `--care-focus-offset`: Gap between the focus ring and its element. (default: `2px`)
   * - `--care-motion-duration`: Length of transitions; none under reduced motion. (default: `180ms`)
   *
   * ## CSS Parts
   *
   * Custom selectors for styling elements within the component.
   *
   * - `base`: The section that wraps everything.
   * - `section-heading`: The section heading.
   * - `intro`: The section introduction.
   * - `controls`: The bar holding the search box and the show-all button.
   * - `search`: The search input.
   * - `toggle-all-button`: The "Show all / Hide all" button.
   * - `status`: How many questions match, shown as the reader types; screen readers hear it from a live region of its own once typing pauses.
   * - `list`: The list of questions.
   * - `item`: One question and its answer.
   * - `title`: The heading holding a question's button.
   * - `toggle`: The button that opens and closes an answer.
   * - `icon`: The open/closed indicator inside the button.
   * - `description`: The answer.
   * - `citations`: The numbered links to the sources an answer cites.
   */
  "care-faq-accordion": Partial<
    CareFaqAccordionProps & BaseProps<CareFaqAccordion> & BaseEvents
  >;

  /**
   *
   *
   * ## Attributes & Properties
   *
   * Component attributes and properties that can be applied to the element or by using JavaScript.
   *
   * - `question`: The question, as plain text; a `slot="question"` child is used when it is empty.
   * - `open`: Whether the answer is open. The accordion keeps it up to date (an answer a search shows is not open); setting it opens or closes the answer.
   *
   * ## Slots
   *
   * Areas where markup can be added to the component.
   *
   * - `(default)`: The answer: any markup.
   * - `question`: The question as visible text, used when the `question` attribute is absent.
   */
  "care-faq-item": Partial<
    CareFaqItemProps & BaseProps<CareFaqItem> & BaseEvents
  >;

  /**
   *
   *
   * ## Attributes & Properties
   *
   * Component attributes and properties that can be applied to the element or by using JavaScript.
   *
   * - `heading`: The title; the `heading` slot and then the guide's title are used when absent.
   * - `summary`: The summary, as plain text; the `summary` slot and then the guide's summary are used when absent.
   * - `heading-level`/`headingLevel`: Level of the title (1–6): 1 on a page made for the guide, 2 on a page that already has an `h1`.
   * - `show-review`/`showReview`: Show the review line under the summary, as well as in `<care-review-note>`.
   * - `last-reviewed`/`lastReviewed`: When the content was last reviewed, as YYYY-MM-DD. Defaults to the guide's.
   * - `next-review`/`nextReview`: When the content is due its next review, as YYYY-MM-DD. Defaults to the guide's.
   * - `reviewed-by`/`reviewedBy`: Who reviewed the content. Defaults to the guide's.
   *
   * ## Events
   *
   * Events that will be emitted by the component.
   *
   * - `care-content-error`: A review date was not YYYY-MM-DD and was left out, or an attribute has a value it does not take; detail `{ problems }`.
   *
   * ## Slots
   *
   * Areas where markup can be added to the component.
   *
   * - `heading`: The title as inline text; the element supplies the heading.
   * - `summary`: The summary as markup, such as paragraphs.
   *
   * ## CSS Custom Properties
   *
   * CSS variables available for styling the component.
   *
   * - `--care-guide-header-section-heading-font-size`: Size of the title, whatever its level. (default: `2em`)
   * - `--care-guide-header-intro-font-size`: Size of the summary. (default: `1.125em`)
   * - `--care-color-text`: Text colour; the page's by default. (default: `inherit`)
   * - `--care-color-accent`: Questions, links, step markers and icons. (default: `light-dark(#1d4ed8, #93c5fd)`)
   * - `--care-color-on-accent`: Text drawn on the accent colour, such as a done step's check mark. (default: `light-dark(#fff, #111827)`)
   * - `--care-color-muted`: Secondary text: durations, the review line. (default: `light-dark(#4b5563, #cbd5e1)`)
   * - `--care-color-border`: Dividers, card and input borders (3:1 against the page). (default: `light-dark(#6b7280, #9ca3af)`)
   * - `--care-color-surface`: Background of cards. (default: `transparent`)
   * - `--care-color-surface-raised`: Background of hovered questions, the review note, and an `elevated` card on a dark page. (default: `light-dark(#f3f4f6, #1f2937)`)
   * - `--care-color-focus`: The focus ring. (default: `light-dark(#1d4ed8, #93c5fd)`)
   * - `--care-radius`: Corner radius of cards, inputs and notes. (default: `0.5rem`)
   * - `--care-border-width`: Width of borders and dividers. (default: `1px`)
   * - `--care-space`: Base spacing unit; smaller gaps are half of it. (default: `1rem`)
   * - `--care-font-family`: Body font; the page's by default. (default: `inherit`)
   * - `--care-font-family-heading`: Heading font. (default: `var(--care-font-family)`)
   * - `--care-line-height`: Line height of body text. (default: `1.5`)
   * - `--care-focus-width`: Thickness of the focus ring. (default: `3px`)
   * - `--care-focus-offset`: Gap between the focus ring and its element. (default: `2px`)
   * - `--care-motion-duration`: Length of transitions; none under reduced motion. (default: `180ms`)
   *
   * ## CSS Parts
   *
   * Custom selectors for styling elements within the component.
   *
   * - `base`: The wrapper.
   * - `section-heading`: The guide's title.
   * - `intro`: The summary.
   * - `reviewed`: With `show-review`: the "Last reviewed", "Next review due" and reviewer line.
   */
  "care-guide-header": Partial<
    CareGuideHeaderProps & BaseProps<CareGuideHeader> & BaseEvents
  >;

  /**
   *
   *
   * ## Attributes & Properties
   *
   * Component attributes and properties that can be applied to the element or by using JavaScript.
   *
   * - `src`: URL of a guide JSON document, fetched with `fetch`. A new URL aborts the previous request.
   * - `layout`: `column` (the default) lays the elements inside out as one readable column; `none` leaves them to the page.
   * - `timeout`: Milliseconds a `src` load may take in all, retry included, before it is reported as a problem.
   * - `max-bytes`/`maxBytes`: Largest `src` body accepted, in bytes; a larger one is reported as a problem and not read further.
   * - `loading`: True while `src` is being fetched; reflected, so a page can style a placeholder. Set by the element.
   * - `no-structured-data`/`noStructuredData`: Leave the guide's JSON-LD out of the page, for pages that write their own structured data.
   * - `guide`: The guide as data, following the published schema. Wins over `src` and inline JSON; validated like them. (property only)
   *
   * ## Events
   *
   * Events that will be emitted by the component.
   *
   * - `care-guide-load`: A guide was loaded and validated; detail `{ guide }`. Fired also when some sections had problems.
   * - `care-content-error`: The guide could not be fetched or parsed, or has problems; detail `{ problems: [{ path, message }] }`.
   *
   * ## Slots
   *
   * Areas where markup can be added to the component.
   *
   * - `(default)`: The page content: care-* elements and anything else.
   *
   * ## CSS Custom Properties
   *
   * CSS variables available for styling the component.
   *
   * - `--care-guide-gap`: Space between the elements inside. (default: `calc(var(--care-space) * 2.5)`)
   * - `--care-guide-max-width`: Widest line of the column: a readable measure. (default: `45em`)
   * - `--care-space`: Base spacing unit, from which the gap is derived. (default: `1rem`)
   *
   * ## CSS Parts
   *
   * Custom selectors for styling elements within the component.
   *
   * - `base`: The wrapper of the page content; the column, unless `layout="none"`.
   * - `loading-message`: The line saying the guide is loading, shown while its first guide loads from `src`.
   */
  "care-guide": Partial<CareGuideProps & BaseProps<CareGuide> & BaseEvents>;

  /**
   *
   *
   * ## Attributes & Properties
   *
   * Component attributes and properties that can be applied to the element or by using JavaScript.
   *
   * - `heading`: Section title; the `heading` slot and then the guide's section title are used when absent.
   * - `heading-level`/`headingLevel`: Level of the section heading (1–6), or of the page's own heading just above the element when it has none; each step's title is one level below.
   * - `orientation`: `vertical`, or `horizontal`: side by side while each step gets about 11em (up to 8 steps), vertical when not.
   * - `current`: The step the patient is at, by id or 1-based number. Earlier steps show as done, later as upcoming.
   * - `compact`: Titles and durations only; each description opens from a "Details" button.
   * - `items`: Steps as data, `[{ id?, title, description?, duration? }]`. Children win when present; an empty list counts as none, so the nearest guide's section shows. (property only)
   *
   * ## Events
   *
   * Events that will be emitted by the component.
   *
   * - `care-content-error`: Some steps were unusable and left out, or `current` names no step, or an attribute has a value it does not take; detail `{ problems }`.
   *
   * ## Slots
   *
   * Areas where markup can be added to the component.
   *
   * - `(default)`: `<care-step label="…" duration="…">` children written by a CMS; their content is the step's description.
   * - `heading`: The section title as inline text; the element supplies the heading.
   *
   * ## CSS Custom Properties
   *
   * CSS variables available for styling the component.
   *
   * - `--care-procedure-timeline-marker-size`: Diameter of the step markers. (default: `2.25rem`)
   * - `--care-procedure-timeline-marker-color`: Marker colour. (default: `var(--care-color-accent)`)
   * - `--care-procedure-timeline-connector`: The line between markers. (default: `2px solid var(--care-color-border)`)
   * - `--care-procedure-timeline-gap`: Space between steps. (default: `var(--care-space)`)
   * - `--care-color-text`: Text colour; the page's by default. (default: `inherit`)
   * - `--care-color-accent`: Questions, links, step markers and icons. (default: `light-dark(#1d4ed8, #93c5fd)`)
   * - `--care-color-on-accent`: Text drawn on the accent colour, such as a done step's check mark. (default: `light-dark(#fff, #111827)`)
   * - `--care-color-muted`: Secondary text: durations, the review line. (default: `light-dark(#4b5563, #cbd5e1)`)
   * - `--care-color-border`: Dividers, card and input borders (3:1 against the page). (default: `light-dark(#6b7280, #9ca3af)`)
   * - `--care-color-surface`: Background of cards. (default: `transparent`)
   * - `--care-color-surface-raised`: Background of hovered questions, the review note, and an `elevated` card on a dark page. (default: `light-dark(#f3f4f6, #1f2937)`)
   * - `--care-color-focus`: The focus ring. (default: `light-dark(#1d4ed8, #93c5fd)`)
   * - `--care-radius`: Corner radius of cards, inputs and notes. (default: `0.5rem`)
   * - `--care-border-width`: Width of borders and dividers. (default: `1px`)
   * - `--care-space`: Base spacing unit; smaller gaps are half of it. (default: `1rem`)
   * - `--care-font-family`: Body font; the page's by default. (default: `inherit`)
   * - `--care-font-family-heading`: Heading font. (default: `var(--care-font-family)`)
   * - `--care-line-height`: Line height of body text. (default: `1.5`)
   * - `--care-focus-width`: Thickness of the focus ring. (default: `3px`)
   * - `--care-focus-offset`: Gap between the focus ring and its element. (default: `2px`)
   * - `--care-motion-duration`: Length of transitions; none under reduced motion. (default: `180ms`)
   *
   * ## CSS Parts
   *
   * Custom selectors for styling elements within the component.
   *
   * - `base`: The section that wraps everything.
   * - `section-heading`: The section heading.
   * - `intro`: The section introduction.
   * - `list`: The ordered list of steps.
   * - `item`: One step.
   * - `marker`: The circle with the step's number (or a check mark when done).
   * - `title`: The step's heading.
   * - `duration`: How long the step takes.
   * - `description`: The step's description.
   * - `citations`: The numbered links to the sources a step cites.
   * - `toggle`: In `compact` mode, the button that shows a step's description.
   */
  "care-procedure-timeline": Partial<
    CareProcedureTimelineProps & BaseProps<CareProcedureTimeline> & BaseEvents
  >;

  /**
   *
   *
   * ## Attributes & Properties
   *
   * Component attributes and properties that can be applied to the element or by using JavaScript.
   *
   * - `label`: The step's title, as plain text.
   * - `duration`: How long the step takes, as free text such as "30–60 minutes".
   *
   * ## Slots
   *
   * Areas where markup can be added to the component.
   *
   * - `(default)`: The step's description: any markup.
   */
  "care-step": Partial<CareStepProps & BaseProps<CareStep> & BaseEvents>;

  /**
   *
   *
   * ## Attributes & Properties
   *
   * Component attributes and properties that can be applied to the element or by using JavaScript.
   *
   * - `disclaimer`: The disclaimer, as plain text. Defaults to the guide's.
   * - `last-reviewed`/`lastReviewed`: When the content was last reviewed, as YYYY-MM-DD. Defaults to the guide's.
   * - `next-review`/`nextReview`: When the content is due its next review, as YYYY-MM-DD. Defaults to the guide's.
   * - `reviewed-by`/`reviewedBy`: Who reviewed the content. Defaults to the guide's.
   * - `heading-level`/`headingLevel`: Level of the note's headings (1–6): "About this guide", for screen readers, and "Sources".
   * - `sources`: Sources, `[{ id?, title, publisher?, url?, quote?, lang? }]`. Defaults to the guide's. (property only)
   *
   * ## Events
   *
   * Events that will be emitted by the component.
   *
   * - `care-content-error`: A source or the date was unusable and left out, or an attribute has a value it does not take; detail `{ problems }`.
   *
   * ## CSS Custom Properties
   *
   * CSS variables available for styling the component.
   *
   * - `--care-review-note-background`: Background of the note. (default: `var(--care-color-surface-raised)`)
   * - `--care-color-text`: Text colour; the page's by default. (default: `inherit`)
   * - `--care-color-accent`: Questions, links, step markers and icons. (default: `light-dark(#1d4ed8, #93c5fd)`)
   * - `--care-color-on-accent`: Text drawn on the accent colour, such as a done step's check mark. (default: `light-dark(#fff, #111827)`)
   * - `--care-color-muted`: Secondary text: durations, the review line. (default: `light-dark(#4b5563, #cbd5e1)`)
   * - `--care-color-border`: Dividers, card and input borders (3:1 against the page). (default: `light-dark(#6b7280, #9ca3af)`)
   * - `--care-color-surface`: Background of cards. (default: `transparent`)
   * - `--care-color-surface-raised`: Background of hovered questions, the review note, and an `elevated` card on a dark page. (default: `light-dark(#f3f4f6, #1f2937)`)
   * - `--care-color-focus`: The focus ring. (default: `light-dark(#1d4ed8, #93c5fd)`)
   * - `--care-radius`: Corner radius of cards, inputs and notes. (default: `0.5rem`)
   * - `--care-border-width`: Width of borders and dividers. (default: `1px`)
   * - `--care-space`: Base spacing unit; smaller gaps are half of it. (default: `1rem`)
   * - `--care-font-family`: Body font; the page's by default. (default: `inherit`)
   * - `--care-font-family-heading`: Heading font. (default: `var(--care-font-family)`)
   * - `--care-line-height`: Line height of body text. (default: `1.5`)
   * - `--care-focus-width`: Thickness of the focus ring. (default: `3px`)
   * - `--care-focus-offset`: Gap between the focus ring and its element. (default: `2px`)
   * - `--care-motion-duration`: Length of transitions; none under reduced motion. (default: `180ms`)
   *
   * ## CSS Parts
   *
   * Custom selectors for styling elements within the component.
   *
   * - `base`: The wrapper.
   * - `about-heading`: "About this guide", a heading for screen readers only, over the disclaimer and the review line.
   * - `disclaimer-text`: The disclaimer.
   * - `reviewed`: The "Last reviewed" and "Next review due" line with the reviewer.
   * - `sources-heading`: The heading above the sources.
   * - `sources`: The numbered list of sources.
   * - `link`: A source's link.
   * - `quote`: The sentence of a source that a number rests on.
   * - `backlinks`: "Back to text" with a link to each item that cites the source.
   */
  "care-review-note": Partial<
    CareReviewNoteProps & BaseProps<CareReviewNote> & BaseEvents
  >;

  /**
   *
   *
   * ## Attributes & Properties
   *
   * Component attributes and properties that can be applied to the element or by using JavaScript.
   *
   * - `heading`: Section title; the `heading` slot and then the guide's section title are used when absent.
   * - `heading-level`/`headingLevel`: Level of the section heading (1–6), or of the page's own heading just above the element when it has none; risks (or severity groups) are one level below.
   * - `sort`: `severity` orders risks from high to low; otherwise they keep the content's order.
   * - `group-by`/`groupBy`: `severity` groups risks under a sub-heading per severity, high first; each risk then tells its severity to screen readers only.
   * - `variant`: `outlined` or `elevated`: a card exactly like `<care-benefits-card>`, so risks weigh as much as benefits. A plain list when absent.
   * - `items`: Risks as data, `[{ id?, title, description?, severity?, frequency?, sources? }]`. Children win when present; an empty list counts as none, so the nearest guide's section shows. (property only)
   *
   * ## Events
   *
   * Events that will be emitted by the component.
   *
   * - `care-content-error`: Some risks were unusable and left out, or an attribute has a value it does not take; detail `{ problems }`.
   *
   * ## Slots
   *
   * Areas where markup can be added to the component.
   *
   * - `(default)`: `<care-risk label="…" severity="low|moderate|high">` children written by a CMS; their content is the description.
   * - `heading`: The section title as inline text; the element supplies the heading.
   * - `footer`: After the list: a call to action such as "Talk to your doctor about…".
   *
   * ## CSS Custom Properties
   *
   * CSS variables available for styling the component.
   *
   * - `--care-risk-list-high-color`: Colour of the high severity label: a red that passes AA. (default: `light-dark(#b91c1c, #fca5a5)`)
   * - `--care-risk-list-moderate-color`: Colour of the moderate severity label: an amber-brown that passes AA. (default: `light-dark(#92400e, #fcd34d)`)
   * - `--care-risk-list-low-color`: Colour of the low severity label: a neutral grey that passes AA. (default: `light-dark(#4b5563, #cbd5e1)`)
   * - `--care-risk-list-gap`: Space between risks. (default: `var(--care-space)`)
   * - `--care-risk-list-background`: Card background, with `variant`; an `elevated` card on a dark page takes `--care-color-surface-raised` unless `--care-color-surface` is set, as a shadow draws no edge there. (default: `var(--care-color-surface)`)
   * - `--care-risk-list-padding`: Card padding, with `variant`. (default: `calc(var(--care-space) * 1.5)`)
   * - `--care-risk-list-shadow`: Shadow of the `elevated` variant. (default: `0 1px 3px rgb(0 0 0 / 0.2), 0 4px 12px rgb(0 0 0 / 0.12)`)
   * - `--care-color-text`: Text colour; the page's by default. (default: `inherit`)
   * - `--care-color-accent`: Questions, links, step markers and icons. (default: `light-dark(#1d4ed8, #93c5fd)`)
   * - `--care-color-on-accent`: Text drawn on the accent colour, such as a done step's check mark. (default: `light-dark(#fff, #111827)`)
   * - `--care-color-muted`: Secondary text: durations, the review line. (default: `light-dark(#4b5563, #cbd5e1)`)
   * - `--care-color-border`: Dividers, card and input borders (3:1 against the page). (default: `light-dark(#6b7280, #9ca3af)`)
   * - `--care-color-surface`: Background of cards. (default: `transparent`)
   * - `--care-color-surface-raised`: Background of hovered questions, the review note, and an `elevated` card on a dark page. (default: `light-dark(#f3f4f6, #1f2937)`)
   * - `--care-color-focus`: The focus ring. (default: `light-dark(#1d4ed8, #93c5fd)`)
   * - `--care-radius`: Corner radius of cards, inputs and notes. (default: `0.5rem`)
   * - `--care-border-width`: Width of borders and dividers. (default: `1px`)
   * - `--care-space`: Base spacing unit; smaller gaps are half of it. (default: `1rem`)
   * - `--care-font-family`: Body font; the page's by default. (default: `inherit`)
   * - `--care-font-family-heading`: Heading font. (default: `var(--care-font-family)`)
   * - `--care-line-height`: Line height of body text. (default: `1.5`)
   * - `--care-focus-width`: Thickness of the focus ring. (default: `3px`)
   * - `--care-focus-offset`: Gap between the focus ring and its element. (default: `2px`)
   * - `--care-motion-duration`: Length of transitions; none under reduced motion. (default: `180ms`)
   *
   * ## CSS Parts
   *
   * Custom selectors for styling elements within the component.
   *
   * - `base`: The section that wraps everything; the card with `variant`.
   * - `section-heading`: The section heading.
   * - `intro`: The section introduction.
   * - `list`: A list of risks.
   * - `group-heading`: The heading of a severity group, with `group-by="severity"`; it names the severity in words and by shape.
   * - `item`: One risk.
   * - `title`: A risk's heading.
   * - `severity`: The severity label with its icon.
   * - `icon`: The shape that stands for a risk's severity.
   * - `frequency`: How common a risk is, in words and, when known, as a rate.
   * - `description`: A risk's description.
   * - `citations`: The numbered links to the sources a risk cites.
   */
  "care-risk-list": Partial<
    CareRiskListProps & BaseProps<CareRiskList> & BaseEvents
  >;

  /**
   *
   *
   * ## Attributes & Properties
   *
   * Component attributes and properties that can be applied to the element or by using JavaScript.
   *
   * - `label`: The risk's title, as plain text.
   * - `severity`: How serious the risk is: `low`, `moderate` or `high`; told in words and by shape.
   *
   * ## Slots
   *
   * Areas where markup can be added to the component.
   *
   * - `(default)`: The risk's description: any markup.
   */
  "care-risk": Partial<CareRiskProps & BaseProps<CareRisk> & BaseEvents>;

  /**
   *
   *
   * ## Attributes & Properties
   *
   * Component attributes and properties that can be applied to the element or by using JavaScript.
   *
   * - `section`: Which section of the guide to show: `conditions`, `recovery`, `tips`, `benefits` or `research` (what researchers are exploring).
   * - `heading`: Section title; the `heading` slot and then the guide's section title are used when absent.
   * - `heading-level`/`headingLevel`: Level of the section heading (1–6), or of the page's own heading just above the element when it has none; each item's title is one level below.
   * - `items`: Items as data, `[{ id?, title, description?, sources? }]`. Children win when present; an empty list counts as none, so the nearest guide's section shows. (property only)
   *
   * ## Events
   *
   * Events that will be emitted by the component.
   *
   * - `care-content-error`: Some items were unusable and left out, or `section` is unknown, or an attribute has a value it does not take; detail `{ problems }`.
   *
   * ## Slots
   *
   * Areas where markup can be added to the component.
   *
   * - `(default)`: `<care-topic label="…">` children written by a CMS; their content is the description.
   * - `heading`: The section title as inline text; the element supplies the heading.
   *
   * ## CSS Custom Properties
   *
   * CSS variables available for styling the component.
   *
   * - `--care-topic-list-gap`: Space between items. (default: `var(--care-space)`)
   * - `--care-color-text`: Text colour; the page's by default. (default: `inherit`)
   * - `--care-color-accent`: Questions, links, step markers and icons. (default: `light-dark(#1d4ed8, #93c5fd)`)
   * - `--care-color-on-accent`: Text drawn on the accent colour, such as a done step's check mark. (default: `light-dark(#fff, #111827)`)
   * - `--care-color-muted`: Secondary text: durations, the review line. (default: `light-dark(#4b5563, #cbd5e1)`)
   * - `--care-color-border`: Dividers, card and input borders (3:1 against the page). (default: `light-dark(#6b7280, #9ca3af)`)
   * - `--care-color-surface`: Background of cards. (default: `transparent`)
   * - `--care-color-surface-raised`: Background of hovered questions, the review note, and an `elevated` card on a dark page. (default: `light-dark(#f3f4f6, #1f2937)`)
   * - `--care-color-focus`: The focus ring. (default: `light-dark(#1d4ed8, #93c5fd)`)
   * - `--care-radius`: Corner radius of cards, inputs and notes. (default: `0.5rem`)
   * - `--care-border-width`: Width of borders and dividers. (default: `1px`)
   * - `--care-space`: Base spacing unit; smaller gaps are half of it. (default: `1rem`)
   * - `--care-font-family`: Body font; the page's by default. (default: `inherit`)
   * - `--care-font-family-heading`: Heading font. (default: `var(--care-font-family)`)
   * - `--care-line-height`: Line height of body text. (default: `1.5`)
   * - `--care-focus-width`: Thickness of the focus ring. (default: `3px`)
   * - `--care-focus-offset`: Gap between the focus ring and its element. (default: `2px`)
   * - `--care-motion-duration`: Length of transitions; none under reduced motion. (default: `180ms`)
   *
   * ## CSS Parts
   *
   * Custom selectors for styling elements within the component.
   *
   * - `base`: The section that wraps everything.
   * - `section-heading`: The section heading.
   * - `intro`: The section introduction.
   * - `list`: The list.
   * - `item`: One item.
   * - `title`: An item's heading.
   * - `evidence`: How strong the evidence for an item is, in words and by a meter, with its note.
   * - `frequency`: How common an item is, in words and, when known, as a rate.
   * - `description`: An item's description.
   * - `citations`: The numbered links to the sources an item cites.
   */
  "care-topic-list": Partial<
    CareTopicListProps & BaseProps<CareTopicList> & BaseEvents
  >;

  /**
   *
   *
   * ## Attributes & Properties
   *
   * Component attributes and properties that can be applied to the element or by using JavaScript.
   *
   * - `label`: The item's title, as plain text.
   *
   * ## Slots
   *
   * Areas where markup can be added to the component.
   *
   * - `(default)`: The item's description: any markup.
   */
  "care-topic": Partial<CareTopicProps & BaseProps<CareTopic> & BaseEvents>;
};

export type CustomElementsSolidJs = {
  /**
   *
   *
   * ## Attributes & Properties
   *
   * Component attributes and properties that can be applied to the element or by using JavaScript.
   *
   * - `label`: The benefit's title, as plain text.
   *
   * ## Slots
   *
   * Areas where markup can be added to the component.
   *
   * - `(default)`: The benefit's description: any markup.
   */
  "care-benefit": Partial<
    CareBenefitProps &
      CareBenefitSolidJsProps &
      BaseProps<CareBenefit> &
      BaseEvents
  >;

  /**
   *
   *
   * ## Attributes & Properties
   *
   * Component attributes and properties that can be applied to the element or by using JavaScript.
   *
   * - `heading`: Card title; the `heading` slot and then the guide's section title are used when absent.
   * - `heading-level`/`headingLevel`: Level of the card heading (1–6), or of the page's own heading just above the card when it has none; each benefit's title is one level below.
   * - `variant`: `outlined` (a border) or `elevated` (a shadow); the risk list's card variants look the same.
   * - `items`: Benefits as data, `[{ id?, title, description?, evidence?, frequency?, sources? }]`. Children win when present; an empty list counts as none, so the nearest guide's section shows. (property only)
   *
   * ## Events
   *
   * Events that will be emitted by the component.
   *
   * - `care-content-error`: Some benefits were unusable and left out, or an attribute has a value it does not take; detail `{ problems }`.
   *
   * ## Slots
   *
   * Areas where markup can be added to the component.
   *
   * - `(default)`: `<care-benefit label="…">` children written by a CMS; their content is the description.
   * - `heading`: The card title as inline text; the element supplies the heading.
   * - `media`: An image or illustration above the content.
   * - `footer`: After the list, e.g. a "Book a consultation" link.
   *
   * ## CSS Custom Properties
   *
   * CSS variables available for styling the component.
   *
   * - `--care-benefits-card-background`: Card background; an `elevated` card on a dark page takes `--care-color-surface-raised` unless `--care-color-surface` is set, as a shadow draws no edge there. (default: `var(--care-color-surface)`)
   * - `--care-benefits-card-padding`: Card padding. (default: `calc(var(--care-space) * 1.5)`)
   * - `--care-benefits-card-shadow`: Shadow of the `elevated` variant. (default: `0 1px 3px rgb(0 0 0 / 0.2), 0 4px 12px rgb(0 0 0 / 0.12)`)
   * - `--care-benefits-card-gap`: Space between benefits. (default: `var(--care-space)`)
   * - `--care-color-text`: Text colour; the page's by default. (default: `inherit`)
   * - `--care-color-accent`: Questions, links, step markers and icons. (default: `light-dark(#1d4ed8, #93c5fd)`)
   * - `--care-color-on-accent`: Text drawn on the accent colour, such as a done step's check mark. (default: `light-dark(#fff, #111827)`)
   * - `--care-color-muted`: Secondary text: durations, the review line. (default: `light-dark(#4b5563, #cbd5e1)`)
   * - `--care-color-border`: Dividers, card and input borders (3:1 against the page). (default: `light-dark(#6b7280, #9ca3af)`)
   * - `--care-color-surface`: Background of cards. (default: `transparent`)
   * - `--care-color-surface-raised`: Background of hovered questions, the review note, and an `elevated` card on a dark page. (default: `light-dark(#f3f4f6, #1f2937)`)
   * - `--care-color-focus`: The focus ring. (default: `light-dark(#1d4ed8, #93c5fd)`)
   * - `--care-radius`: Corner radius of cards, inputs and notes. (default: `0.5rem`)
   * - `--care-border-width`: Width of borders and dividers. (default: `1px`)
   * - `--care-space`: Base spacing unit; smaller gaps are half of it. (default: `1rem`)
   * - `--care-font-family`: Body font; the page's by default. (default: `inherit`)
   * - `--care-font-family-heading`: Heading font. (default: `var(--care-font-family)`)
   * - `--care-line-height`: Line height of body text. (default: `1.5`)
   * - `--care-focus-width`: Thickness of the focus ring. (default: `3px`)
   * - `--care-focus-offset`: Gap between the focus ring and its element. (default: `2px`)
   * - `--care-motion-duration`: Length of transitions; none under reduced motion. (default: `180ms`)
   *
   * ## CSS Parts
   *
   * Custom selectors for styling elements within the component.
   *
   * - `base`: The card.
   * - `section-heading`: The card heading.
   * - `intro`: The introduction.
   * - `list`: The list of benefits.
   * - `item`: One benefit.
   * - `icon`: The check mark of a benefit.
   * - `title`: A benefit's heading.
   * - `evidence`: How strong the evidence is, in words and by a meter, with its note.
   * - `frequency`: How common a benefit is, in words and, when known, as a rate.
   * - `description`: A benefit's description.
   * - `citations`: The numbered links to the sources a benefit cites.
   */
  "care-benefits-card": Partial<
    CareBenefitsCardProps &
      CareBenefitsCardSolidJsProps &
      BaseProps<CareBenefitsCard> &
      BaseEvents
  >;

  /**
   *
   *
   * ## Attributes & Properties
   *
   * Component attributes and properties that can be applied to the element or by using JavaScript.
   *
   * - `heading`: Section title; the `heading` slot and then the guide's section title are used when absent.
   * - `heading-level`/`headingLevel`: Level of the section heading (1–6), or of the page's own heading just above the element when it has none; each question is a heading one level below.
   * - `single`: Keep at most one answer open: opening one closes the others.
   * - `toggle-all`/`toggleAll`: Show a "Show all / Hide all" button (not shown in `single` mode); during a search it opens or closes the questions listed, and is hidden while none is.
   * - `searchable`: Show a search box that filters questions and answers as the reader types.
   * - `query`: The current search text.
   * - `items`: Questions as data, `[{ id?, question, answer }]`; answers are plain text. Children win when present; an empty list counts as none, so the nearest guide's section shows. (property only)
   *
   * ## Events
   *
   * Events that will be emitted by the component.
   *
   * - `care-faq-toggle`: An answer opened or closed; detail `{ id, open }`. Not when a search shows or hides an answer, as it hides questions: a view, not a change of what is open.
   * - `care-content-error`: Some questions were unusable and left out, or an attribute has a value it does not take; detail `{ problems }`.
   *
   * ## Slots
   *
   * Areas where markup can be added to the component.
   *
   * - `(default)`: `<care-faq-item>` children written by a CMS. Each is given a `slot` attribute naming its answer region.
   * - `heading`: The section title as inline text; the element supplies the heading.
   *
   * ## Methods
   *
   * Methods that can be called to access component functionality.
   *
   * - `toggle(id: string, force?: boolean) => void`: Opens, closes or toggles one answer by id.
   * - `showAll() => void`: Opens every answer, also those a search hides (not in `single` mode, where it opens the first).
   * - `hideAll() => void`: Closes every answer, also those a search hides.
   *
   * ## CSS Custom Properties
   *
   * CSS variables available for styling the component.
   *
   * - `--care-faq-accordion-gap`: Space between questions. (default: `0`)
   * - `--care-faq-accordion-divider`: Line between questions. (default: `var(--care-border-width) solid var(--care-color-border)`)
   * - `--care-faq-accordion-toggle-padding`: Padding of each question button. (default: `0.75rem 0.25rem`)
   * - `--care-faq-accordion-toggle-background`: Background of a question button. (default: `transparent`)
   * - `--care-faq-accordion-toggle-hover-background`: Background of a question button on hover. (default: `var(--care-color-surface-raised)`)
   * - `--care-faq-accordion-toggle-color`: Text colour of the questions. (default: `var(--care-color-accent)`)
   * - `--care-faq-accordion-description-padding`: Padding of each answer. (default: `0 0.25rem var(--care-space)`)
   * - `--care-faq-accordion-icon-size`: Size of the open/closed chevron. (default: `0.6em`)
   * - `--care-faq-accordion-icon-color`: Colour of the chevron; the question colour by default. (default: `currentColor`)
   * - `--care-color-text`: Text colour; the page's by default. (default: `inherit`)
   * - `--care-color-accent`: Questions, links, step markers and icons. (default: `light-dark(#1d4ed8, #93c5fd)`)
   * - `--care-color-on-accent`: Text drawn on the accent colour, such as a done step's check mark. (default: `light-dark(#fff, #111827)`)
   * - `--care-color-muted`: Secondary text: durations, the review line. (default: `light-dark(#4b5563, #cbd5e1)`)
   * - `--care-color-border`: Dividers, card and input borders (3:1 against the page). (default: `light-dark(#6b7280, #9ca3af)`)
   * - `--care-color-surface`: Background of cards. (default: `transparent`)
   * - `--care-color-surface-raised`: Background of hovered questions, the review note, and an `elevated` card on a dark page. (default: `light-dark(#f3f4f6, #1f2937)`)
   * - `--care-color-focus`: The focus ring. (default: `light-dark(#1d4ed8, #93c5fd)`)
   * - `--care-radius`: Corner radius of cards, inputs and notes. (default: `0.5rem`)
   * - `--care-border-width`: Width of borders and dividers. (default: `1px`)
   * - `--care-space`: Base spacing unit; smaller gaps are half of it. (default: `1rem`)
   * - `--care-font-family`: Body font; the page's by default. (default: `inherit`)
   * - `--care-font-family-heading`: Heading font. (default: `var(--care-font-family)`)
   * - `--care-line-height`: Line height of body text. (default: `1.5`)
   * - `--care-focus-width`: Thickness of the focus ring. (default: `3px`)
   * - `--care-focus-offset`: Gap between the focus ring and its element. (default: `2px`)
   * - `--care-motion-duration`: Length of transitions; none under reduced motion. (default: `180ms`)
   *
   * ## CSS Parts
   *
   * Custom selectors for styling elements within the component.
   *
   * - `base`: The section that wraps everything.
   * - `section-heading`: The section heading.
   * - `intro`: The section introduction.
   * - `controls`: The bar holding the search box and the show-all button.
   * - `search`: The search input.
   * - `toggle-all-button`: The "Show all / Hide all" button.
   * - `status`: How many questions match, shown as the reader types; screen readers hear it from a live region of its own once typing pauses.
   * - `list`: The list of questions.
   * - `item`: One question and its answer.
   * - `title`: The heading holding a question's button.
   * - `toggle`: The button that opens and closes an answer.
   * - `icon`: The open/closed indicator inside the button.
   * - `description`: The answer.
   * - `citations`: The numbered links to the sources an answer cites.
   */
  "care-faq-accordion": Partial<
    CareFaqAccordionProps &
      CareFaqAccordionSolidJsProps &
      BaseProps<CareFaqAccordion> &
      BaseEvents
  >;

  /**
   *
   *
   * ## Attributes & Properties
   *
   * Component attributes and properties that can be applied to the element or by using JavaScript.
   *
   * - `question`: The question, as plain text; a `slot="question"` child is used when it is empty.
   * - `open`: Whether the answer is open. The accordion keeps it up to date (an answer a search shows is not open); setting it opens or closes the answer.
   *
   * ## Slots
   *
   * Areas where markup can be added to the component.
   *
   * - `(default)`: The answer: any markup.
   * - `question`: The question as visible text, used when the `question` attribute is absent.
   */
  "care-faq-item": Partial<
    CareFaqItemProps &
      CareFaqItemSolidJsProps &
      BaseProps<CareFaqItem> &
      BaseEvents
  >;

  /**
   *
   *
   * ## Attributes & Properties
   *
   * Component attributes and properties that can be applied to the element or by using JavaScript.
   *
   * - `heading`: The title; the `heading` slot and then the guide's title are used when absent.
   * - `summary`: The summary, as plain text; the `summary` slot and then the guide's summary are used when absent.
   * - `heading-level`/`headingLevel`: Level of the title (1–6): 1 on a page made for the guide, 2 on a page that already has an `h1`.
   * - `show-review`/`showReview`: Show the review line under the summary, as well as in `<care-review-note>`.
   * - `last-reviewed`/`lastReviewed`: When the content was last reviewed, as YYYY-MM-DD. Defaults to the guide's.
   * - `next-review`/`nextReview`: When the content is due its next review, as YYYY-MM-DD. Defaults to the guide's.
   * - `reviewed-by`/`reviewedBy`: Who reviewed the content. Defaults to the guide's.
   *
   * ## Events
   *
   * Events that will be emitted by the component.
   *
   * - `care-content-error`: A review date was not YYYY-MM-DD and was left out, or an attribute has a value it does not take; detail `{ problems }`.
   *
   * ## Slots
   *
   * Areas where markup can be added to the component.
   *
   * - `heading`: The title as inline text; the element supplies the heading.
   * - `summary`: The summary as markup, such as paragraphs.
   *
   * ## CSS Custom Properties
   *
   * CSS variables available for styling the component.
   *
   * - `--care-guide-header-section-heading-font-size`: Size of the title, whatever its level. (default: `2em`)
   * - `--care-guide-header-intro-font-size`: Size of the summary. (default: `1.125em`)
   * - `--care-color-text`: Text colour; the page's by default. (default: `inherit`)
   * - `--care-color-accent`: Questions, links, step markers and icons. (default: `light-dark(#1d4ed8, #93c5fd)`)
   * - `--care-color-on-accent`: Text drawn on the accent colour, such as a done step's check mark. (default: `light-dark(#fff, #111827)`)
   * - `--care-color-muted`: Secondary text: durations, the review line. (default: `light-dark(#4b5563, #cbd5e1)`)
   * - `--care-color-border`: Dividers, card and input borders (3:1 against the page). (default: `light-dark(#6b7280, #9ca3af)`)
   * - `--care-color-surface`: Background of cards. (default: `transparent`)
   * - `--care-color-surface-raised`: Background of hovered questions, the review note, and an `elevated` card on a dark page. (default: `light-dark(#f3f4f6, #1f2937)`)
   * - `--care-color-focus`: The focus ring. (default: `light-dark(#1d4ed8, #93c5fd)`)
   * - `--care-radius`: Corner radius of cards, inputs and notes. (default: `0.5rem`)
   * - `--care-border-width`: Width of borders and dividers. (default: `1px`)
   * - `--care-space`: Base spacing unit; smaller gaps are half of it. (default: `1rem`)
   * - `--care-font-family`: Body font; the page's by default. (default: `inherit`)
   * - `--care-font-family-heading`: Heading font. (default: `var(--care-font-family)`)
   * - `--care-line-height`: Line height of body text. (default: `1.5`)
   * - `--care-focus-width`: Thickness of the focus ring. (default: `3px`)
   * - `--care-focus-offset`: Gap between the focus ring and its element. (default: `2px`)
   * - `--care-motion-duration`: Length of transitions; none under reduced motion. (default: `180ms`)
   *
   * ## CSS Parts
   *
   * Custom selectors for styling elements within the component.
   *
   * - `base`: The wrapper.
   * - `section-heading`: The guide's title.
   * - `intro`: The summary.
   * - `reviewed`: With `show-review`: the "Last reviewed", "Next review due" and reviewer line.
   */
  "care-guide-header": Partial<
    CareGuideHeaderProps &
      CareGuideHeaderSolidJsProps &
      BaseProps<CareGuideHeader> &
      BaseEvents
  >;

  /**
   *
   *
   * ## Attributes & Properties
   *
   * Component attributes and properties that can be applied to the element or by using JavaScript.
   *
   * - `src`: URL of a guide JSON document, fetched with `fetch`. A new URL aborts the previous request.
   * - `layout`: `column` (the default) lays the elements inside out as one readable column; `none` leaves them to the page.
   * - `timeout`: Milliseconds a `src` load may take in all, retry included, before it is reported as a problem.
   * - `max-bytes`/`maxBytes`: Largest `src` body accepted, in bytes; a larger one is reported as a problem and not read further.
   * - `loading`: True while `src` is being fetched; reflected, so a page can style a placeholder. Set by the element.
   * - `no-structured-data`/`noStructuredData`: Leave the guide's JSON-LD out of the page, for pages that write their own structured data.
   * - `guide`: The guide as data, following the published schema. Wins over `src` and inline JSON; validated like them. (property only)
   *
   * ## Events
   *
   * Events that will be emitted by the component.
   *
   * - `care-guide-load`: A guide was loaded and validated; detail `{ guide }`. Fired also when some sections had problems.
   * - `care-content-error`: The guide could not be fetched or parsed, or has problems; detail `{ problems: [{ path, message }] }`.
   *
   * ## Slots
   *
   * Areas where markup can be added to the component.
   *
   * - `(default)`: The page content: care-* elements and anything else.
   *
   * ## CSS Custom Properties
   *
   * CSS variables available for styling the component.
   *
   * - `--care-guide-gap`: Space between the elements inside. (default: `calc(var(--care-space) * 2.5)`)
   * - `--care-guide-max-width`: Widest line of the column: a readable measure. (default: `45em`)
   * - `--care-space`: Base spacing unit, from which the gap is derived. (default: `1rem`)
   *
   * ## CSS Parts
   *
   * Custom selectors for styling elements within the component.
   *
   * - `base`: The wrapper of the page content; the column, unless `layout="none"`.
   * - `loading-message`: The line saying the guide is loading, shown while its first guide loads from `src`.
   */
  "care-guide": Partial<
    CareGuideProps & CareGuideSolidJsProps & BaseProps<CareGuide> & BaseEvents
  >;

  /**
   *
   *
   * ## Attributes & Properties
   *
   * Component attributes and properties that can be applied to the element or by using JavaScript.
   *
   * - `heading`: Section title; the `heading` slot and then the guide's section title are used when absent.
   * - `heading-level`/`headingLevel`: Level of the section heading (1–6), or of the page's own heading just above the element when it has none; each step's title is one level below.
   * - `orientation`: `vertical`, or `horizontal`: side by side while each step gets about 11em (up to 8 steps), vertical when not.
   * - `current`: The step the patient is at, by id or 1-based number. Earlier steps show as done, later as upcoming.
   * - `compact`: Titles and durations only; each description opens from a "Details" button.
   * - `items`: Steps as data, `[{ id?, title, description?, duration? }]`. Children win when present; an empty list counts as none, so the nearest guide's section shows. (property only)
   *
   * ## Events
   *
   * Events that will be emitted by the component.
   *
   * - `care-content-error`: Some steps were unusable and left out, or `current` names no step, or an attribute has a value it does not take; detail `{ problems }`.
   *
   * ## Slots
   *
   * Areas where markup can be added to the component.
   *
   * - `(default)`: `<care-step label="…" duration="…">` children written by a CMS; their content is the step's description.
   * - `heading`: The section title as inline text; the element supplies the heading.
   *
   * ## CSS Custom Properties
   *
   * CSS variables available for styling the component.
   *
   * - `--care-procedure-timeline-marker-size`: Diameter of the step markers. (default: `2.25rem`)
   * - `--care-procedure-timeline-marker-color`: Marker colour. (default: `var(--care-color-accent)`)
   * - `--care-procedure-timeline-connector`: The line between markers. (default: `2px solid var(--care-color-border)`)
   * - `--care-procedure-timeline-gap`: Space between steps. (default: `var(--care-space)`)
   * - `--care-color-text`: Text colour; the page's by default. (default: `inherit`)
   * - `--care-color-accent`: Questions, links, step markers and icons. (default: `light-dark(#1d4ed8, #93c5fd)`)
   * - `--care-color-on-accent`: Text drawn on the accent colour, such as a done step's check mark. (default: `light-dark(#fff, #111827)`)
   * - `--care-color-muted`: Secondary text: durations, the review line. (default: `light-dark(#4b5563, #cbd5e1)`)
   * - `--care-color-border`: Dividers, card and input borders (3:1 against the page). (default: `light-dark(#6b7280, #9ca3af)`)
   * - `--care-color-surface`: Background of cards. (default: `transparent`)
   * - `--care-color-surface-raised`: Background of hovered questions, the review note, and an `elevated` card on a dark page. (default: `light-dark(#f3f4f6, #1f2937)`)
   * - `--care-color-focus`: The focus ring. (default: `light-dark(#1d4ed8, #93c5fd)`)
   * - `--care-radius`: Corner radius of cards, inputs and notes. (default: `0.5rem`)
   * - `--care-border-width`: Width of borders and dividers. (default: `1px`)
   * - `--care-space`: Base spacing unit; smaller gaps are half of it. (default: `1rem`)
   * - `--care-font-family`: Body font; the page's by default. (default: `inherit`)
   * - `--care-font-family-heading`: Heading font. (default: `var(--care-font-family)`)
   * - `--care-line-height`: Line height of body text. (default: `1.5`)
   * - `--care-focus-width`: Thickness of the focus ring. (default: `3px`)
   * - `--care-focus-offset`: Gap between the focus ring and its element. (default: `2px`)
   * - `--care-motion-duration`: Length of transitions; none under reduced motion. (default: `180ms`)
   *
   * ## CSS Parts
   *
   * Custom selectors for styling elements within the component.
   *
   * - `base`: The section that wraps everything.
   * - `section-heading`: The section heading.
   * - `intro`: The section introduction.
   * - `list`: The ordered list of steps.
   * - `item`: One step.
   * - `marker`: The circle with the step's number (or a check mark when done).
   * - `title`: The step's heading.
   * - `duration`: How long the step takes.
   * - `description`: The step's description.
   * - `citations`: The numbered links to the sources a step cites.
   * - `toggle`: In `compact` mode, the button that shows a step's description.
   */
  "care-procedure-timeline": Partial<
    CareProcedureTimelineProps &
      CareProcedureTimelineSolidJsProps &
      BaseProps<CareProcedureTimeline> &
      BaseEvents
  >;

  /**
   *
   *
   * ## Attributes & Properties
   *
   * Component attributes and properties that can be applied to the element or by using JavaScript.
   *
   * - `label`: The step's title, as plain text.
   * - `duration`: How long the step takes, as free text such as "30–60 minutes".
   *
   * ## Slots
   *
   * Areas where markup can be added to the component.
   *
   * - `(default)`: The step's description: any markup.
   */
  "care-step": Partial<
    CareStepProps & CareStepSolidJsProps & BaseProps<CareStep> & BaseEvents
  >;

  /**
   *
   *
   * ## Attributes & Properties
   *
   * Component attributes and properties that can be applied to the element or by using JavaScript.
   *
   * - `disclaimer`: The disclaimer, as plain text. Defaults to the guide's.
   * - `last-reviewed`/`lastReviewed`: When the content was last reviewed, as YYYY-MM-DD. Defaults to the guide's.
   * - `next-review`/`nextReview`: When the content is due its next review, as YYYY-MM-DD. Defaults to the guide's.
   * - `reviewed-by`/`reviewedBy`: Who reviewed the content. Defaults to the guide's.
   * - `heading-level`/`headingLevel`: Level of the note's headings (1–6): "About this guide", for screen readers, and "Sources".
   * - `sources`: Sources, `[{ id?, title, publisher?, url?, quote?, lang? }]`. Defaults to the guide's. (property only)
   *
   * ## Events
   *
   * Events that will be emitted by the component.
   *
   * - `care-content-error`: A source or the date was unusable and left out, or an attribute has a value it does not take; detail `{ problems }`.
   *
   * ## CSS Custom Properties
   *
   * CSS variables available for styling the component.
   *
   * - `--care-review-note-background`: Background of the note. (default: `var(--care-color-surface-raised)`)
   * - `--care-color-text`: Text colour; the page's by default. (default: `inherit`)
   * - `--care-color-accent`: Questions, links, step markers and icons. (default: `light-dark(#1d4ed8, #93c5fd)`)
   * - `--care-color-on-accent`: Text drawn on the accent colour, such as a done step's check mark. (default: `light-dark(#fff, #111827)`)
   * - `--care-color-muted`: Secondary text: durations, the review line. (default: `light-dark(#4b5563, #cbd5e1)`)
   * - `--care-color-border`: Dividers, card and input borders (3:1 against the page). (default: `light-dark(#6b7280, #9ca3af)`)
   * - `--care-color-surface`: Background of cards. (default: `transparent`)
   * - `--care-color-surface-raised`: Background of hovered questions, the review note, and an `elevated` card on a dark page. (default: `light-dark(#f3f4f6, #1f2937)`)
   * - `--care-color-focus`: The focus ring. (default: `light-dark(#1d4ed8, #93c5fd)`)
   * - `--care-radius`: Corner radius of cards, inputs and notes. (default: `0.5rem`)
   * - `--care-border-width`: Width of borders and dividers. (default: `1px`)
   * - `--care-space`: Base spacing unit; smaller gaps are half of it. (default: `1rem`)
   * - `--care-font-family`: Body font; the page's by default. (default: `inherit`)
   * - `--care-font-family-heading`: Heading font. (default: `var(--care-font-family)`)
   * - `--care-line-height`: Line height of body text. (default: `1.5`)
   * - `--care-focus-width`: Thickness of the focus ring. (default: `3px`)
   * - `--care-focus-offset`: Gap between the focus ring and its element. (default: `2px`)
   * - `--care-motion-duration`: Length of transitions; none under reduced motion. (default: `180ms`)
   *
   * ## CSS Parts
   *
   * Custom selectors for styling elements within the component.
   *
   * - `base`: The wrapper.
   * - `about-heading`: "About this guide", a heading for screen readers only, over the disclaimer and the review line.
   * - `disclaimer-text`: The disclaimer.
   * - `reviewed`: The "Last reviewed" and "Next review due" line with the reviewer.
   * - `sources-heading`: The heading above the sources.
   * - `sources`: The numbered list of sources.
   * - `link`: A source's link.
   * - `quote`: The sentence of a source that a number rests on.
   * - `backlinks`: "Back to text" with a link to each item that cites the source.
   */
  "care-review-note": Partial<
    CareReviewNoteProps &
      CareReviewNoteSolidJsProps &
      BaseProps<CareReviewNote> &
      BaseEvents
  >;

  /**
   *
   *
   * ## Attributes & Properties
   *
   * Component attributes and properties that can be applied to the element or by using JavaScript.
   *
   * - `heading`: Section title; the `heading` slot and then the guide's section title are used when absent.
   * - `heading-level`/`headingLevel`: Level of the section heading (1–6), or of the page's own heading just above the element when it has none; risks (or severity groups) are one level below.
   * - `sort`: `severity` orders risks from high to low; otherwise they keep the content's order.
   * - `group-by`/`groupBy`: `severity` groups risks under a sub-heading per severity, high first; each risk then tells its severity to screen readers only.
   * - `variant`: `outlined` or `elevated`: a card exactly like `<care-benefits-card>`, so risks weigh as much as benefits. A plain list when absent.
   * - `items`: Risks as data, `[{ id?, title, description?, severity?, frequency?, sources? }]`. Children win when present; an empty list counts as none, so the nearest guide's section shows. (property only)
   *
   * ## Events
   *
   * Events that will be emitted by the component.
   *
   * - `care-content-error`: Some risks were unusable and left out, or an attribute has a value it does not take; detail `{ problems }`.
   *
   * ## Slots
   *
   * Areas where markup can be added to the component.
   *
   * - `(default)`: `<care-risk label="…" severity="low|moderate|high">` children written by a CMS; their content is the description.
   * - `heading`: The section title as inline text; the element supplies the heading.
   * - `footer`: After the list: a call to action such as "Talk to your doctor about…".
   *
   * ## CSS Custom Properties
   *
   * CSS variables available for styling the component.
   *
   * - `--care-risk-list-high-color`: Colour of the high severity label: a red that passes AA. (default: `light-dark(#b91c1c, #fca5a5)`)
   * - `--care-risk-list-moderate-color`: Colour of the moderate severity label: an amber-brown that passes AA. (default: `light-dark(#92400e, #fcd34d)`)
   * - `--care-risk-list-low-color`: Colour of the low severity label: a neutral grey that passes AA. (default: `light-dark(#4b5563, #cbd5e1)`)
   * - `--care-risk-list-gap`: Space between risks. (default: `var(--care-space)`)
   * - `--care-risk-list-background`: Card background, with `variant`; an `elevated` card on a dark page takes `--care-color-surface-raised` unless `--care-color-surface` is set, as a shadow draws no edge there. (default: `var(--care-color-surface)`)
   * - `--care-risk-list-padding`: Card padding, with `variant`. (default: `calc(var(--care-space) * 1.5)`)
   * - `--care-risk-list-shadow`: Shadow of the `elevated` variant. (default: `0 1px 3px rgb(0 0 0 / 0.2), 0 4px 12px rgb(0 0 0 / 0.12)`)
   * - `--care-color-text`: Text colour; the page's by default. (default: `inherit`)
   * - `--care-color-accent`: Questions, links, step markers and icons. (default: `light-dark(#1d4ed8, #93c5fd)`)
   * - `--care-color-on-accent`: Text drawn on the accent colour, such as a done step's check mark. (default: `light-dark(#fff, #111827)`)
   * - `--care-color-muted`: Secondary text: durations, the review line. (default: `light-dark(#4b5563, #cbd5e1)`)
   * - `--care-color-border`: Dividers, card and input borders (3:1 against the page). (default: `light-dark(#6b7280, #9ca3af)`)
   * - `--care-color-surface`: Background of cards. (default: `transparent`)
   * - `--care-color-surface-raised`: Background of hovered questions, the review note, and an `elevated` card on a dark page. (default: `light-dark(#f3f4f6, #1f2937)`)
   * - `--care-color-focus`: The focus ring. (default: `light-dark(#1d4ed8, #93c5fd)`)
   * - `--care-radius`: Corner radius of cards, inputs and notes. (default: `0.5rem`)
   * - `--care-border-width`: Width of borders and dividers. (default: `1px`)
   * - `--care-space`: Base spacing unit; smaller gaps are half of it. (default: `1rem`)
   * - `--care-font-family`: Body font; the page's by default. (default: `inherit`)
   * - `--care-font-family-heading`: Heading font. (default: `var(--care-font-family)`)
   * - `--care-line-height`: Line height of body text. (default: `1.5`)
   * - `--care-focus-width`: Thickness of the focus ring. (default: `3px`)
   * - `--care-focus-offset`: Gap between the focus ring and its element. (default: `2px`)
   * - `--care-motion-duration`: Length of transitions; none under reduced motion. (default: `180ms`)
   *
   * ## CSS Parts
   *
   * Custom selectors for styling elements within the component.
   *
   * - `base`: The section that wraps everything; the card with `variant`.
   * - `section-heading`: The section heading.
   * - `intro`: The section introduction.
   * - `list`: A list of risks.
   * - `group-heading`: The heading of a severity group, with `group-by="severity"`; it names the severity in words and by shape.
   * - `item`: One risk.
   * - `title`: A risk's heading.
   * - `severity`: The severity label with its icon.
   * - `icon`: The shape that stands for a risk's severity.
   * - `frequency`: How common a risk is, in words and, when known, as a rate.
   * - `description`: A risk's description.
   * - `citations`: The numbered links to the sources a risk cites.
   */
  "care-risk-list": Partial<
    CareRiskListProps &
      CareRiskListSolidJsProps &
      BaseProps<CareRiskList> &
      BaseEvents
  >;

  /**
   *
   *
   * ## Attributes & Properties
   *
   * Component attributes and properties that can be applied to the element or by using JavaScript.
   *
   * - `label`: The risk's title, as plain text.
   * - `severity`: How serious the risk is: `low`, `moderate` or `high`; told in words and by shape.
   *
   * ## Slots
   *
   * Areas where markup can be added to the component.
   *
   * - `(default)`: The risk's description: any markup.
   */
  "care-risk": Partial<
    CareRiskProps & CareRiskSolidJsProps & BaseProps<CareRisk> & BaseEvents
  >;

  /**
   *
   *
   * ## Attributes & Properties
   *
   * Component attributes and properties that can be applied to the element or by using JavaScript.
   *
   * - `section`: Which section of the guide to show: `conditions`, `recovery`, `tips`, `benefits` or `research` (what researchers are exploring).
   * - `heading`: Section title; the `heading` slot and then the guide's section title are used when absent.
   * - `heading-level`/`headingLevel`: Level of the section heading (1–6), or of the page's own heading just above the element when it has none; each item's title is one level below.
   * - `items`: Items as data, `[{ id?, title, description?, sources? }]`. Children win when present; an empty list counts as none, so the nearest guide's section shows. (property only)
   *
   * ## Events
   *
   * Events that will be emitted by the component.
   *
   * - `care-content-error`: Some items were unusable and left out, or `section` is unknown, or an attribute has a value it does not take; detail `{ problems }`.
   *
   * ## Slots
   *
   * Areas where markup can be added to the component.
   *
   * - `(default)`: `<care-topic label="…">` children written by a CMS; their content is the description.
   * - `heading`: The section title as inline text; the element supplies the heading.
   *
   * ## CSS Custom Properties
   *
   * CSS variables available for styling the component.
   *
   * - `--care-topic-list-gap`: Space between items. (default: `var(--care-space)`)
   * - `--care-color-text`: Text colour; the page's by default. (default: `inherit`)
   * - `--care-color-accent`: Questions, links, step markers and icons. (default: `light-dark(#1d4ed8, #93c5fd)`)
   * - `--care-color-on-accent`: Text drawn on the accent colour, such as a done step's check mark. (default: `light-dark(#fff, #111827)`)
   * - `--care-color-muted`: Secondary text: durations, the review line. (default: `light-dark(#4b5563, #cbd5e1)`)
   * - `--care-color-border`: Dividers, card and input borders (3:1 against the page). (default: `light-dark(#6b7280, #9ca3af)`)
   * - `--care-color-surface`: Background of cards. (default: `transparent`)
   * - `--care-color-surface-raised`: Background of hovered questions, the review note, and an `elevated` card on a dark page. (default: `light-dark(#f3f4f6, #1f2937)`)
   * - `--care-color-focus`: The focus ring. (default: `light-dark(#1d4ed8, #93c5fd)`)
   * - `--care-radius`: Corner radius of cards, inputs and notes. (default: `0.5rem`)
   * - `--care-border-width`: Width of borders and dividers. (default: `1px`)
   * - `--care-space`: Base spacing unit; smaller gaps are half of it. (default: `1rem`)
   * - `--care-font-family`: Body font; the page's by default. (default: `inherit`)
   * - `--care-font-family-heading`: Heading font. (default: `var(--care-font-family)`)
   * - `--care-line-height`: Line height of body text. (default: `1.5`)
   * - `--care-focus-width`: Thickness of the focus ring. (default: `3px`)
   * - `--care-focus-offset`: Gap between the focus ring and its element. (default: `2px`)
   * - `--care-motion-duration`: Length of transitions; none under reduced motion. (default: `180ms`)
   *
   * ## CSS Parts
   *
   * Custom selectors for styling elements within the component.
   *
   * - `base`: The section that wraps everything.
   * - `section-heading`: The section heading.
   * - `intro`: The section introduction.
   * - `list`: The list.
   * - `item`: One item.
   * - `title`: An item's heading.
   * - `evidence`: How strong the evidence for an item is, in words and by a meter, with its note.
   * - `frequency`: How common an item is, in words and, when known, as a rate.
   * - `description`: An item's description.
   * - `citations`: The numbered links to the sources an item cites.
   */
  "care-topic-list": Partial<
    CareTopicListProps &
      CareTopicListSolidJsProps &
      BaseProps<CareTopicList> &
      BaseEvents
  >;

  /**
   *
   *
   * ## Attributes & Properties
   *
   * Component attributes and properties that can be applied to the element or by using JavaScript.
   *
   * - `label`: The item's title, as plain text.
   *
   * ## Slots
   *
   * Areas where markup can be added to the component.
   *
   * - `(default)`: The item's description: any markup.
   */
  "care-topic": Partial<
    CareTopicProps & CareTopicSolidJsProps & BaseProps<CareTopic> & BaseEvents
  >;
};

export type CustomCssProperties = {
  /** Card background; an `elevated` card on a dark page takes `--care-color-surface-raised` unless `--care-color-surface` is set, as a shadow draws no edge there. */
  "--care-benefits-card-background"?: string | undefined;
  /** Card padding. */
  "--care-benefits-card-padding"?: string | undefined;
  /** Shadow of the `elevated` variant. */
  "--care-benefits-card-shadow"?: string | undefined;
  /** Space between benefits. */
  "--care-benefits-card-gap"?: string | undefined;
  /** Text colour; the page's by default. */
  "--care-color-text"?: string | undefined;
  /** Questions, links, step markers and icons. */
  "--care-color-accent"?: string | undefined;
  /** Text drawn on the accent colour, such as a done step's check mark. */
  "--care-color-on-accent"?: string | undefined;
  /** Secondary text: durations, the review line. */
  "--care-color-muted"?: string | undefined;
  /** Dividers, card and input borders (3:1 against the page). */
  "--care-color-border"?: string | undefined;
  /** Background of cards. */
  "--care-color-surface"?: string | undefined;
  /** Background of hovered questions, the review note, and an `elevated` card on a dark page. */
  "--care-color-surface-raised"?: string | undefined;
  /** The focus ring. */
  "--care-color-focus"?: string | undefined;
  /** Corner radius of cards, inputs and notes. */
  "--care-radius"?: string | undefined;
  /** Width of borders and dividers. */
  "--care-border-width"?: string | undefined;
  /** Base spacing unit; smaller gaps are half of it. */
  "--care-space"?: string | undefined;
  /** Body font; the page's by default. */
  "--care-font-family"?: string | undefined;
  /** Heading font. */
  "--care-font-family-heading"?: string | undefined;
  /** Line height of body text. */
  "--care-line-height"?: string | undefined;
  /** Thickness of the focus ring. */
  "--care-focus-width"?: string | undefined;
  /** Gap between the focus ring and its element. */
  "--care-focus-offset"?: string | undefined;
  /** Length of transitions; none under reduced motion. */
  "--care-motion-duration"?: string | undefined;
  /** Space between questions. */
  "--care-faq-accordion-gap"?: string | undefined;
  /** Line between questions. */
  "--care-faq-accordion-divider"?: string | undefined;
  /** Padding of each question button. */
  "--care-faq-accordion-toggle-padding"?: string | undefined;
  /** Background of a question button. */
  "--care-faq-accordion-toggle-background"?: string | undefined;
  /** Background of a question button on hover. */
  "--care-faq-accordion-toggle-hover-background"?: string | undefined;
  /** Text colour of the questions. */
  "--care-faq-accordion-toggle-color"?: string | undefined;
  /** Padding of each answer. */
  "--care-faq-accordion-description-padding"?: string | undefined;
  /** Size of the open/closed chevron. */
  "--care-faq-accordion-icon-size"?: string | undefined;
  /** Colour of the chevron; the question colour by default. */
  "--care-faq-accordion-icon-color"?: string | undefined;
  /** Size of the title, whatever its level. */
  "--care-guide-header-section-heading-font-size"?: string | undefined;
  /** Size of the summary. */
  "--care-guide-header-intro-font-size"?: string | undefined;
  /** Space between the elements inside. */
  "--care-guide-gap"?: string | undefined;
  /** Widest line of the column: a readable measure. */
  "--care-guide-max-width"?: string | undefined;
  /** Diameter of the step markers. */
  "--care-procedure-timeline-marker-size"?: string | undefined;
  /** Marker colour. */
  "--care-procedure-timeline-marker-color"?: string | undefined;
  /** The line between markers. */
  "--care-procedure-timeline-connector"?: string | undefined;
  /** Space between steps. */
  "--care-procedure-timeline-gap"?: string | undefined;
  /** Background of the note. */
  "--care-review-note-background"?: string | undefined;
  /** Colour of the high severity label: a red that passes AA. */
  "--care-risk-list-high-color"?: string | undefined;
  /** Colour of the moderate severity label: an amber-brown that passes AA. */
  "--care-risk-list-moderate-color"?: string | undefined;
  /** Colour of the low severity label: a neutral grey that passes AA. */
  "--care-risk-list-low-color"?: string | undefined;
  /** Space between risks. */
  "--care-risk-list-gap"?: string | undefined;
  /** Card background, with `variant`; an `elevated` card on a dark page takes `--care-color-surface-raised` unless `--care-color-surface` is set, as a shadow draws no edge there. */
  "--care-risk-list-background"?: string | undefined;
  /** Card padding, with `variant`. */
  "--care-risk-list-padding"?: string | undefined;
  /** Shadow of the `elevated` variant. */
  "--care-risk-list-shadow"?: string | undefined;
  /** Space between items. */
  "--care-topic-list-gap"?: string | undefined;
};

/** The keys of a tag's own props and events: all but the neutral `BaseProps`. */
type OwnKeys<Tag extends keyof CustomElements> = Exclude<keyof CustomElements[Tag], keyof BaseProps<HTMLElement>>;

/**
 * Every tag with its own props and events, and `Attributes[tag]`, a framework's own attributes of
 * the tag's element (such as React's `HTMLAttributes`), in place of the neutral `BaseProps`.
 */
export type CustomElementsWith<Attributes extends { [Tag in keyof CustomElements]: object }> = {
  [Tag in keyof CustomElements]: Pick<CustomElements[Tag], OwnKeys<Tag>> & Omit<Attributes[Tag], OwnKeys<Tag>>;
};

declare module "react" {
  namespace JSX {
    interface IntrinsicElements
      extends CustomElementsWith<{
        [Tag in keyof CustomElements]: HTMLAttributes<HTMLElementTagNameMap[Tag]> &
          RefAttributes<HTMLElementTagNameMap[Tag]> &
          Pick<BaseProps<HTMLElementTagNameMap[Tag]>, "class">;
      }> {}
  }
  interface HTMLAttributes<T> {}
  interface RefAttributes<T> {}
  export interface CSSProperties extends CustomCssProperties {}
}

declare module "react/jsx-runtime" {
  export interface CSSProperties extends CustomCssProperties {}
}

declare module "react/jsx-dev-runtime" {
  export interface CSSProperties extends CustomCssProperties {}
}

declare module "preact" {
  namespace JSX {
    interface IntrinsicElements extends CustomElements {}
  }
  export interface CSSProperties extends CustomCssProperties {}
}

declare module "@builder.io/qwik" {
  namespace JSX {
    interface IntrinsicElements extends CustomElements {}
  }
  export interface CSSProperties extends CustomCssProperties {}
}

declare module "@stencil/core" {
  namespace JSX {
    interface IntrinsicElements extends CustomElements {}
  }
  export interface CSSProperties extends CustomCssProperties {}
}

declare module "hono/jsx" {
  namespace JSX {
    interface IntrinsicElements extends CustomElements {}
  }
  export interface CSSProperties extends CustomCssProperties {}
}

declare module "react-native" {
  namespace JSX {
    interface IntrinsicElements extends CustomElements {}
  }
  export interface CSSProperties extends CustomCssProperties {}
}

declare module "solid-js" {
  namespace JSX {
    interface IntrinsicElements extends CustomElementsSolidJs {}
  }
  export interface CSSProperties extends CustomCssProperties {}
}

declare global {
  namespace JSX {
    interface IntrinsicElements extends CustomElements {}
  }
  export interface CSSProperties extends CustomCssProperties {}
}
