import type { DefineComponent } from "vue";
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
} from "care-elements";

type CareBenefitProps = {
  /** The benefit's title, as plain text. */
  label?: CareBenefit["label"];
};

type CareBenefitsCardProps = {
  /** Card title; the `heading` slot and then the guide's section title are used when absent. */
  heading?: CareBenefitsCard["heading"];
  /** Level of the card heading (1–6), or of the page's own heading just above the card when it has none; each benefit's title is one level below. */
  "heading-level"?: CareBenefitsCard["headingLevel"];
  /** `outlined` (a border) or `elevated` (a shadow); the risk list's card variants look the same. */
  variant?: CareBenefitsCard["variant"];
  /** Benefits as data, `[{ id?, title, description?, evidence?, frequency?, sources? }]`. Children win when present; an empty list counts as none, so the nearest guide's section shows. */
  items?: CareBenefitsCard["items"];
  /** Level of the card heading (1–6), or of the page's own heading just above the card when it has none; each benefit's title is one level below. */
  headingLevel?: CareBenefitsCard["headingLevel"];
  /** Some benefits were unusable and left out, or an attribute has a value it does not take; detail `{ problems }`. */
  "oncare-content-error"?: (e: CustomEvent<import("care-elements").CareContentErrorDetail>) => void;
};

type CareFaqAccordionProps = {
  /** Section title; the `heading` slot and then the guide's section title are used when absent. */
  heading?: CareFaqAccordion["heading"];
  /** Level of the section heading (1–6), or of the page's own heading just above the element when it has none; each question is a heading one level below. */
  "heading-level"?: CareFaqAccordion["headingLevel"];
  /** Keep at most one answer open: opening one closes the others. */
  single?: CareFaqAccordion["single"];
  /** Show a "Show all / Hide all" button (not shown in `single` mode); during a search it opens or closes the questions listed, and is hidden while none is. */
  "toggle-all"?: CareFaqAccordion["toggleAll"];
  /** Show a search box that filters questions and answers as the reader types. */
  searchable?: CareFaqAccordion["searchable"];
  /** The current search text. */
  query?: CareFaqAccordion["query"];
  /** Questions as data, `[{ id?, question, answer }]`; answers are plain text. Children win when present; an empty list counts as none, so the nearest guide's section shows. */
  items?: CareFaqAccordion["items"];
  /** Level of the section heading (1–6), or of the page's own heading just above the element when it has none; each question is a heading one level below. */
  headingLevel?: CareFaqAccordion["headingLevel"];
  /** Show a "Show all / Hide all" button (not shown in `single` mode); during a search it opens or closes the questions listed, and is hidden while none is. */
  toggleAll?: CareFaqAccordion["toggleAll"];
  /** An answer opened or closed; detail `{ id, open }`. Not when a search shows or hides an answer, as it hides questions: a view, not a change of what is open. */
  "oncare-faq-toggle"?: (e: CustomEvent<import("care-elements").CareFaqToggleDetail>) => void;
  /** Some questions were unusable and left out, or an attribute has a value it does not take; detail `{ problems }`. */
  "oncare-content-error"?: (e: CustomEvent<import("care-elements").CareContentErrorDetail>) => void;
};

type CareFaqItemProps = {
  /** The question, as plain text; a `slot="question"` child is used when it is empty. */
  question?: CareFaqItem["question"];
  /** Whether the answer is open. The accordion keeps it up to date (an answer a search shows is not open); setting it opens or closes the answer. */
  open?: CareFaqItem["open"];
};

type CareGuideHeaderProps = {
  /** The title; the `heading` slot and then the guide's title are used when absent. */
  heading?: CareGuideHeader["heading"];
  /** The summary, as plain text; the `summary` slot and then the guide's summary are used when absent. */
  summary?: CareGuideHeader["summary"];
  /** Level of the title (1–6): 1 on a page made for the guide, 2 on a page that already has an `h1`. */
  "heading-level"?: CareGuideHeader["headingLevel"];
  /** Show the review line under the summary, as well as in `<care-review-note>`. */
  "show-review"?: CareGuideHeader["showReview"];
  /** When the content was last reviewed, as YYYY-MM-DD. Defaults to the guide's. */
  "last-reviewed"?: CareGuideHeader["lastReviewed"];
  /** When the content is due its next review, as YYYY-MM-DD. Defaults to the guide's. */
  "next-review"?: CareGuideHeader["nextReview"];
  /** Who reviewed the content. Defaults to the guide's. */
  "reviewed-by"?: CareGuideHeader["reviewedBy"];
  /** Level of the title (1–6): 1 on a page made for the guide, 2 on a page that already has an `h1`. */
  headingLevel?: CareGuideHeader["headingLevel"];
  /** Show the review line under the summary, as well as in `<care-review-note>`. */
  showReview?: CareGuideHeader["showReview"];
  /** When the content was last reviewed, as YYYY-MM-DD. Defaults to the guide's. */
  lastReviewed?: CareGuideHeader["lastReviewed"];
  /** When the content is due its next review, as YYYY-MM-DD. Defaults to the guide's. */
  nextReview?: CareGuideHeader["nextReview"];
  /** Who reviewed the content. Defaults to the guide's. */
  reviewedBy?: CareGuideHeader["reviewedBy"];
  /** A review date was not YYYY-MM-DD and was left out, or an attribute has a value it does not take; detail `{ problems }`. */
  "oncare-content-error"?: (e: CustomEvent<import("care-elements").CareContentErrorDetail>) => void;
};

type CareGuideProps = {
  /** URL of a guide JSON document, fetched with `fetch`. A new URL aborts the previous request. */
  src?: CareGuide["src"];
  /** `column` (the default) lays the elements inside out as one readable column; `none` leaves them to the page. */
  layout?: CareGuide["layout"];
  /** Milliseconds a `src` load may take in all, retry included, before it is reported as a problem. */
  timeout?: CareGuide["timeout"];
  /** Largest `src` body accepted, in bytes; a larger one is reported as a problem and not read further. */
  "max-bytes"?: CareGuide["maxBytes"];
  /** True while `src` is being fetched; reflected, so a page can style a placeholder. Set by the element. */
  loading?: CareGuide["loading"];
  /** Leave the guide's JSON-LD out of the page, for pages that write their own structured data. */
  "no-structured-data"?: CareGuide["noStructuredData"];
  /** The guide as data, following the published schema. Wins over `src` and inline JSON; validated like them. */
  guide?: CareGuide["guide"];
  /** Largest `src` body accepted, in bytes; a larger one is reported as a problem and not read further. */
  maxBytes?: CareGuide["maxBytes"];
  /** Leave the guide's JSON-LD out of the page, for pages that write their own structured data. */
  noStructuredData?: CareGuide["noStructuredData"];
  /** A guide was loaded and validated; detail `{ guide }`. Fired also when some sections had problems. */
  "oncare-guide-load"?: (e: CustomEvent<import("care-elements").CareGuideLoadDetail>) => void;
  /** The guide could not be fetched or parsed, or has problems; detail `{ problems: [{ path, message }] }`. */
  "oncare-content-error"?: (e: CustomEvent<import("care-elements").CareContentErrorDetail>) => void;
};

type CareProcedureTimelineProps = {
  /** Section title; the `heading` slot and then the guide's section title are used when absent. */
  heading?: CareProcedureTimeline["heading"];
  /** Level of the section heading (1–6), or of the page's own heading just above the element when it has none; each step's title is one level below. */
  "heading-level"?: CareProcedureTimeline["headingLevel"];
  /** `vertical`, or `horizontal`: side by side while each step gets about 11em (up to 8 steps), vertical when not. */
  orientation?: CareProcedureTimeline["orientation"];
  /** The step the patient is at, by id or 1-based number. Earlier steps show as done, later as upcoming. */
  current?: CareProcedureTimeline["current"];
  /** Titles and durations only; each description opens from a "Details" button. */
  compact?: CareProcedureTimeline["compact"];
  /** Steps as data, `[{ id?, title, description?, duration? }]`. Children win when present; an empty list counts as none, so the nearest guide's section shows. */
  items?: CareProcedureTimeline["items"];
  /** Level of the section heading (1–6), or of the page's own heading just above the element when it has none; each step's title is one level below. */
  headingLevel?: CareProcedureTimeline["headingLevel"];
  /** Some steps were unusable and left out, or `current` names no step, or an attribute has a value it does not take; detail `{ problems }`. */
  "oncare-content-error"?: (e: CustomEvent<import("care-elements").CareContentErrorDetail>) => void;
};

type CareStepProps = {
  /** The step's title, as plain text. */
  label?: CareStep["label"];
  /** How long the step takes, as free text such as "30–60 minutes". */
  duration?: CareStep["duration"];
};

type CareReviewNoteProps = {
  /** The disclaimer, as plain text. Defaults to the guide's. */
  disclaimer?: CareReviewNote["disclaimer"];
  /** When the content was last reviewed, as YYYY-MM-DD. Defaults to the guide's. */
  "last-reviewed"?: CareReviewNote["lastReviewed"];
  /** When the content is due its next review, as YYYY-MM-DD. Defaults to the guide's. */
  "next-review"?: CareReviewNote["nextReview"];
  /** Who reviewed the content. Defaults to the guide's. */
  "reviewed-by"?: CareReviewNote["reviewedBy"];
  /** Level of the note's headings (1–6): "About this guide", for screen readers, and "Sources". */
  "heading-level"?: CareReviewNote["headingLevel"];
  /** When the content was last reviewed, as YYYY-MM-DD. Defaults to the guide's. */
  lastReviewed?: CareReviewNote["lastReviewed"];
  /** When the content is due its next review, as YYYY-MM-DD. Defaults to the guide's. */
  nextReview?: CareReviewNote["nextReview"];
  /** Who reviewed the content. Defaults to the guide's. */
  reviewedBy?: CareReviewNote["reviewedBy"];
  /** Sources, `[{ id?, title, publisher?, url?, quote?, lang? }]`. Defaults to the guide's. */
  sources?: CareReviewNote["sources"];
  /** Level of the note's headings (1–6): "About this guide", for screen readers, and "Sources". */
  headingLevel?: CareReviewNote["headingLevel"];
  /** A source or the date was unusable and left out, or an attribute has a value it does not take; detail `{ problems }`. */
  "oncare-content-error"?: (e: CustomEvent<import("care-elements").CareContentErrorDetail>) => void;
};

type CareRiskListProps = {
  /** Section title; the `heading` slot and then the guide's section title are used when absent. */
  heading?: CareRiskList["heading"];
  /** Level of the section heading (1–6), or of the page's own heading just above the element when it has none; risks (or severity groups) are one level below. */
  "heading-level"?: CareRiskList["headingLevel"];
  /** `severity` orders risks from high to low; otherwise they keep the content's order. */
  sort?: CareRiskList["sort"];
  /** `severity` groups risks under a sub-heading per severity, high first; each risk then tells its severity to screen readers only. */
  "group-by"?: CareRiskList["groupBy"];
  /** `outlined` or `elevated`: a card exactly like `<care-benefits-card>`, so risks weigh as much as benefits. A plain list when absent. */
  variant?: CareRiskList["variant"];
  /** Risks as data, `[{ id?, title, description?, severity?, frequency?, sources? }]`. Children win when present; an empty list counts as none, so the nearest guide's section shows. */
  items?: CareRiskList["items"];
  /** Level of the section heading (1–6), or of the page's own heading just above the element when it has none; risks (or severity groups) are one level below. */
  headingLevel?: CareRiskList["headingLevel"];
  /** `severity` groups risks under a sub-heading per severity, high first; each risk then tells its severity to screen readers only. */
  groupBy?: CareRiskList["groupBy"];
  /** Some risks were unusable and left out, or an attribute has a value it does not take; detail `{ problems }`. */
  "oncare-content-error"?: (e: CustomEvent<import("care-elements").CareContentErrorDetail>) => void;
};

type CareRiskProps = {
  /** The risk's title, as plain text. */
  label?: CareRisk["label"];
  /** How serious the risk is: `low`, `moderate` or `high`; told in words and by shape. */
  severity?: CareRisk["severity"];
};

type CareTopicListProps = {
  /** Which section of the guide to show: `conditions`, `recovery`, `tips`, `benefits` or `research` (what researchers are exploring). */
  section?: CareTopicList["section"];
  /** Section title; the `heading` slot and then the guide's section title are used when absent. */
  heading?: CareTopicList["heading"];
  /** Level of the section heading (1–6), or of the page's own heading just above the element when it has none; each item's title is one level below. */
  "heading-level"?: CareTopicList["headingLevel"];
  /** Items as data, `[{ id?, title, description?, sources? }]`. Children win when present; an empty list counts as none, so the nearest guide's section shows. */
  items?: CareTopicList["items"];
  /** Level of the section heading (1–6), or of the page's own heading just above the element when it has none; each item's title is one level below. */
  headingLevel?: CareTopicList["headingLevel"];
  /** Some items were unusable and left out, or `section` is unknown, or an attribute has a value it does not take; detail `{ problems }`. */
  "oncare-content-error"?: (e: CustomEvent<import("care-elements").CareContentErrorDetail>) => void;
};

type CareTopicProps = {
  /** The item's title, as plain text. */
  label?: CareTopic["label"];
};

export type CustomElements = {
  /**
   * One potential benefit, written as markup inside `<care-benefits-card>`.
   * ---
   *
   *
   * ### **Slots:**
   *  - _default_ - The benefit's description: any markup.
   */
  "care-benefit": DefineComponent<CareBenefitProps>;

  /**
   * Potential benefits as a card: a heading and a list with check marks.
   * ---
   *
   *
   * ### **Events:**
   *  - **care-content-error** - Some benefits were unusable and left out, or an attribute has a value it does not take; detail `{ problems }`.
   *
   * ### **Slots:**
   *  - _default_ - `<care-benefit label="…">` children written by a CMS; their content is the description.
   * - **heading** - The card title as inline text; the element supplies the heading.
   * - **media** - An image or illustration above the content.
   * - **footer** - After the list, e.g. a "Book a consultation" link.
   *
   * ### **CSS Properties:**
   *  - **--care-benefits-card-background** - Card background; an `elevated` card on a dark page takes `--care-color-surface-raised` unless `--care-color-surface` is set, as a shadow draws no edge there. _(default: var(--care-color-surface))_
   * - **--care-benefits-card-padding** - Card padding. _(default: calc(var(--care-space) * 1.5))_
   * - **--care-benefits-card-shadow** - Shadow of the `elevated` variant. _(default: 0 1px 3px rgb(0 0 0 / 0.2), 0 4px 12px rgb(0 0 0 / 0.12))_
   * - **--care-benefits-card-gap** - Space between benefits. _(default: var(--care-space))_
   * - **--care-color-text** - Text colour; the page's by default. _(default: inherit)_
   * - **--care-color-accent** - Questions, links, step markers and icons. _(default: light-dark(#1d4ed8, #93c5fd))_
   * - **--care-color-on-accent** - Text drawn on the accent colour, such as a done step's check mark. _(default: light-dark(#fff, #111827))_
   * - **--care-color-muted** - Secondary text: durations, the review line. _(default: light-dark(#4b5563, #cbd5e1))_
   * - **--care-color-border** - Dividers, card and input borders (3:1 against the page). _(default: light-dark(#6b7280, #9ca3af))_
   * - **--care-color-surface** - Background of cards. _(default: transparent)_
   * - **--care-color-surface-raised** - Background of hovered questions, the review note, and an `elevated` card on a dark page. _(default: light-dark(#f3f4f6, #1f2937))_
   * - **--care-color-focus** - The focus ring. _(default: light-dark(#1d4ed8, #93c5fd))_
   * - **--care-radius** - Corner radius of cards, inputs and notes. _(default: 0.5rem)_
   * - **--care-border-width** - Width of borders and dividers. _(default: 1px)_
   * - **--care-space** - Base spacing unit; smaller gaps are half of it. _(default: 1rem)_
   * - **--care-font-family** - Body font; the page's by default. _(default: inherit)_
   * - **--care-font-family-heading** - Heading font. _(default: var(--care-font-family))_
   * - **--care-line-height** - Line height of body text. _(default: 1.5)_
   * - **--care-focus-width** - Thickness of the focus ring. _(default: 3px)_
   * - **--care-focus-offset** - Gap between the focus ring and its element. _(default: 2px)_
   * - **--care-motion-duration** - Length of transitions; none under reduced motion. _(default: 180ms)_
   *
   * ### **CSS Parts:**
   *  - **base** - The card.
   * - **section-heading** - The card heading.
   * - **intro** - The introduction.
   * - **list** - The list of benefits.
   * - **item** - One benefit.
   * - **icon** - The check mark of a benefit.
   * - **title** - A benefit's heading.
   * - **evidence** - How strong the evidence is, in words and by a meter, with its note.
   * - **frequency** - How common a benefit is, in words and, when known, as a rate.
   * - **description** - A benefit's description.
   * - **citations** - The numbered links to the sources a benefit cites.
   */
  "care-benefits-card": DefineComponent<CareBenefitsCardProps>;

  /**
   * Frequently asked questions as an accessible, deep-linkable, searchable accordion.
   * ---
   *
   *
   * ### **Events:**
   *  - **care-faq-toggle** - An answer opened or closed; detail `{ id, open }`. Not when a search shows or hides an answer, as it hides questions: a view, not a change of what is open.
   * - **care-content-error** - Some questions were unusable and left out, or an attribute has a value it does not take; detail `{ problems }`.
   *
   * ### **Methods:**
   *  - **toggle(id: _string_, force: _boolean_): _void_** - Opens, closes or toggles one answer by id.
   * - **showAll(): _void_** - Opens every answer, also those a search hides (not in `single` mode, where it opens the first).
   * - **hideAll(): _void_** - Closes every answer, also those a search hides.
   *
   * ### **Slots:**
   *  - _default_ - `<care-faq-item>` children written by a CMS. Each is given a `slot` attribute naming its answer region.
   * - **heading** - The section title as inline text; the element supplies the heading.
   *
   * ### **CSS Properties:**
   *  - **--care-faq-accordion-gap** - Space between questions. _(default: 0)_
   * - **--care-faq-accordion-divider** - Line between questions. _(default: var(--care-border-width) solid var(--care-color-border))_
   * - **--care-faq-accordion-toggle-padding** - Padding of each question button. _(default: 0.75rem 0.25rem)_
   * - **--care-faq-accordion-toggle-background** - Background of a question button. _(default: transparent)_
   * - **--care-faq-accordion-toggle-hover-background** - Background of a question button on hover. _(default: var(--care-color-surface-raised))_
   * - **--care-faq-accordion-toggle-color** - Text colour of the questions. _(default: var(--care-color-accent))_
   * - **--care-faq-accordion-description-padding** - Padding of each answer. _(default: 0 0.25rem var(--care-space))_
   * - **--care-faq-accordion-icon-size** - Size of the open/closed chevron. _(default: 0.6em)_
   * - **--care-faq-accordion-icon-color** - Colour of the chevron; the question colour by default. _(default: currentColor)_
   * - **--care-color-text** - Text colour; the page's by default. _(default: inherit)_
   * - **--care-color-accent** - Questions, links, step markers and icons. _(default: light-dark(#1d4ed8, #93c5fd))_
   * - **--care-color-on-accent** - Text drawn on the accent colour, such as a done step's check mark. _(default: light-dark(#fff, #111827))_
   * - **--care-color-muted** - Secondary text: durations, the review line. _(default: light-dark(#4b5563, #cbd5e1))_
   * - **--care-color-border** - Dividers, card and input borders (3:1 against the page). _(default: light-dark(#6b7280, #9ca3af))_
   * - **--care-color-surface** - Background of cards. _(default: transparent)_
   * - **--care-color-surface-raised** - Background of hovered questions, the review note, and an `elevated` card on a dark page. _(default: light-dark(#f3f4f6, #1f2937))_
   * - **--care-color-focus** - The focus ring. _(default: light-dark(#1d4ed8, #93c5fd))_
   * - **--care-radius** - Corner radius of cards, inputs and notes. _(default: 0.5rem)_
   * - **--care-border-width** - Width of borders and dividers. _(default: 1px)_
   * - **--care-space** - Base spacing unit; smaller gaps are half of it. _(default: 1rem)_
   * - **--care-font-family** - Body font; the page's by default. _(default: inherit)_
   * - **--care-font-family-heading** - Heading font. _(default: var(--care-font-family))_
   * - **--care-line-height** - Line height of body text. _(default: 1.5)_
   * - **--care-focus-width** - Thickness of the focus ring. _(default: 3px)_
   * - **--care-focus-offset** - Gap between the focus ring and its element. _(default: 2px)_
   * - **--care-motion-duration** - Length of transitions; none under reduced motion. _(default: 180ms)_
   *
   * ### **CSS Parts:**
   *  - **base** - The section that wraps everything.
   * - **section-heading** - The section heading.
   * - **intro** - The section introduction.
   * - **controls** - The bar holding the search box and the show-all button.
   * - **search** - The search input.
   * - **toggle-all-button** - The "Show all / Hide all" button.
   * - **status** - How many questions match, shown as the reader types; screen readers hear it from a live region of its own once typing pauses.
   * - **list** - The list of questions.
   * - **item** - One question and its answer.
   * - **title** - The heading holding a question's button.
   * - **toggle** - The button that opens and closes an answer.
   * - **icon** - The open/closed indicator inside the button.
   * - **description** - The answer.
   * - **citations** - The numbered links to the sources an answer cites.
   */
  "care-faq-accordion": DefineComponent<CareFaqAccordionProps>;

  /**
   * One question and its answer, written as markup inside `<care-faq-accordion>`.
   * ---
   *
   *
   * ### **Slots:**
   *  - _default_ - The answer: any markup.
   * - **question** - The question as visible text, used when the `question` attribute is absent.
   */
  "care-faq-item": DefineComponent<CareFaqItemProps>;

  /**
   * The top of a guide: its title as the page's heading, its summary, and optionally who reviewed it and when.
   * ---
   *
   *
   * ### **Events:**
   *  - **care-content-error** - A review date was not YYYY-MM-DD and was left out, or an attribute has a value it does not take; detail `{ problems }`.
   *
   * ### **Slots:**
   *  - **heading** - The title as inline text; the element supplies the heading.
   * - **summary** - The summary as markup, such as paragraphs.
   *
   * ### **CSS Properties:**
   *  - **--care-guide-header-section-heading-font-size** - Size of the title, whatever its level. _(default: 2em)_
   * - **--care-guide-header-intro-font-size** - Size of the summary. _(default: 1.125em)_
   * - **--care-color-text** - Text colour; the page's by default. _(default: inherit)_
   * - **--care-color-accent** - Questions, links, step markers and icons. _(default: light-dark(#1d4ed8, #93c5fd))_
   * - **--care-color-on-accent** - Text drawn on the accent colour, such as a done step's check mark. _(default: light-dark(#fff, #111827))_
   * - **--care-color-muted** - Secondary text: durations, the review line. _(default: light-dark(#4b5563, #cbd5e1))_
   * - **--care-color-border** - Dividers, card and input borders (3:1 against the page). _(default: light-dark(#6b7280, #9ca3af))_
   * - **--care-color-surface** - Background of cards. _(default: transparent)_
   * - **--care-color-surface-raised** - Background of hovered questions, the review note, and an `elevated` card on a dark page. _(default: light-dark(#f3f4f6, #1f2937))_
   * - **--care-color-focus** - The focus ring. _(default: light-dark(#1d4ed8, #93c5fd))_
   * - **--care-radius** - Corner radius of cards, inputs and notes. _(default: 0.5rem)_
   * - **--care-border-width** - Width of borders and dividers. _(default: 1px)_
   * - **--care-space** - Base spacing unit; smaller gaps are half of it. _(default: 1rem)_
   * - **--care-font-family** - Body font; the page's by default. _(default: inherit)_
   * - **--care-font-family-heading** - Heading font. _(default: var(--care-font-family))_
   * - **--care-line-height** - Line height of body text. _(default: 1.5)_
   * - **--care-focus-width** - Thickness of the focus ring. _(default: 3px)_
   * - **--care-focus-offset** - Gap between the focus ring and its element. _(default: 2px)_
   * - **--care-motion-duration** - Length of transitions; none under reduced motion. _(default: 180ms)_
   *
   * ### **CSS Parts:**
   *  - **base** - The wrapper.
   * - **section-heading** - The guide's title.
   * - **intro** - The summary.
   * - **reviewed** - With `show-review`: the "Last reviewed", "Next review due" and reviewer line.
   */
  "care-guide-header": DefineComponent<CareGuideHeaderProps>;

  /**
   * Provides one guide to every care-* element inside it.
   * ---
   *
   *
   * ### **Events:**
   *  - **care-guide-load** - A guide was loaded and validated; detail `{ guide }`. Fired also when some sections had problems.
   * - **care-content-error** - The guide could not be fetched or parsed, or has problems; detail `{ problems: [{ path, message }] }`.
   *
   * ### **Slots:**
   *  - _default_ - The page content: care-* elements and anything else.
   *
   * ### **CSS Properties:**
   *  - **--care-guide-gap** - Space between the elements inside. _(default: calc(var(--care-space) * 2.5))_
   * - **--care-guide-max-width** - Widest line of the column: a readable measure. _(default: 45em)_
   * - **--care-space** - Base spacing unit, from which the gap is derived. _(default: 1rem)_
   *
   * ### **CSS Parts:**
   *  - **base** - The wrapper of the page content; the column, unless `layout="none"`.
   * - **loading-message** - The line saying the guide is loading, shown while its first guide loads from `src`.
   */
  "care-guide": DefineComponent<CareGuideProps>;

  /**
   * The steps of a procedure as a numbered timeline, with optional progress.
   * ---
   *
   *
   * ### **Events:**
   *  - **care-content-error** - Some steps were unusable and left out, or `current` names no step, or an attribute has a value it does not take; detail `{ problems }`.
   *
   * ### **Slots:**
   *  - _default_ - `<care-step label="…" duration="…">` children written by a CMS; their content is the step's description.
   * - **heading** - The section title as inline text; the element supplies the heading.
   *
   * ### **CSS Properties:**
   *  - **--care-procedure-timeline-marker-size** - Diameter of the step markers. _(default: 2.25rem)_
   * - **--care-procedure-timeline-marker-color** - Marker colour. _(default: var(--care-color-accent))_
   * - **--care-procedure-timeline-connector** - The line between markers. _(default: 2px solid var(--care-color-border))_
   * - **--care-procedure-timeline-gap** - Space between steps. _(default: var(--care-space))_
   * - **--care-color-text** - Text colour; the page's by default. _(default: inherit)_
   * - **--care-color-accent** - Questions, links, step markers and icons. _(default: light-dark(#1d4ed8, #93c5fd))_
   * - **--care-color-on-accent** - Text drawn on the accent colour, such as a done step's check mark. _(default: light-dark(#fff, #111827))_
   * - **--care-color-muted** - Secondary text: durations, the review line. _(default: light-dark(#4b5563, #cbd5e1))_
   * - **--care-color-border** - Dividers, card and input borders (3:1 against the page). _(default: light-dark(#6b7280, #9ca3af))_
   * - **--care-color-surface** - Background of cards. _(default: transparent)_
   * - **--care-color-surface-raised** - Background of hovered questions, the review note, and an `elevated` card on a dark page. _(default: light-dark(#f3f4f6, #1f2937))_
   * - **--care-color-focus** - The focus ring. _(default: light-dark(#1d4ed8, #93c5fd))_
   * - **--care-radius** - Corner radius of cards, inputs and notes. _(default: 0.5rem)_
   * - **--care-border-width** - Width of borders and dividers. _(default: 1px)_
   * - **--care-space** - Base spacing unit; smaller gaps are half of it. _(default: 1rem)_
   * - **--care-font-family** - Body font; the page's by default. _(default: inherit)_
   * - **--care-font-family-heading** - Heading font. _(default: var(--care-font-family))_
   * - **--care-line-height** - Line height of body text. _(default: 1.5)_
   * - **--care-focus-width** - Thickness of the focus ring. _(default: 3px)_
   * - **--care-focus-offset** - Gap between the focus ring and its element. _(default: 2px)_
   * - **--care-motion-duration** - Length of transitions; none under reduced motion. _(default: 180ms)_
   *
   * ### **CSS Parts:**
   *  - **base** - The section that wraps everything.
   * - **section-heading** - The section heading.
   * - **intro** - The section introduction.
   * - **list** - The ordered list of steps.
   * - **item** - One step.
   * - **marker** - The circle with the step's number (or a check mark when done).
   * - **title** - The step's heading.
   * - **duration** - How long the step takes.
   * - **description** - The step's description.
   * - **citations** - The numbered links to the sources a step cites.
   * - **toggle** - In `compact` mode, the button that shows a step's description.
   */
  "care-procedure-timeline": DefineComponent<CareProcedureTimelineProps>;

  /**
   * One step of a procedure, written as markup inside `<care-procedure-timeline>`.
   * ---
   *
   *
   * ### **Slots:**
   *  - _default_ - The step's description: any markup.
   */
  "care-step": DefineComponent<CareStepProps>;

  /**
   * The trust footer of a guide: disclaimer, last-reviewed and next-review dates, reviewer and sources.
   * ---
   *
   *
   * ### **Events:**
   *  - **care-content-error** - A source or the date was unusable and left out, or an attribute has a value it does not take; detail `{ problems }`.
   *
   * ### **CSS Properties:**
   *  - **--care-review-note-background** - Background of the note. _(default: var(--care-color-surface-raised))_
   * - **--care-color-text** - Text colour; the page's by default. _(default: inherit)_
   * - **--care-color-accent** - Questions, links, step markers and icons. _(default: light-dark(#1d4ed8, #93c5fd))_
   * - **--care-color-on-accent** - Text drawn on the accent colour, such as a done step's check mark. _(default: light-dark(#fff, #111827))_
   * - **--care-color-muted** - Secondary text: durations, the review line. _(default: light-dark(#4b5563, #cbd5e1))_
   * - **--care-color-border** - Dividers, card and input borders (3:1 against the page). _(default: light-dark(#6b7280, #9ca3af))_
   * - **--care-color-surface** - Background of cards. _(default: transparent)_
   * - **--care-color-surface-raised** - Background of hovered questions, the review note, and an `elevated` card on a dark page. _(default: light-dark(#f3f4f6, #1f2937))_
   * - **--care-color-focus** - The focus ring. _(default: light-dark(#1d4ed8, #93c5fd))_
   * - **--care-radius** - Corner radius of cards, inputs and notes. _(default: 0.5rem)_
   * - **--care-border-width** - Width of borders and dividers. _(default: 1px)_
   * - **--care-space** - Base spacing unit; smaller gaps are half of it. _(default: 1rem)_
   * - **--care-font-family** - Body font; the page's by default. _(default: inherit)_
   * - **--care-font-family-heading** - Heading font. _(default: var(--care-font-family))_
   * - **--care-line-height** - Line height of body text. _(default: 1.5)_
   * - **--care-focus-width** - Thickness of the focus ring. _(default: 3px)_
   * - **--care-focus-offset** - Gap between the focus ring and its element. _(default: 2px)_
   * - **--care-motion-duration** - Length of transitions; none under reduced motion. _(default: 180ms)_
   *
   * ### **CSS Parts:**
   *  - **base** - The wrapper.
   * - **about-heading** - "About this guide", a heading for screen readers only, over the disclaimer and the review line.
   * - **disclaimer-text** - The disclaimer.
   * - **reviewed** - The "Last reviewed" and "Next review due" line with the reviewer.
   * - **sources-heading** - The heading above the sources.
   * - **sources** - The numbered list of sources.
   * - **link** - A source's link.
   * - **quote** - The sentence of a source that a number rests on.
   * - **backlinks** - "Back to text" with a link to each item that cites the source.
   */
  "care-review-note": DefineComponent<CareReviewNoteProps>;

  /**
   * Risks and considerations, each with an optional severity told in words and by an icon.
   * ---
   *
   *
   * ### **Events:**
   *  - **care-content-error** - Some risks were unusable and left out, or an attribute has a value it does not take; detail `{ problems }`.
   *
   * ### **Slots:**
   *  - _default_ - `<care-risk label="…" severity="low|moderate|high">` children written by a CMS; their content is the description.
   * - **heading** - The section title as inline text; the element supplies the heading.
   * - **footer** - After the list: a call to action such as "Talk to your doctor about…".
   *
   * ### **CSS Properties:**
   *  - **--care-risk-list-high-color** - Colour of the high severity label: a red that passes AA. _(default: light-dark(#b91c1c, #fca5a5))_
   * - **--care-risk-list-moderate-color** - Colour of the moderate severity label: an amber-brown that passes AA. _(default: light-dark(#92400e, #fcd34d))_
   * - **--care-risk-list-low-color** - Colour of the low severity label: a neutral grey that passes AA. _(default: light-dark(#4b5563, #cbd5e1))_
   * - **--care-risk-list-gap** - Space between risks. _(default: var(--care-space))_
   * - **--care-risk-list-background** - Card background, with `variant`; an `elevated` card on a dark page takes `--care-color-surface-raised` unless `--care-color-surface` is set, as a shadow draws no edge there. _(default: var(--care-color-surface))_
   * - **--care-risk-list-padding** - Card padding, with `variant`. _(default: calc(var(--care-space) * 1.5))_
   * - **--care-risk-list-shadow** - Shadow of the `elevated` variant. _(default: 0 1px 3px rgb(0 0 0 / 0.2), 0 4px 12px rgb(0 0 0 / 0.12))_
   * - **--care-color-text** - Text colour; the page's by default. _(default: inherit)_
   * - **--care-color-accent** - Questions, links, step markers and icons. _(default: light-dark(#1d4ed8, #93c5fd))_
   * - **--care-color-on-accent** - Text drawn on the accent colour, such as a done step's check mark. _(default: light-dark(#fff, #111827))_
   * - **--care-color-muted** - Secondary text: durations, the review line. _(default: light-dark(#4b5563, #cbd5e1))_
   * - **--care-color-border** - Dividers, card and input borders (3:1 against the page). _(default: light-dark(#6b7280, #9ca3af))_
   * - **--care-color-surface** - Background of cards. _(default: transparent)_
   * - **--care-color-surface-raised** - Background of hovered questions, the review note, and an `elevated` card on a dark page. _(default: light-dark(#f3f4f6, #1f2937))_
   * - **--care-color-focus** - The focus ring. _(default: light-dark(#1d4ed8, #93c5fd))_
   * - **--care-radius** - Corner radius of cards, inputs and notes. _(default: 0.5rem)_
   * - **--care-border-width** - Width of borders and dividers. _(default: 1px)_
   * - **--care-space** - Base spacing unit; smaller gaps are half of it. _(default: 1rem)_
   * - **--care-font-family** - Body font; the page's by default. _(default: inherit)_
   * - **--care-font-family-heading** - Heading font. _(default: var(--care-font-family))_
   * - **--care-line-height** - Line height of body text. _(default: 1.5)_
   * - **--care-focus-width** - Thickness of the focus ring. _(default: 3px)_
   * - **--care-focus-offset** - Gap between the focus ring and its element. _(default: 2px)_
   * - **--care-motion-duration** - Length of transitions; none under reduced motion. _(default: 180ms)_
   *
   * ### **CSS Parts:**
   *  - **base** - The section that wraps everything; the card with `variant`.
   * - **section-heading** - The section heading.
   * - **intro** - The section introduction.
   * - **list** - A list of risks.
   * - **group-heading** - The heading of a severity group, with `group-by="severity"`; it names the severity in words and by shape.
   * - **item** - One risk.
   * - **title** - A risk's heading.
   * - **severity** - The severity label with its icon.
   * - **icon** - The shape that stands for a risk's severity.
   * - **frequency** - How common a risk is, in words and, when known, as a rate.
   * - **description** - A risk's description.
   * - **citations** - The numbered links to the sources a risk cites.
   */
  "care-risk-list": DefineComponent<CareRiskListProps>;

  /**
   * One risk, written as markup inside `<care-risk-list>`.
   * ---
   *
   *
   * ### **Slots:**
   *  - _default_ - The risk's description: any markup.
   */
  "care-risk": DefineComponent<CareRiskProps>;

  /**
   * Any titled-items section of a guide (conditions, recovery, tips, research) as a list.
   * ---
   *
   *
   * ### **Events:**
   *  - **care-content-error** - Some items were unusable and left out, or `section` is unknown, or an attribute has a value it does not take; detail `{ problems }`.
   *
   * ### **Slots:**
   *  - _default_ - `<care-topic label="…">` children written by a CMS; their content is the description.
   * - **heading** - The section title as inline text; the element supplies the heading.
   *
   * ### **CSS Properties:**
   *  - **--care-topic-list-gap** - Space between items. _(default: var(--care-space))_
   * - **--care-color-text** - Text colour; the page's by default. _(default: inherit)_
   * - **--care-color-accent** - Questions, links, step markers and icons. _(default: light-dark(#1d4ed8, #93c5fd))_
   * - **--care-color-on-accent** - Text drawn on the accent colour, such as a done step's check mark. _(default: light-dark(#fff, #111827))_
   * - **--care-color-muted** - Secondary text: durations, the review line. _(default: light-dark(#4b5563, #cbd5e1))_
   * - **--care-color-border** - Dividers, card and input borders (3:1 against the page). _(default: light-dark(#6b7280, #9ca3af))_
   * - **--care-color-surface** - Background of cards. _(default: transparent)_
   * - **--care-color-surface-raised** - Background of hovered questions, the review note, and an `elevated` card on a dark page. _(default: light-dark(#f3f4f6, #1f2937))_
   * - **--care-color-focus** - The focus ring. _(default: light-dark(#1d4ed8, #93c5fd))_
   * - **--care-radius** - Corner radius of cards, inputs and notes. _(default: 0.5rem)_
   * - **--care-border-width** - Width of borders and dividers. _(default: 1px)_
   * - **--care-space** - Base spacing unit; smaller gaps are half of it. _(default: 1rem)_
   * - **--care-font-family** - Body font; the page's by default. _(default: inherit)_
   * - **--care-font-family-heading** - Heading font. _(default: var(--care-font-family))_
   * - **--care-line-height** - Line height of body text. _(default: 1.5)_
   * - **--care-focus-width** - Thickness of the focus ring. _(default: 3px)_
   * - **--care-focus-offset** - Gap between the focus ring and its element. _(default: 2px)_
   * - **--care-motion-duration** - Length of transitions; none under reduced motion. _(default: 180ms)_
   *
   * ### **CSS Parts:**
   *  - **base** - The section that wraps everything.
   * - **section-heading** - The section heading.
   * - **intro** - The section introduction.
   * - **list** - The list.
   * - **item** - One item.
   * - **title** - An item's heading.
   * - **evidence** - How strong the evidence for an item is, in words and by a meter, with its note.
   * - **frequency** - How common an item is, in words and, when known, as a rate.
   * - **description** - An item's description.
   * - **citations** - The numbered links to the sources an item cites.
   */
  "care-topic-list": DefineComponent<CareTopicListProps>;

  /**
   * One titled item, written as markup inside `<care-topic-list>`.
   * ---
   *
   *
   * ### **Slots:**
   *  - _default_ - The item's description: any markup.
   */
  "care-topic": DefineComponent<CareTopicProps>;
};

declare module "vue" {
  // eslint-disable-next-line @typescript-eslint/no-empty-interface
  interface GlobalComponents extends CustomElements {}
}

declare global {
  namespace JSX {
    // eslint-disable-next-line @typescript-eslint/no-empty-interface
    interface IntrinsicElements extends CustomElements {}
  }
}
